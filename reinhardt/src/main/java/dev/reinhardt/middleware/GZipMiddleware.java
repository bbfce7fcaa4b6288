package dev.reinhardt.middleware;

import dev.reinhardt.core.handlers.Handler;
import dev.reinhardt.core.handlers.Middleware;
import dev.reinhardt.http.HttpRequest;
import dev.reinhardt.http.HttpResponse;
import dev.reinhardt.http.StreamingHttpResponse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.zip.GZIPOutputStream;

/**
 * Compress responses for clients that accept gzip (Django's
 * {@code GZipMiddleware}): skips bodies under 200 bytes, responses already
 * encoded, partial content, and results that would not be smaller; streams
 * are compressed chunk by chunk. Adds {@code Vary: Accept-Encoding} and
 * weakens a strong ETag.
 */
public final class GZipMiddleware implements Middleware {

    private static final int MIN_LENGTH = 200;

    private final Handler next;

    public GZipMiddleware(Handler next) {
        this.next = next;
    }

    @Override
    public HttpResponse handle(HttpRequest request) {
        HttpResponse response = next.handle(request);
        if (!response.isStreaming() && response.content().length < MIN_LENGTH) {
            return response;
        }
        if (response.hasHeader("Content-Encoding") || response.hasHeader("Content-Range") || response.status() == 206) {
            return response;
        }
        ResponseHeaders.patchVary(response, "Accept-Encoding");
        if (!ResponseHeaders.acceptsGzip(request.headers().get("Accept-Encoding"))) {
            return response;
        }
        if (response instanceof StreamingHttpResponse streaming) {
            Iterable<byte[]> source = streaming.streamingContent();
            streaming.setStreamingContent(() -> new GzipChunks(source.iterator()));
            response.removeHeader("Content-Length");
        } else {
            byte[] compressed = compress(response.content());
            if (compressed.length >= response.content().length) {
                return response;
            }
            response.setContent(compressed);
            response.header("Content-Length", Integer.toString(compressed.length));
        }
        String etag = response.header("ETag");
        if (etag != null && etag.startsWith("\"")) {
            response.header("ETag", "W/" + etag);
        }
        response.header("Content-Encoding", "gzip");
        return response;
    }

    private static byte[] compress(byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length / 2 + 32);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Compress a stream chunk by chunk, flushing each so the client receives data as it is produced. */
    private static final class GzipChunks implements Iterator<byte[]> {
        private final Iterator<byte[]> source;
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        private final GZIPOutputStream gzip;
        private boolean finished;

        GzipChunks(Iterator<byte[]> source) {
            this.source = source;
            try {
                this.gzip = new GZIPOutputStream(buffer, true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public boolean hasNext() {
            return !finished;
        }

        @Override
        public byte[] next() {
            if (finished) {
                throw new NoSuchElementException();
            }
            try {
                if (source.hasNext()) {
                    gzip.write(source.next());
                    gzip.flush();
                } else {
                    gzip.finish();
                    finished = true;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            byte[] chunk = buffer.toByteArray();
            buffer.reset();
            return chunk;
        }
    }
}
