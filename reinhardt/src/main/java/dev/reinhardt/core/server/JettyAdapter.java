package dev.reinhardt.core.server;

import dev.reinhardt.conf.Settings;
import dev.reinhardt.exceptions.BadRequest;
import dev.reinhardt.http.HttpRequest;
import dev.reinhardt.http.HttpResponse;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Blocker;
import org.eclipse.jetty.util.Callback;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.Objects;

/**
 * Serve a Reinhardt {@link dev.reinhardt.core.handlers.Handler} from Jetty
 * 12's core API: build an {@link HttpRequest} from Jetty's request, call the
 * handler on the serving (virtual) thread, write the response, then
 * {@linkplain HttpResponse#close() close} it, which sends
 * {@code requestFinished} after the last byte of a streamed body.
 *
 * <p>A request body arriving slower than {@value #MIN_REQUEST_DATA_RATE}
 * bytes per second is cut off. When the server stops with a stop timeout,
 * requests arriving from then on get 503 and the stop waits for those in
 * flight.
 */
public final class JettyAdapter extends org.eclipse.jetty.server.Handler.Abstract {

    /** The slowest request body accepted, in bytes per second: a slow POST below it is cut off. */
    public static final long MIN_REQUEST_DATA_RATE = 1024;

    private final dev.reinhardt.core.handlers.Handler handler;
    private final Settings settings;
    private final String scriptName;
    private final InFlightRequests inFlight = new InFlightRequests(this);

    /**
     * Adapt {@code handler}; {@code settings} bound the requests it builds,
     * and their {@code forceScriptName} is the prefix the project is served
     * under (none when unset: Jetty serves it at the root).
     */
    public JettyAdapter(dev.reinhardt.core.handlers.Handler handler, Settings settings) {
        super(InvocationType.BLOCKING);
        this.handler = Objects.requireNonNull(handler, "handler");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.scriptName = settings.forceScriptName() == null ? "" : settings.forceScriptName();
        addBean(inFlight);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        if (!inFlight.enter()) {
            Response.writeError(request, response, callback, HttpStatus.SERVICE_UNAVAILABLE_503);
            return true;
        }
        try {
            serve(request, response, callback);
        } finally {
            inFlight.exit();
        }
        return true;
    }

    private void serve(Request request, Response response, Callback callback) {
        try {
            HttpFields headers = request.getHeaders();
            long length = request.getLength();
            boolean body = hasBody(request, headers, length);
            HttpRequest reinhardtRequest;
            try {
                reinhardtRequest = toRequest(request, headers, body ? length : 0);
            } catch (BadRequest e) {
                write(request, response, HttpResponse.plainText("Bad Request (400)", 400), body);
                callback.succeeded();
                return;
            }
            Exchange.serve(handler, settings, reinhardtRequest, result -> write(request, response, result, body));
            callback.succeeded();
        } catch (Throwable e) {
            // Failing the callback aborts the connection: a client whose body was cut short sees it truncated.
            callback.failed(e);
        }
    }

    /** Build the request; {@code length} is 0 without a body and -1 for a body of unknown length. */
    private HttpRequest toRequest(Request request, HttpFields headers, long length) {
        HttpURI uri = request.getHttpURI();
        HttpRequest.Builder builder = HttpRequest.builder(settings)
                .method(request.getMethod())
                .scriptName(scriptName)
                .rawPath(uri.getPath())
                .queryString(uri.getQuery())
                .scheme(request.isSecure() ? "https" : "http")
                .server(Request.getServerName(request), Request.getServerPort(request))
                .remoteAddr(Request.getRemoteAddr(request));
        for (HttpField field : headers) {
            builder.header(field.getName(), field.getValue());
        }
        if (length != 0) {
            builder.body(Content.Source.asInputStream(new SlowBodyGuard(request, MIN_REQUEST_DATA_RATE)), length);
        }
        return builder.build();
    }

    /** Return whether a body may follow; an HTTP/1 request has none without a length or a transfer coding. */
    private static boolean hasBody(Request request, HttpFields headers, long length) {
        if (length >= 0) {
            return length > 0;
        }
        return request.getConnectionMetaData().getHttpVersion().getVersion() > 11
                || headers.contains(HttpHeader.TRANSFER_ENCODING);
    }

    /**
     * Write {@code result} and return once its last byte is sent, so the response is closed only then.
     * {@code body} says whether the request may have had a body the view left unread.
     */
    private static void write(Request request, Response response, HttpResponse result, boolean body)
            throws IOException {
        response.setStatus(result.status());
        HttpFields.Mutable headers = response.getHeaders();
        result.forEachHeaderLine((name, value) -> headers.add(ResponseFields.of(name, value)));
        if (body && !request.consumeAvailable()) {
            closeAfterwards(request, headers);
        }
        boolean head = request.getMethod().equals("HEAD");
        boolean bodiless = result.status() == 204 || result.status() == 304 || result.status() < 200;
        if (!result.isStreaming()) {
            byte[] content = result.content();
            if (!bodiless) {
                headers.put(HttpHeader.CONTENT_LENGTH, content.length);
            }
            writeLast(response, head || bodiless ? null : ByteBuffer.wrap(content));
            return;
        }
        if (head || bodiless) {
            writeLast(response, null);
            return;
        }
        try (OutputStream out = Content.Sink.asOutputStream(response)) {
            result.writeBody(out);
        }
    }

    /**
     * Say that the connection closes after this response. Jetty closes an HTTP/1 connection whose request body
     * is still arriving once the response is sent, and a client that was not told would send its next request
     * down the closed connection; HTTP/2 resets just the stream, and forbids the header.
     */
    private static void closeAfterwards(Request request, HttpFields.Mutable headers) {
        if (request.getConnectionMetaData().getHttpVersion().getVersion() <= 11) {
            headers.put(HttpHeader.CONNECTION, "close");
        }
    }

    private static void writeLast(Response response, ByteBuffer content) throws IOException {
        try (Blocker.Callback written = Blocker.callback()) {
            response.write(true, content, written);
            written.block();
        }
    }
}
