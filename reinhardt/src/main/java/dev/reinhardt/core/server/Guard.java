package dev.reinhardt.core.server;

import dev.reinhardt.core.handlers.Handler;
import dev.reinhardt.http.HttpRequest;
import dev.reinhardt.http.HttpResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Call a handler so that the client always gets an answer: a
 * {@code ProjectHandler} never throws, but a hand-written {@link Handler}
 * may, and the server's own error page would bypass Reinhardt's logging.
 */
final class Guard {

    private static final Logger LOG = LoggerFactory.getLogger("dev.reinhardt.request");

    private Guard() {
    }

    static HttpResponse call(Handler handler, HttpRequest request) {
        try {
            HttpResponse response = handler.handle(request);
            if (response != null) {
                return response;
            }
            LOG.error("Internal Server Error: {}: the handler returned null", request.path());
        } catch (RuntimeException | StackOverflowError e) {
            LOG.error("Internal Server Error: {}", request.path(), e);
        }
        return HttpResponse.plainText("Server Error (500)", 500);
    }
}
