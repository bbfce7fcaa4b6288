package dev.reinhardt.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLConnection;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * A response streaming a file (Django's {@code FileResponse}), with its
 * Content-Type guessed from the name, Content-Length, Last-Modified and
 * {@code Accept-Ranges: bytes}. The request handler applies a GET's Range
 * header: a single satisfiable range gives 206 Partial Content, an
 * unsatisfiable one 416; several ranges get the whole file.
 */
public class FileResponse extends StreamingHttpResponse {

    private static final int CHUNK = 64 * 1024;

    private final Path file;
    private final long size;
    private long start;
    private long length;

    /** Create a response streaming {@code file} inline. */
    public FileResponse(Path file) {
        this(file, false, null);
    }

    /**
     * Create a response streaming {@code file}; when {@code asAttachment} the
     * browser is asked to save it as {@code filename} (the file's own name when null).
     *
     * @throws UncheckedIOException when the file cannot be read
     */
    @SuppressWarnings("this-escape") // header() and setStreamingContent() are final and touch only fields set before
    public FileResponse(Path file, boolean asAttachment, String filename) {
        super(java.util.List.of(), guessType(file));
        this.file = file;
        try {
            this.size = Files.size(file);
            header("Last-Modified", HttpDates.format(Files.getLastModifiedTime(file).toInstant()));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not open " + file, e);
        }
        this.length = size;
        header("Content-Length", Long.toString(size));
        header("Accept-Ranges", "bytes");
        String name = filename != null ? filename : file.getFileName().toString();
        if (asAttachment || filename != null) {
            header("Content-Disposition", disposition(asAttachment ? "attachment" : "inline", name));
        }
        setStreamingContent(this::chunks);
    }

    /**
     * Serve only the byte range {@code range} asks for, such as
     * {@code "bytes=0-99"}, {@code "bytes=500-"} or {@code "bytes=-200"};
     * a mismatching {@code ifRange} validator keeps the whole file. Called by
     * the request handler for GET requests.
     */
    public void applyRange(String range, String ifRange) {
        if (range == null || status() != 200 || (ifRange != null && !ifRange.equals(header("Last-Modified"))
                && !ifRange.equals(header("ETag")))) {
            return;
        }
        if (!range.startsWith("bytes=") || range.indexOf(',') >= 0) {
            return;
        }
        String spec = range.substring(6).strip();
        int dash = spec.indexOf('-');
        if (dash < 0) {
            return;
        }
        long first;
        long last;
        try {
            if (dash == 0) {
                long suffix = Long.parseLong(spec.substring(1));
                first = Math.max(0, size - suffix);
                last = size - 1;
                if (suffix == 0) {
                    first = size;
                }
            } else {
                first = Long.parseLong(spec.substring(0, dash));
                long requestedLast = dash == spec.length() - 1 ? Long.MAX_VALUE : Long.parseLong(spec.substring(dash + 1));
                if (requestedLast < first) {
                    return;
                }
                last = Math.min(size - 1, requestedLast);
            }
        } catch (NumberFormatException e) {
            return;
        }
        if (first >= size) {
            setStatus(416);
            header("Content-Range", "bytes */" + size);
            header("Content-Length", "0");
            length = 0;
            return;
        }
        setStatus(206);
        start = first;
        length = last - first + 1;
        header("Content-Range", "bytes " + first + "-" + last + "/" + size);
        header("Content-Length", Long.toString(length));
    }

    private Iterator<byte[]> chunks() {
        InputStream in;
        try {
            in = Files.newInputStream(file);
            in.skipNBytes(start);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file, e);
        }
        // A client that goes away mid-file never exhausts the iterator; closing the response releases the file.
        onClose(() -> close(in));
        return new Iterator<>() {
            private long remaining = length;

            @Override
            public boolean hasNext() {
                if (remaining > 0) {
                    return true;
                }
                close(in);
                return false;
            }

            @Override
            public byte[] next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                try {
                    byte[] chunk = in.readNBytes((int) Math.min(CHUNK, remaining));
                    if (chunk.length == 0) {
                        throw new IOException(file + " became shorter while it was sent");
                    }
                    remaining -= chunk.length;
                    return chunk;
                } catch (IOException e) {
                    close(in);
                    throw new UncheckedIOException(e);
                }
            }
        };
    }

    private static void close(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String guessType(Path file) {
        String name = file.getFileName().toString();
        String type = URLConnection.guessContentTypeFromName(name);
        if (type == null) {
            try {
                type = Files.probeContentType(file);
            } catch (IOException e) {
                type = null;
            }
        }
        return type == null ? "application/octet-stream" : type;
    }

    private static String disposition(String kind, String filename) {
        boolean ascii = filename.chars().allMatch(c -> c >= 0x20 && c < 0x7f);
        if (ascii) {
            return kind + "; filename=\"" + filename.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        }
        return kind + "; filename*=utf-8''" + URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
