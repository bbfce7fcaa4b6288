package dev.reinhardt.http;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HttpResponseTest {

    @Test
    void headersAreCaseInsensitiveAndKeepTheirSpelling() {
        HttpResponse response = new HttpResponse("hi");
        response.header("X-Custom", "1");
        response.header("x-custom", "2");

        assertThat(response.header("X-CUSTOM")).isEqualTo("2");
        assertThat(response.headers()).containsEntry("x-custom", "2").containsEntry("Content-Type", "text/html; charset=utf-8");
    }

    @Test
    void removingAHeaderKeepsTheOthersInTheirOrder() {
        HttpResponse response = new HttpResponse("hi");
        for (int i = 0; i < 12; i++) {
            response.header("X-Header-" + i, String.valueOf(i));
        }
        response.removeHeader("x-header-3");
        response.removeHeader("X-Absent");
        response.header("X-Header-0", "again");

        assertThat(response.hasHeader("X-Header-3")).isFalse();
        assertThat(response.headers().keySet()).startsWith("Content-Type", "X-Header-0", "X-Header-1", "X-Header-2",
                "X-Header-4").endsWith("X-Header-11").hasSize(12);
        assertThat(response.header("x-header-0")).isEqualTo("again");
    }

    @Test
    void headerLinesListTheHeadersThenOneSetCookiePerCookie() {
        HttpResponse response = new HttpResponse("hi").header("Vary", "Cookie");
        response.setCookie("a", "1");
        response.setCookie("b", "2");
        List<String> lines = new java.util.ArrayList<>();
        response.forEachHeaderLine((name, value) -> lines.add(name + ": " + value));

        assertThat(lines).containsExactly("Content-Type: text/html; charset=utf-8", "Vary: Cookie",
                "Set-Cookie: a=1; Path=/", "Set-Cookie: b=2; Path=/");
        assertThat(response.headerLines()).extracting(line -> line.getKey() + ": " + line.getValue())
                .containsExactlyElementsOf(lines);
    }

    @Test
    void headerValuesWithNewlinesAreRefused() {
        HttpResponse response = new HttpResponse();

        assertThatThrownBy(() -> response.header("X-Evil", "a\r\nSet-Cookie: admin=1"))
                .isInstanceOf(BadHeaderError.class)
                .hasMessage("Header 'X-Evil' can't contain newlines or NUL, but it does: 'a\\r\\nSet-Cookie: admin=1'");
        assertThatThrownBy(() -> response.header("X-Evil\r\n", "a")).isInstanceOf(BadHeaderError.class);
    }

    @Test
    void cookiesCarryEveryAttribute() {
        Cookie cookie = Cookie.of("session", "abc123").withMaxAge(Duration.ofHours(1))
                .withExpires(Instant.parse("2030-01-02T03:04:05Z")).withDomain(".example.com").withPath("/app")
                .withSecure(true).withHttpOnly(true).withSameSite(Cookie.SameSite.STRICT);

        assertThat(cookie.toHeaderValue()).isEqualTo("session=abc123; Max-Age=3600; expires=Wed, 02 Jan 2030 03:04:05 GMT; "
                + "Domain=.example.com; Path=/app; Secure; HttpOnly; SameSite=Strict");
    }

    @Test
    void deleteCookieExpiresItAndKeepsSecurePrefixesSecure() {
        HttpResponse response = new HttpResponse();
        response.deleteCookie("theme");
        response.deleteCookie("__Host-id");

        assertThat(response.headerLines()).contains(
                Map.entry("Set-Cookie", "theme=; Max-Age=0; expires=Thu, 01 Jan 1970 00:00:00 GMT; Path=/"),
                Map.entry("Set-Cookie", "__Host-id=; Max-Age=0; expires=Thu, 01 Jan 1970 00:00:00 GMT; Path=/; Secure"));
    }

    @Test
    void cookieValuesThatWouldBreakTheHeaderAreRefused() {
        assertThatThrownBy(() -> Cookie.of("a", "x\r\nSet-Cookie: b=1")).isInstanceOf(BadHeaderError.class)
                .hasMessageStartingWith("The value of cookie 'a' can't contain newlines");
        assertThatThrownBy(() -> Cookie.of("a", "x; Domain=evil.com")).isInstanceOf(BadHeaderError.class)
                .hasMessage("The value of cookie 'a' contains ';', which a cookie can't hold. "
                        + "Encode the value first, for example with URLEncoder.");
        assertThatThrownBy(() -> Cookie.of("a", "1").withPath("/\r\nX: y")).isInstanceOf(BadHeaderError.class);
    }

    @Test
    void redirectsSetLocationAndStatus() {
        assertThat(new HttpResponseRedirect("/next/").status()).isEqualTo(302);
        assertThat(new HttpResponsePermanentRedirect("https://example.com/").header("Location")).isEqualTo("https://example.com/");
        assertThat(new HttpResponsePermanentRedirect("/x").status()).isEqualTo(301);
    }

    @Test
    void redirectsToUnsafeSchemesOrWithNewlinesAreRefused() {
        assertThatThrownBy(() -> new HttpResponseRedirect("javascript:alert(1)"))
                .isInstanceOf(DisallowedRedirect.class).hasMessage("Unsafe redirect to URL with protocol 'javascript'");
        assertThatThrownBy(() -> new HttpResponseRedirect("/ok\r\nSet-Cookie: a=1")).isInstanceOf(BadHeaderError.class);
    }

    @Test
    void shortcutsHaveTheirStatusAndAllowHeader() {
        assertThat(List.of(HttpResponse.badRequest("x"), HttpResponse.forbidden("x"), HttpResponse.notFound("x"),
                HttpResponse.gone(), HttpResponse.serverError("x")))
                .extracting(HttpResponse::status).containsExactly(400, 403, 404, 410, 500);
        HttpResponse notAllowed = HttpResponse.notAllowed(List.of("GET", "POST"));
        assertThat(notAllowed.status()).isEqualTo(405);
        assertThat(notAllowed.header("Allow")).isEqualTo("GET, POST");
    }

    @Test
    void jsonResponseWritesWithTheSharedMapper() {
        record Point(int x, int y) {
        }
        JsonResponse response = new JsonResponse(Map.of("point", new Point(1, 2)), 201);

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.header("Content-Type")).isEqualTo("application/json");
        assertThat(response.text()).isEqualTo("{\"point\":{\"x\":1,\"y\":2}}");
    }

    @Test
    void streamingResponsesHaveNoContentButStream() throws Exception {
        StreamingHttpResponse response = new StreamingHttpResponse(List.of("a".getBytes(), "b".getBytes()), "text/plain");
        var out = new java.io.ByteArrayOutputStream();
        response.writeBody(out);

        assertThat(out.toString()).isEqualTo("ab");
        assertThatThrownBy(response::content).isInstanceOf(IllegalStateException.class)
                .hasMessage("This StreamingHttpResponse has no content(). Use streamingContent() instead.");
    }

    @Test
    void invalidStatusIsRefused() {
        assertThatThrownBy(() -> new HttpResponse("x", 99)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("HTTP status code must be an integer from 100 to 599, not 99.");
    }

    @Test
    void redirectSafetyAcceptsOnlyRelativeOrAllowedHosts() {
        Set<String> hosts = Set.of("example.com");

        assertThat(RedirectSafety.urlHasAllowedHostAndScheme("/next/?a=1", hosts, false)).isTrue();
        assertThat(RedirectSafety.urlHasAllowedHostAndScheme("https://example.com/x", hosts, true)).isTrue();
        assertThat(RedirectSafety.urlHasAllowedHostAndScheme("http://example.com/x", hosts, true)).isFalse();
        for (String unsafe : List.of("https://evil.com/", "//evil.com", "///evil.com", "\\\\evil.com", "/\\evil.com",
                "http:evil.com", "javascript:alert(1)", "\u0008//evil.com", " ", "https://example.com@evil.com/")) {
            assertThat(RedirectSafety.urlHasAllowedHostAndScheme(unsafe, hosts, false)).as(unsafe).isFalse();
        }
    }
}
