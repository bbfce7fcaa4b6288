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
import static org.assertj.core.api.Assertions.assertThat;

@ReinhardtTest(settings = SecurityMiddlewareTest.Project.class)
class SecurityMiddlewareTest {

    public static final class Project extends Settings {
        public Project() {
            secretKey = "security-middleware-test";
            rootUrlconf = Urls.class;
            middleware = List.of(SecurityMiddleware.class, XFrameOptionsMiddleware.class);
            secureRedirectExempt = List.of("^health/$");
            secureHstsIncludeSubdomains = true;
            secureProxySslHeader = Map.entry("X-Forwarded-Proto", "https");
        }
    }

    public static final class Urls implements UrlConf {
        @Override
        public List<UrlPattern> urlpatterns() {
            return List.of(
                    path("page/", request -> new HttpResponse("page")),
                    path("health/", request -> new HttpResponse("ok")),
                    path("own/", request -> new HttpResponse("own").header("Referrer-Policy", "no-referrer")));
        }
    }

    @Test
    void defaultSecurityHeadersAreSet(Client client) {
        TestResponse response = client.get("/page/");

        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.header("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(response.header("Cross-Origin-Opener-Policy")).isEqualTo("same-origin");
        assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.header("Strict-Transport-Security")).isNull();
    }

    @Test
    void headersTheViewSetAreKept(Client client) {
        assertThat(client.get("/own/").header("Referrer-Policy")).isEqualTo("no-referrer");
    }

    @Test
    @OverrideSettings(name = "secureSslRedirect", value = "true")
    void plainHttpIsRedirectedToHttpsExceptExemptPaths(Client client) {
        TestResponse response = client.get("/page/?q=1");

        assertThat(response.status()).isEqualTo(301);
        assertThat(response.url()).isEqualTo("https://testserver/page/?q=1");
        assertThat(client.get("/health/").status()).isEqualTo(200);
        assertThat(client.follow().get("/page/").redirectChain())
                .containsExactly(new TestResponse.Redirect("https://testserver/page/", 301));
    }

    @Test
    @OverrideSettings(name = "secureSslRedirect", value = "true")
    @OverrideSettings(name = "secureHstsSeconds", value = "3600")
    void hstsIsSentOnlyOverHttps(Client client) {
        TestResponse proxied = client.get("/page/", Map.of(), Map.of("X-Forwarded-Proto", "https"));
        TestResponse secure = client.secure().get("/page/");

        assertThat(proxied.status()).isEqualTo(200);
        assertThat(proxied.header("Strict-Transport-Security")).isEqualTo("max-age=3600; includeSubDomains");
        assertThat(secure.header("Strict-Transport-Security")).isEqualTo("max-age=3600; includeSubDomains");
        assertThat(client.get("/health/").header("Strict-Transport-Security")).isNull();
    }
}
