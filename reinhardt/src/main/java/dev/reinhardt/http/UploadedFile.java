package dev.reinhardt.http;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file uploaded in a multipart form: in memory when small, otherwise in a
 * temporary file that is deleted when the request is finished.
 *
 * <p>The name is only the base name the browser sent: any directory part is
 * stripped, so it is safe to show, though not a safe storage name on its own.
 */
public final class UploadedFile {

    private final String fieldName;
    private final String name;
    private final String contentType;
    private final long size;
    private final byte[] content;
    private final Path tempFile;

    UploadedFile(String fieldName, String name, String contentType, long size, byte[] content, Path tempFile) {
        this.fieldName = fieldName;
        this.name = name;
        this.contentType = contentType;
        this.size = size;
        this.content = content;
        this.tempFile = tempFile;
    }

    /** Return the form field the file was sent in. */
    public String fieldName() {
        return fieldName;
    }

    /** Return the file's base name as sent, without any directory part. */
    public String name() {
        return name;
    }

    /** Return the content type the client declared, or {@code application/octet-stream}. */
    public String contentType() {
        return contentType;
    }

    /** Return the size in bytes. */
    public long size() {
        return size;
    }

    /** Return whether the content is held in memory rather than in a temporary file. */
    public boolean inMemory() {
        return tempFile == null;
    }

    /** Return the temporary file holding the content, while the request lasts; null when in memory. */
    public Path temporaryFilePath() {
        return tempFile;
    }

    /** Open the content for reading; the caller closes the stream. */
    public InputStream open() {
        if (tempFile == null) {
            return new ByteArrayInputStream(content);
        }
        try {
            return Files.newInputStream(tempFile);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read upload '" + name + "'", e);
        }
    }

    /** Return the whole content; avoid for large files, use {@link #open()}. */
    public byte[] bytes() {
        try (InputStream in = open()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read upload '" + name + "'", e);
        }
    }

    void delete() {
        if (tempFile != null) {
            try {
                Files.deleteIfExists(tempFile);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not delete temporary upload " + tempFile, e);
            }
        }
    }

    @Override
    public String toString() {
        return "UploadedFile[" + name + ", " + contentType + ", " + size + " bytes]";
    }

    /** Return the last path element of a client-sent file name, or "" when nothing usable remains. */
    static String baseName(String sent) {
        String name = sent.substring(Math.max(sent.lastIndexOf('/'), sent.lastIndexOf('\\')) + 1).strip();
        StringBuilder clean = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= 0x20 && c != 0x7f) {
                clean.append(c);
            }
        }
        String result = clean.toString();
        return result.equals(".") || result.equals("..") ? "" : result;
    }
}
