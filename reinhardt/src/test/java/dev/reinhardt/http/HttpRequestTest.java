package dev.reinhardt.http;

import dev.reinhardt.conf.Settings;
import dev.reinhardt.exceptions.BadRequest;
import dev.reinhardt.exceptions.DisallowedHost;
import dev.reinhardt.exceptions.RequestDataTooBig;
import dev.reinhardt.exceptions.TooManyFieldsSent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HttpRequestTest {

    private static final Settings SETTINGS = new Settings() {
        {
            allowedHosts = List.of("example.com", ".example.org");
        }
    };

    private static HttpRequest.Builder request(Settings settings) {
        return HttpRequest.builder(settings).header("Host", "example.com");
    }

    @Test
    void headersAreCaseInsensitiveAndKeepRepeats() {
        HttpRequest request = request(SETTINGS).header("X-Trace", "a").header("x-trace", "b").build();

        assertThat(request.headers().get("X-TRACE")).isEqualTo("a");
        assertThat(request.headers().getAll("x-Trace")).containsExactly("a", "b");
    }

    @Test
    void underscoredHeaderNamesAreNotTheDashedOnes() {
        HttpRequest request = request(SETTINGS).header("X_Auth_User", "admin").build();

        assertThat(request.headers().get("X-Auth-User")).isNull();
        assertThat(request.headers().get("X_Auth_User")).isEqualTo("admin");
    }

    @Test
    void cookiesAreParsedFromEveryCookieHeader() {
        HttpRequest request = request(SETTINGS).header("Cookie", "a=1; b=\"two\"").header("Cookie", "c=3").build();

        assertThat(request.cookies()).isEqualTo(Map.of("a", "1", "b", "two", "c", "3"));
    }

    @Test
    void getAndPostAreParsedFromQueryAndUrlencodedBody() {
        HttpRequest request = request(SETTINGS).method("POST").queryString("page=2")
                .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
                .body("name=Ada+L&tag=x&tag=y".getBytes(StandardCharsets.UTF_8)).build();

        assertThat(request.GET().get("page")).isEqualTo("2");
        assertThat(request.POST().get("name")).isEqualTo("Ada L");
        assertThat(request.POST().getList("tag")).containsExactly("x", "y");
    }

    @Test
    void postIsEmptyForOtherMethods() {
        HttpRequest request = request(SETTINGS).method("PUT").header("Content-Type", "application/x-www-form-urlencoded")
                .body("a=1".getBytes(StandardCharsets.UTF_8)).build();

        assertThat(request.POST().isEmpty()).isTrue();
        assertThat(new String(request.body(), StandardCharsets.UTF_8)).isEqualTo("a=1");
    }

    @Test
    void jsonBodyIsParsed() {
        HttpRequest request = request(SETTINGS).method("POST").body("{\"n\": [1, 2]}".getBytes(StandardCharsets.UTF_8)).build();

        assertThat(request.json().get("n").get(1).asInt()).isEqualTo(2);
    }

    @Test
    void malformedJsonIsABadRequestSayingWhere() {
        HttpRequest request = request(SETTINGS).method("POST").body("{\"a\": }".getBytes(StandardCharsets.UTF_8)).build();

        assertThatThrownBy(request::json).isInstanceOf(BadRequest.class)
                .hasMessage("Malformed JSON: Unexpected character ('}' (code 125)): expected a value (line 1, column 7)");
    }

    @Test
    void deeplyNestedJsonIsRefused() {
        String deep = "[".repeat(Json.MAX_NESTING_DEPTH + 1) + "]".repeat(Json.MAX_NESTING_DEPTH + 1);
        HttpRequest request = request(SETTINGS).method("POST").body(deep.getBytes(StandardCharsets.UTF_8)).build();

        assertThatThrownBy(request::json).isInstanceOf(BadRequest.class)
                .hasMessageContaining("nesting depth (201) exceeds the maximum allowed (200");
    }

    @Test
    void overlongJsonNumbersAreRefused() {
        String number = "1".repeat(Json.MAX_NUMBER_LENGTH + 1);
        HttpRequest request = request(SETTINGS).method("POST").body(("[" + number + "]").getBytes(StandardCharsets.UTF_8)).build();

        assertThatThrownBy(request::json).isInstanceOf(BadRequest.class).hasMessageContaining("Number value length");
    }

    @Test
    void emptyJsonBodyIsABadRequest() {
        assertThatThrownBy(() -> request(SETTINGS).method("POST").build().json())
                .isInstanceOf(BadRequest.class).hasMessage("Malformed JSON: the request body is empty.");
    }

    @Test
    void bodyLargerThanTheLimitIsRefusedBeforeReading() {
        Settings small = new Settings() {
            {
                allowedHosts = List.of("example.com");
                dataUploadMaxMemorySize = 10L;
            }
        };
        HttpRequest declared = request(small).method("POST").body(new byte[11]).build();
        HttpRequest undeclared = request(small).method("POST")
                .body(new java.io.ByteArrayInputStream(new byte[11]), -1).build();

        assertThatThrownBy(declared::body).isInstanceOf(RequestDataTooBig.class)
                .hasMessage("Request body exceeded dataUploadMaxMemorySize (10 bytes).");
        assertThatThrownBy(undeclared::body).isInstanceOf(RequestDataTooBig.class);
    }

    @Test
    void tooManyQueryFieldsAreRefused() {
        HttpRequest request = request(SETTINGS).queryString("a=1&".repeat(1001)).build();

        assertThatThrownBy(request::GET).isInstanceOf(TooManyFieldsSent.class);
    }

    @Test
    void schemeFollowsTheTrustedProxyHeaderOnly() {
        Settings proxied = new Settings() {
            {
                secureProxySslHeader = Map.entry("X-Forwarded-Proto", "https");
            }
        };

        assertThat(HttpRequest.builder(proxied).header("X-Forwarded-Proto", "https, http").build().isSecure()).isTrue();
        assertThat(HttpRequest.builder(proxied).header("X-Forwarded-Proto", "http").scheme("https").build().scheme())
                .isEqualTo("http");
        assertThat(HttpRequest.builder(SETTINGS).header("X-Forwarded-Proto", "https").build().isSecure()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"example.com", "EXAMPLE.COM", "example.com:8080", "example.com.", "example.org",
        "www.example.org:443"})
    void allowedHostsAccept(String host) {
        assertThat(HttpRequest.builder(SETTINGS).header("Host", host).build().getHost()).isEqualTo(host);
    }

    @ParameterizedTest
    @ValueSource(strings = {"evil.com", "example.com.evil.com", "notexample.org", "user@example.com",
        "example.com/path", " example.com", "example.com :80", "example.com:abc", "exa mple.com", "",
        "example.com:", ":8080", "example.com:80:80", "[::1"})
    void disallowedOrMalformedHostsAreRefused(String host) {
        HttpRequest request = HttpRequest.builder(SETTINGS).header("Host", host).build();

        assertThatThrownBy(request::getHost).isInstanceOf(DisallowedHost.class)
                .hasMessageStartingWith("Invalid HTTP_HOST header: '" + host + "'.");
    }

    @Test
    void aHeaderAddedToTheBuilderAfterBuildingIsNotInTheBuiltRequest() {
        HttpRequest.Builder builder = HttpRequest.builder(SETTINGS).header("Host", "example.com");
        HttpRequest first = builder.build();
        for (int i = 0; i < 20; i++) {
            builder.header("X-Extra-" + i, "1");
        }
        HttpRequest second = builder.build();

        assertThat(first.headers().size()).isEqualTo(1);
        assertThat(first.headers().contains("X-Extra-0")).isFalse();
        assertThat(second.headers().size()).isEqualTo(21);
        assertThat(second.headers().get("x-extra-19")).isEqualTo("1");
        assertThat(second.headers().names()).startsWith("Host", "X-Extra-0").hasSize(21);
    }

    @Test
    void disallowedHostMessageSaysWhatToAdd() {
        assertThatThrownBy(() -> HttpRequest.builder(SETTINGS).header("Host", "evil.com:81").build().getHost())
                .hasMessage("Invalid HTTP_HOST header: 'evil.com:81'. You may need to add 'evil.com' to allowedHosts.");
        assertThatThrownBy(() -> HttpRequest.builder(SETTINGS).header("Host", "a@b").build().getHost())
                .hasMessage("Invalid HTTP_HOST header: 'a@b'. The domain name provided is not valid according to RFC 1034/1035.");
    }

    @Test
    void debugWithoutAllowedHostsAllowsOnlyLocalhost() {
        Settings debug = new Settings() {
            {
                debug = true;
            }
        };

        assertThat(HttpRequest.builder(debug).header("Host", "localhost:8000").build().getHost()).isEqualTo("localhost:8000");
        assertThat(HttpRequest.builder(debug).header("Host", "api.localhost").build().getHost()).isEqualTo("api.localhost");
        assertThat(HttpRequest.builder(debug).header("Host", "[::1]:8000").build().getHost()).isEqualTo("[::1]:8000");
        assertThatThrownBy(() -> HttpRequest.builder(debug).header("Host", "example.com").build().getHost())
                .isInstanceOf(DisallowedHost.class);
    }

    @Test
    void starAllowsAnyWellFormedHost() {
        Settings any = new Settings() {
            {
                allowedHosts = List.of("*");
            }
        };

        assertThat(HttpRequest.builder(any).header("Host", "anything.test").build().getHost()).isEqualTo("anything.test");
        assertThatThrownBy(() -> HttpRequest.builder(any).header("Host", "bad host").build().getHost())
                .isInstanceOf(DisallowedHost.class);
    }

    @Test
    void forwardedHostIsUsedOnlyWhenEnabled() {
        Settings trusting = new Settings() {
            {
                allowedHosts = List.of("public.example.com");
                useXForwardedHost = true;
            }
        };

        assertThat(HttpRequest.builder(trusting).header("Host", "internal:8080")
                .header("X-Forwarded-Host", "public.example.com").build().getHost()).isEqualTo("public.example.com");
        assertThat(request(SETTINGS).header("X-Forwarded-Host", "evil.com").build().getHost()).isEqualTo("example.com");
    }

    @Test
    void twoHostHeadersAreRefused() {
        HttpRequest request = request(SETTINGS).header("Host", "evil.com").build();

        assertThatThrownBy(request::getHost).isInstanceOf(DisallowedHost.class)
                .hasMessage("Invalid HTTP_HOST header: the request has more than one Host header.");
    }

    @Test
    void missingHostFallsBackToTheServerName() {
        HttpRequest request = HttpRequest.builder(SETTINGS).server("example.com", 8443).scheme("https").build();

        assertThat(request.getHost()).isEqualTo("example.com:8443");
    }

    @Test
    void absoluteUrisAreBuiltFromSchemeHostAndPath() {
        HttpRequest request = request(SETTINGS).rawPath("/a/b/").queryString("x=1").build();

        assertThat(request.buildAbsoluteUri()).isEqualTo("http://example.com/a/b/?x=1");
        assertThat(request.buildAbsoluteUri("/c/")).isEqualTo("http://example.com/c/");
        assertThat(request.buildAbsoluteUri("d")).isEqualTo("http://example.com/a/b/d");
        assertThat(request.buildAbsoluteUri("https://other.test/")).isEqualTo("https://other.test/");
    }

    @Test
    void pathIsDecoded() {
        HttpRequest request = request(SETTINGS).rawPath("/caf%C3%A9/a%20b/").build();

        assertThat(request.path()).isEqualTo("/café/a b/");
        assertThat(request.getFullPath()).isEqualTo("/caf%C3%A9/a%20b/");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/a/../b", "/a/%2e%2E/b", "/a/./b", "/..", "/a%2fb", "/a%2Fb", "/a%5cb", "/a\\b",
        "/a%00b", "/a%0d%0ab", "/bad%zzescape", "/%C3%28", "relative"})
    void hostilePathsAreRefused(String rawPath) {
        assertThatThrownBy(() -> request(SETTINGS).rawPath(rawPath).build())
                .isInstanceOf(BadRequest.class).hasMessageStartingWith("Invalid request path: ");
    }

    @Test
    void attributesArePerRequest() {
        HttpRequest first = request(SETTINGS).build();
        first.attributes().put("requestId", "r-1");

        assertThat(first.attributes()).containsEntry("requestId", "r-1");
        assertThat(request(SETTINGS).build().attributes()).isEmpty();
    }
}
