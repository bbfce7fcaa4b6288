package dev.reinhardt.core.handlers;

import dev.reinhardt.conf.Settings;
import dev.reinhardt.http.FileResponse;
import dev.reinhardt.http.HttpRequest;
import dev.reinhardt.http.HttpResponse;
import dev.reinhardt.urls.UrlConf;
import dev.reinhardt.urls.UrlPattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.reinhardt.urls.Urls.path;
import static org.assertj.core.api.Assertions.assertThat;

class FileResponseTest {

    @TempDir
    static Path dir;

    public static final class Urls implements UrlConf {
        @Override
        public List<UrlPattern> urlpatterns() {
            return List.of(
                    path("file/", request -> new FileResponse(dir.resolve("data.txt"))),
                    path("download/", request -> new FileResponse(dir.resolve("data.txt"), true, "report 1.txt")));
        }
    }

    private static HttpResponse get(String path, String range) throws Exception {
        Files.writeString(dir.resolve("data.txt"), "0123456789");
        ProjectHandler handler = ProjectHandler.create(new Settings() {
            {
                rootUrlconf = Urls.class;
            }
        });
        HttpRequest.Builder builder = HttpRequest.builder(handler.settings()).rawPath(path);
        if (range != null) {
            builder.header("Range", range);
        }
        return handler.handle(builder.build());
    }

    private static String body(HttpResponse response) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        response.writeBody(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void wholeFileHasTypeLengthAndAcceptRanges() throws Exception {
        HttpResponse response = get("/file/", null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).isEqualTo("text/plain");
        assertThat(response.header("Content-Length")).isEqualTo("10");
        assertThat(response.header("Accept-Ranges")).isEqualTo("bytes");
        assertThat(body(response)).isEqualTo("0123456789");
    }

    @Test
    void attachmentsNameTheFile() throws Exception {
        assertThat(get("/download/", null).header("Content-Disposition")).isEqualTo("attachment; filename=\"report 1.txt\"");
    }

    @Test
    void aSatisfiableRangeGives206() throws Exception {
        HttpResponse response = get("/file/", "bytes=2-4");

        assertThat(response.status()).isEqualTo(206);
        assertThat(response.header("Content-Range")).isEqualTo("bytes 2-4/10");
        assertThat(response.header("Content-Length")).isEqualTo("3");
        assertThat(body(response)).isEqualTo("234");
    }

    @Test
    void suffixAndOpenRangesAreServed() throws Exception {
        assertThat(body(get("/file/", "bytes=-3"))).isEqualTo("789");
        assertThat(body(get("/file/", "bytes=7-"))).isEqualTo("789");
        assertThat(body(get("/file/", "bytes=8-100"))).isEqualTo("89");
    }

    @Test
    void anUnsatisfiableRangeGives416() throws Exception {
        HttpResponse response = get("/file/", "bytes=10-20");

        assertThat(response.status()).isEqualTo(416);
        assertThat(response.header("Content-Range")).isEqualTo("bytes */10");
        assertThat(body(response)).isEmpty();
    }

    @Test
    void multipleOrMalformedRangesGetTheWholeFile() throws Exception {
        assertThat(get("/file/", "bytes=0-1,4-5").status()).isEqualTo(200);
        assertThat(get("/file/", "items=0-1").status()).isEqualTo(200);
        assertThat(get("/file/", "bytes=5-2").status()).isEqualTo(200);
    }
}
