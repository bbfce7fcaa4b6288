package dev.reinhardt.http;

import dev.reinhardt.conf.Settings;
import dev.reinhardt.exceptions.BadRequest;
import dev.reinhardt.exceptions.RequestDataTooBig;
import dev.reinhardt.exceptions.TooManyFieldsSent;
import dev.reinhardt.exceptions.TooManyFilesSent;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MultipartTest {

    private static final String BOUNDARY = "----reinhardt7MA4YWxk";

    private static Settings settings(long fileMemory, long fieldBytes, int maxFiles) {
        return new Settings() {
            {
                fileUploadMaxMemorySize = fileMemory;
                dataUploadMaxMemorySize = fieldBytes;
                dataUploadMaxNumberFiles = maxFiles;
            }
        };
    }

    /** Build a multipart body; each part is {name, filename-or-null, content}. */
    static byte[] body(String[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String[] part : parts) {
            StringBuilder head = new StringBuilder("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + part[0] + "\"");
            if (part[1] != null) {
                head.append("; filename=\"").append(part[1]).append("\"\r\nContent-Type: text/plain");
            }
            head.append("\r\n\r\n");
            out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
            out.writeBytes(part[2].getBytes(StandardCharsets.UTF_8));
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static HttpRequest post(Settings settings, byte[] body) {
        return HttpRequest.builder(settings).method("POST")
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .body(new java.io.ByteArrayInputStream(body), body.length).build();
    }

    @Test
    void fieldsAndFilesAreParsed() {
        HttpRequest request = post(settings(1024, 1024, 10), body(
                new String[] {"title", null, "Hello\r\nworld"},
                new String[] {"doc", "notes.txt", "--not a boundary--"},
                new String[] {"doc", "more.txt", ""}));

        assertThat(request.POST().get("title")).isEqualTo("Hello\r\nworld");
        List<UploadedFile> docs = request.FILES().getList("doc");
        assertThat(docs).extracting(UploadedFile::name).containsExactly("notes.txt", "more.txt");
        assertThat(new String(docs.get(0).bytes(), StandardCharsets.UTF_8)).isEqualTo("--not a boundary--");
        assertThat(docs.get(0).contentType()).isEqualTo("text/plain");
        assertThat(docs.get(1).size()).isZero();
    }

    @Test
    void uploadedFileNamesAreStrippedOfAnyPath() {
        HttpRequest request = post(settings(1024, 1024, 10), body(
                new String[] {"a", "../../etc/passwd", "x"},
                new String[] {"b", "C:\\Users\\me\\secret.txt", "y"},
                new String[] {"c", "..", "z"}));

        assertThat(request.FILES().get("a").name()).isEqualTo("passwd");
        assertThat(request.FILES().get("b").name()).isEqualTo("secret.txt");
        assertThat(request.FILES().containsKey("c")).isFalse();
    }

    @Test
    void largeUploadsSpillToATemporaryFileRemovedWhenTheRequestCloses() throws Exception {
        String big = "x".repeat(100_000);
        HttpRequest request = post(settings(1000, 1000, 10), body(new String[] {"f", "big.bin", big}));

        UploadedFile file = request.FILES().get("f");
        Path temp = file.temporaryFilePath();
        assertThat(file.inMemory()).isFalse();
        assertThat(Files.size(temp)).isEqualTo(100_000);
        assertThat(new String(file.bytes(), StandardCharsets.UTF_8)).isEqualTo(big);

        request.close();
        assertThat(temp).doesNotExist();
    }

    @Test
    void moreFilesThanTheLimitAreRefused() {
        String[][] parts = new String[4][];
        for (int i = 0; i < parts.length; i++) {
            parts[i] = new String[] {"f" + i, "f" + i + ".txt", "x"};
        }

        assertThatThrownBy(() -> post(settings(1024, 1024, 3), body(parts)).FILES())
                .isInstanceOf(TooManyFilesSent.class)
                .hasMessage("The number of files exceeded dataUploadMaxNumberFiles (3).");
    }

    @Test
    void moreFieldsThanTheLimitAreRefused() {
        String[][] parts = new String[1001][];
        for (int i = 0; i < parts.length; i++) {
            parts[i] = new String[] {"f" + i, null, "x"};
        }

        assertThatThrownBy(() -> post(settings(1024, 1_000_000, 3), body(parts)).POST())
                .isInstanceOf(TooManyFieldsSent.class);
    }

    @Test
    void fieldDataBeyondTheMemoryLimitIsRefusedButFilesAreNotCounted() {
        String big = "y".repeat(5000);

        assertThat(post(settings(100, 1000, 10), body(new String[] {"f", "a.txt", big})).FILES().get("f").size())
                .isEqualTo(5000);
        assertThatThrownBy(() -> post(settings(100, 1000, 10), body(new String[] {"text", null, big})).POST())
                .isInstanceOf(RequestDataTooBig.class);
    }

    @Test
    void truncatedBodyIsABadRequest() {
        byte[] whole = body(new String[] {"a", null, "value"});
        byte[] truncated = java.util.Arrays.copyOf(whole, whole.length - 20);

        assertThatThrownBy(() -> post(settings(100, 1000, 10), truncated).POST())
                .isInstanceOf(BadRequest.class)
                .hasMessage("Invalid multipart body: it ends without a closing boundary.");
    }
}
