package shop.core.middleware;

import dev.reinhardt.core.handlers.Handler;
import dev.reinhardt.core.handlers.Middleware;
import dev.reinhardt.http.HttpRequest;
import dev.reinhardt.http.HttpResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Locale;

/**
 * Log every request's method, path, status and duration at INFO on logger
 * {@code shop.requests}, and send the duration as {@code X-Request-Duration}
 * (milliseconds). The duration runs until the response is returned: a
 * streamed body is still being sent after that.
 *
 * <p>List it just inside {@link RequestIdMiddleware}, so it times all the
 * other middleware too and its log line carries the request id.
 */
public final class RequestTimingMiddleware implements Middleware {

    private static final Logger LOG = LoggerFactory.getLogger("shop.requests");

    private final Handler next;

    public RequestTimingMiddleware(Handler next) {
        this.next = next;
    }

    @Override
    public HttpResponse handle(HttpRequest request) {
        long started = System.nanoTime();
        HttpResponse response = next.handle(request);
        String millis = String.format(Locale.ROOT, "%.3f", (System.nanoTime() - started) / 1e6);
        response.header("X-Request-Duration", millis);
        LOG.info("{} {} {} {} ms", request.method(), request.path(), response.status(), millis);
        return response;
    }
}
