package dev.reinhardt.test.client;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A file to upload with a multipart POST of the test client (Django's
 * {@code SimpleUploadedFile}).
 *
 * <pre>{@code
 * client.post("/avatar/", Map.of("title", "me", "picture",
 *         new SimpleUploadedFile("me.png", bytes, "image/png")));
 * }</pre>
 *
 * @param name        the file name sent to the server
 * @param content     the bytes
 * @param contentType the part's Content-Type
 */
public record SimpleUploadedFile(String name, byte[] content, String contentType) {

    public SimpleUploadedFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(content, "content");
        contentType = contentType == null ? "application/octet-stream" : contentType;
    }

    /** Return a {@code text/plain} file holding {@code text} in UTF-8. */
    public static SimpleUploadedFile text(String name, String text) {
        return new SimpleUploadedFile(name, text.getBytes(StandardCharsets.UTF_8), "text/plain");
    }
}
