package dev.reinhardt.middleware;

import dev.reinhardt.conf.Settings;
import dev.reinhardt.core.handlers.ProjectHandler;
import dev.reinhardt.http.HttpResponse;
import dev.reinhardt.urls.UrlConf;
import dev.reinhardt.urls.UrlPattern;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.reinhardt.middleware.MiddlewareTestSupport.get;
import static dev.reinhardt.middleware.MiddlewareTestSupport.request;
import static dev.reinhardt.urls.Urls.path;
import static dev.reinhardt.urls.Urls.rePath;
import static org.assertj.core.api.Assertions.assertThat;

class CommonMiddlewareTest {

    public static final class Urls implements UrlConf {
        @Override
        public List<UrlPattern> urlpatterns() {
            return List.of(
                    path("articles/", request -> new HttpResponse("list"), "articles"),
                    path("feed", request -> new HttpResponse("feed"), "feed"),
                    rePath("^/(?<host>[^/]+)/$", request -> new HttpResponse("double slash"), "double-slash"));
        }
    }

    private static ProjectHandler handler(boolean debugOn, boolean appendSlashOn, boolean prependWwwOn) {
        return ProjectHandler.create(new Settings() {
            {
                debug = debugOn;
                appendSlash = appendSlashOn;
                prependWww = prependWwwOn;
                rootUrlconf = Urls.class;
                allowedHosts = List.of("testserver", "www.testserver");
                middleware = List.of(CommonMiddleware.class);
            }
        });
    }

    @Test
    void appendSlashRedirectKeepsTheQueryString() {
        HttpResponse response = handler(false, true, false).handle(
                request(handler(false, true, false), "GET", "/articles").queryString("page=2&sort=new").build());

        assertThat(response.status()).isEqualTo(301);
        assertThat(response.header("Location")).isEqualTo("/articles/?page=2&sort=new");
    }

    @Test
    void appendSlashRedirectsOnlyWhenTheSlashedUrlResolves() {
        ProjectHandler handler = handler(false, true, false);

        assertThat(get(handler, "/nothing").status()).isEqualTo(404);
        assertThat(get(handler, "/feed").status()).isEqualTo(200);
    }

    @Test
    void appendSlashRedirectCannotLeaveTheSite() {
        HttpResponse response = get(handler(false, true, false), "//evil.com");

        assertThat(response.status()).isEqualTo(301);
        assertThat(response.header("Location")).isEqualTo("/%2Fevil.com/");
    }

    @Test
    void appendSlashCanBeTurnedOff() {
        assertThat(get(handler(false, false, false), "/articles").status()).isEqualTo(404);
    }

    @Test
    void aPostThatWouldLoseItsDataFailsLoudlyInDebug() {
        ProjectHandler handler = handler(true, true, false);

        HttpResponse response = handler.handle(request(handler, "POST", "/articles").header("Accept", "application/json").build());

        assertThat(response.status()).isEqualTo(500);
        assertThat(response.text()).contains("You called this URL via POST, but the URL doesn't end in a slash");
    }

    @Test
    void prependWwwRedirectsToTheWwwHost() {
        ProjectHandler handler = handler(false, true, true);

        HttpResponse response = handler.handle(request(handler, "GET", "/articles").queryString("a=1").build());

        assertThat(response.status()).isEqualTo(301);
        assertThat(response.header("Location")).isEqualTo("http://www.testserver/articles/?a=1");
    }

    @Test
    void everyRequestsHostIsValidated() {
        ProjectHandler handler = handler(false, true, false);

        HttpResponse response = handler.handle(dev.reinhardt.http.HttpRequest.builder(handler.settings())
                .rawPath("/articles/").header("Host", "evil.com").build());

        assertThat(response.status()).isEqualTo(400);
    }
}
