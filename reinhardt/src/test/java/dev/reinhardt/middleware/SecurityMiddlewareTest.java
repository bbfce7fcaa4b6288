package dev.reinhardt.middleware;

import dev.reinhardt.conf.Settings;
import dev.reinhardt.core.handlers.ProjectHandler;
import dev.reinhardt.http.HttpResponse;
import dev.reinhardt.urls.UrlConf;
import dev.reinhardt.urls.UrlPattern;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.reinhardt.middleware.MiddlewareTestSupport.get;
import static dev.reinhardt.middleware.MiddlewareTestSupport.request;
import static dev.reinhardt.urls.Urls.path;
import static org.assertj.core.api.Assertions.assertThat;

class SecurityMiddlewareTest {

    public static final class Urls implements UrlConf {
        @Override
        public List<UrlPattern> urlpatterns() {
            return List.of(
                    path("page/", request -> new HttpResponse("page")),
                    path("health/", request -> new HttpResponse("ok")),
                    path("own/", request -> new HttpResponse("own").header("Referrer-Policy", "no-referrer")));
        }
    }

    private static ProjectHandler handler(boolean redirect, long hstsSeconds) {
        return ProjectHandler.create(new Settings() {
            {
                rootUrlconf = Urls.class;
                allowedHosts = List.of("testserver");
                middleware = List.of(SecurityMiddleware.class, XFrameOptionsMiddleware.class);
                secureSslRedirect = redirect;
                secureRedirectExempt = List.of("^health/$");
                secureHstsSeconds = hstsSeconds;
                secureHstsIncludeSubdomains = true;
                secureProxySslHeader = Map.entry("X-Forwarded-Proto", "https");
            }
        });
    }

    @Test
    void defaultSecurityHeadersAreSet() {
        HttpResponse response = get(handler(false, 0), "/page/");

        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.header("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(response.header("Cross-Origin-Opener-Policy")).isEqualTo("same-origin");
        assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.hasHeader("Strict-Transport-Security")).isFalse();
    }

    @Test
    void headersTheViewSetAreKept() {
        assertThat(get(handler(false, 0), "/own/").header("Referrer-Policy")).isEqualTo("no-referrer");
    }

    @Test
    void plainHttpIsRedirectedToHttpsExceptExemptPaths() {
        ProjectHandler handler = handler(true, 0);
        HttpResponse response = handler.handle(request(handler, "GET", "/page/").queryString("q=1").build());

        assertThat(response.status()).isEqualTo(301);
        assertThat(response.header("Location")).isEqualTo("https://testserver/page/?q=1");
        assertThat(get(handler, "/health/").status()).isEqualTo(200);
    }

    @Test
    void hstsIsSentOnlyOverHttps() {
        ProjectHandler handler = handler(true, 3600);
        HttpResponse secure = handler.handle(request(handler, "GET", "/page/").header("X-Forwarded-Proto", "https").build());

        assertThat(secure.status()).isEqualTo(200);
        assertThat(secure.header("Strict-Transport-Security")).isEqualTo("max-age=3600; includeSubDomains");
        assertThat(get(handler, "/health/").hasHeader("Strict-Transport-Security")).isFalse();
    }
}
