package dev.reinhardt.middleware;

import dev.reinhardt.conf.Settings;
import dev.reinhardt.http.HttpResponse;
import dev.reinhardt.test.OverrideSettings;
import dev.reinhardt.test.ReinhardtTest;
import dev.reinhardt.test.client.Client;
import dev.reinhardt.test.client.TestResponse;
import dev.reinhardt.urls.UrlConf;
import dev.reinhardt.urls.UrlPattern;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.reinhardt.urls.Urls.path;
import static dev.reinhardt.urls.Urls.rePath;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ReinhardtTest(settings = CommonMiddlewareTest.Project.class)
class CommonMiddlewareTest {

    public static final class Project extends Settings {
        public Project() {
            secretKey = "common-middleware-test";
            rootUrlconf = Urls.class;
            allowedHosts = List.of("testserver", "www.testserver");
            middleware = List.of(CommonMiddleware.class);
        }
    }

    public static final class Urls implements UrlConf {
        @Override
        public List<UrlPattern> urlpatterns() {
            return List.of(
                    path("articles/", request -> new HttpResponse("list"), "articles"),
                    path("feed", request -> new HttpResponse("feed"), "feed"),
                    rePath("^/(?<host>[^/]+)/$", request -> new HttpResponse("double slash"), "double-slash"));
        }
    }

    @Test
    void appendSlashRedirectKeepsTheQueryString(Client client) {
        TestResponse response = client.get("/articles?page=2&sort=new");

        assertThat(response.status()).isEqualTo(301);
        assertThat(response.url()).isEqualTo("/articles/?page=2&sort=new");
    }

    @Test
    void appendSlashRedirectsOnlyWhenTheSlashedUrlResolves(Client client) {
        assertThat(client.get("/nothing").status()).isEqualTo(404);
        assertThat(client.get("/feed").status()).isEqualTo(200);
    }

    @Test
    void appendSlashRedirectCannotLeaveTheSite(Client client) {
        TestResponse response = client.get("//evil.com");

        assertThat(response.status()).isEqualTo(301);
        assertThat(response.url()).isEqualTo("/%2Fevil.com/");
    }

    @Test
    @OverrideSettings(name = "appendSlash", value = "false")
    void appendSlashCanBeTurnedOff(Client client) {
        assertThat(client.get("/articles").status()).isEqualTo(404);
    }

    @Test
    @OverrideSettings(name = "debug", value = "true")
    void aPostThatWouldLoseItsDataFailsLoudlyInDebug(Client client) {
        assertThatThrownBy(() -> client.post("/articles", Map.of("title", "lost")))
                .hasMessageContaining("You called this URL via POST, but the URL doesn't end in a slash");
        assertThat(client.raiseRequestException(false).post("/articles", Map.of(), null, Map.of("Accept",
                "application/json")).status()).isEqualTo(500);
    }

    @Test
    @OverrideSettings(name = "prependWww", value = "true")
    void prependWwwRedirectsToTheWwwHost(Client client) {
        TestResponse response = client.get("/articles", Map.of("a", "1"));

        assertThat(response.status()).isEqualTo(301);
        assertThat(response.url()).isEqualTo("http://www.testserver/articles/?a=1");
    }

    @Test
    void everyRequestsHostIsValidated(Client client) {
        assertThat(client.get("/articles/", Map.of(), Map.of("Host", "evil.com")).status()).isEqualTo(400);
    }
}
