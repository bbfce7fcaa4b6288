package dev.reinhardt.http;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

/**
 * A response whose content is produced while it is sent, chunk by chunk
 * (Django's {@code StreamingHttpResponse}); each chunk is flushed to the
 * client as soon as it is produced.
 *
 * <pre>{@code
 * return new StreamingHttpResponse(() -> rows.stream().map(row -> (row.csv() + "\n").getBytes()).iterator(),
 *         "text/csv");
 * }</pre>
 */
public class StreamingHttpResponse extends HttpResponse {

    private Iterable<byte[]> streamingContent;

    /** Create a 200 response streaming {@code content} as {@code contentType}. */
    public StreamingHttpResponse(Iterable<byte[]> content, String contentType) {
        super(new byte[0], contentType, 200);
        this.streamingContent = Objects.requireNonNull(content, "content");
    }

    @Override
    public boolean isStreaming() {
        return true;
    }

    /** Return the chunks; iterate them once. */
    public Iterable<byte[]> streamingContent() {
        return streamingContent;
    }

    /** Replace the chunks, as a compressing middleware does. */
    public final void setStreamingContent(Iterable<byte[]> content) {
        this.streamingContent = Objects.requireNonNull(content, "content");
    }

    /** Refuse: the content is not held in memory. */
    @Override
    public byte[] content() {
        throw new IllegalStateException("This StreamingHttpResponse has no content(). Use streamingContent() instead.");
    }

    @Override
    public long contentLength() {
        String length = header("Content-Length");
        return length == null ? -1 : Long.parseLong(length);
    }

    @Override
    public void writeBody(OutputStream out) throws IOException {
        for (byte[] chunk : streamingContent) {
            out.write(chunk);
            out.flush();
        }
    }
}
