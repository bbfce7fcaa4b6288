package dev.reinhardt.core.signals;

import dev.reinhardt.dispatch.Signal;
import dev.reinhardt.http.HttpRequest;

/**
 * The signals the request handler sends; the sender is always the handler's class.
 *
 * <pre>{@code
 * Signals.requestFinished.connect((sender, request) -> connections.closeAll());
 * }</pre>
 */
public final class Signals {

    /** Sent when a request arrives, before any middleware runs. */
    public static final Signal<HttpRequest> requestStarted = new Signal<>("requestStarted");

    /**
     * Sent once per request when the server closes the response: after the
     * last byte of its body, or when the client went away or a streamed body
     * failed; also after an error response.
     */
    public static final Signal<HttpRequest> requestFinished = new Signal<>("requestFinished");

    /** Sent when a request failed with an exception that became a 500 response. */
    public static final Signal<RequestFailure> gotRequestException = new Signal<>("gotRequestException");

    private Signals() {
    }

    /** What {@link #gotRequestException} sends: the request and what it failed with. */
    public record RequestFailure(HttpRequest request, Throwable exception) {
    }
}
