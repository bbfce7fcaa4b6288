package dev.reinhardt.middleware;

import dev.reinhardt.conf.Settings;
import dev.reinhardt.core.handlers.ProjectHandler;
import dev.reinhardt.http.HttpResponse;
import dev.reinhardt.http.StreamingHttpResponse;
import dev.reinhardt.urls.UrlConf;
import dev.reinhardt.urls.UrlPattern;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;

import static dev.reinhardt.middleware.MiddlewareTestSupport.get;
import static dev.reinhardt.middleware.MiddlewareTestSupport.request;
import static dev.reinhardt.urls.Urls.path;
import static org.assertj.core.api.Assertions.assertThat;

class GZipAndConditionalGetTest {

    static final String LONG = "Reinhardt compresses repetitive text well. ".repeat(20);

    public static final class Urls implements UrlConf {
        @Override
        public List<UrlPattern> urlpatterns() {
            return List.of(
                    path("long/", request -> new HttpResponse(LONG)),
                    path("short/", request -> new HttpResponse("tiny")),
                    path("dated/", request -> new HttpResponse(LONG).header("Last-Modified", "Wed, 01 Jan 2025 00:00:00 GMT")),
                    path("stream/", request -> new StreamingHttpResponse(
                            List.of(LONG.getBytes(StandardCharsets.UTF_8), LONG.getBytes(StandardCharsets.UTF_8)), "text/plain")));
        }
    }

    private static ProjectHandler handler(List<Class<?>> classes) {
        return ProjectHandler.create(new Settings() {
            {
                rootUrlconf = Urls.class;
                allowedHosts = List.of("testserver");
                middleware = classes;
            }
        });
    }

    private static String gunzip(byte[] bytes) throws Exception {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void gzipCompressesForClientsThatAcceptIt() throws Exception {
        ProjectHandler handler = handler(List.of(GZipMiddleware.class));
        HttpResponse response = handler.handle(request(handler, "GET", "/long/").header("Accept-Encoding", "br, gzip").build());

        assertThat(response.header("Content-Encoding")).isEqualTo("gzip");
        assertThat(response.header("Vary")).isEqualTo("Accept-Encoding");
        assertThat(Integer.parseInt(response.header("Content-Length"))).isEqualTo(response.content().length).isLessThan(LONG.length());
        assertThat(gunzip(response.content())).isEqualTo(LONG);
    }

    @Test
    void gzipLeavesShortBodiesAndRefusingClientsAlone() {
        ProjectHandler handler = handler(List.of(GZipMiddleware.class));

        assertThat(handler.handle(request(handler, "GET", "/short/").header("Accept-Encoding", "gzip").build())
                .hasHeader("Content-Encoding")).isFalse();
        HttpResponse refused = handler.handle(request(handler, "GET", "/long/").header("Accept-Encoding", "gzip;q=0").build());
        assertThat(refused.hasHeader("Content-Encoding")).isFalse();
        assertThat(refused.header("Vary")).isEqualTo("Accept-Encoding");
    }

    @Test
    void gzipCompressesStreamsChunkByChunk() throws Exception {
        ProjectHandler handler = handler(List.of(GZipMiddleware.class));
        HttpResponse response = handler.handle(request(handler, "GET", "/stream/").header("Accept-Encoding", "gzip").build());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        response.writeBody(out);

        assertThat(response.header("Content-Encoding")).isEqualTo("gzip");
        assertThat(gunzip(out.toByteArray())).isEqualTo(LONG + LONG);
    }

    @Test
    void matchingEtagGives304() {
        ProjectHandler handler = handler(List.of(ConditionalGetMiddleware.class));
        String etag = get(handler, "/long/").header("ETag");

        HttpResponse response = handler.handle(request(handler, "GET", "/long/").header("If-None-Match", etag).build());

        assertThat(etag).matches("\"[0-9a-f]{32}\"");
        assertThat(response.status()).isEqualTo(304);
        assertThat(response.content()).isEmpty();
        assertThat(response.header("ETag")).isEqualTo(etag);
    }

    @Test
    void notModifiedSinceGives304AndAFailedIfMatchGives412() {
        ProjectHandler handler = handler(List.of(ConditionalGetMiddleware.class));

        assertThat(handler.handle(request(handler, "GET", "/dated/")
                .header("If-Modified-Since", "Thu, 02 Jan 2025 00:00:00 GMT").build()).status()).isEqualTo(304);
        assertThat(handler.handle(request(handler, "GET", "/dated/")
                .header("If-Modified-Since", "Tue, 31 Dec 2024 00:00:00 GMT").build()).status()).isEqualTo(200);
        assertThat(handler.handle(request(handler, "GET", "/dated/").header("If-Match", "\"other\"").build()).status())
                .isEqualTo(412);
    }

    @Test
    void gzipWeakensTheEtagOfConditionalGet() {
        ProjectHandler handler = handler(List.of(GZipMiddleware.class, ConditionalGetMiddleware.class));
        HttpResponse response = handler.handle(request(handler, "GET", "/long/").header("Accept-Encoding", "gzip").build());

        assertThat(response.header("ETag")).startsWith("W/\"");
        assertThat(handler.handle(request(handler, "GET", "/long/").header("Accept-Encoding", "gzip")
                .header("If-None-Match", response.header("ETag")).build()).status()).isEqualTo(304);
    }
}
