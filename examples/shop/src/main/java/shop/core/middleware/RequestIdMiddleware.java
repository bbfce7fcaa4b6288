package shop.core.middleware;

import dev.reinhardt.core.handlers.Handler;
import dev.reinhardt.core.handlers.Middleware;
import dev.reinhardt.http.HttpRequest;
import dev.reinhardt.http.HttpResponse;
import org.slf4j.MDC;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Give every request an id: the {@code X-Request-Id} a proxy or client sent
 * when it is a plausible id, else a random UUID. The id is in the request's
 * {@code "requestId"} attribute, in the logging MDC as {@code requestId}
 * while the request is handled, and in the response's {@code X-Request-Id},
 * so one id ties a user's report, the proxy's log and the shop's log together.
 *
 * <p>List it first: every log line of the request, and every response,
 * even one the framework's middleware answers early, then carries the id.
 */
public final class RequestIdMiddleware implements Middleware {

    /** The request attribute and MDC key holding the id. */
    public static final String KEY = "requestId";

    /** The ids taken from a client: short, and nothing that could forge a log line or a header. */
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._:+=/-]{1,128}");

    private final Handler next;

    public RequestIdMiddleware(Handler next) {
        this.next = next;
    }

    @Override
    public HttpResponse handle(HttpRequest request) {
        String incoming = request.headers().get("X-Request-Id");
        String id = incoming != null && VALID.matcher(incoming).matches() ? incoming : UUID.randomUUID().toString();
        request.attributes().put(KEY, id);
        String outer = MDC.get(KEY);
        MDC.put(KEY, id);
        try {
            return next.handle(request).header("X-Request-Id", id);
        } finally {
            if (outer == null) {
                MDC.remove(KEY);
            } else {
                MDC.put(KEY, outer);
            }
        }
    }
}
