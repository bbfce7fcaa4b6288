package dev.reinhardt.core.handlers;

import dev.reinhardt.http.HttpRequest;
import dev.reinhardt.http.HttpResponse;
import dev.reinhardt.http.View;

import java.util.Optional;

/**
 * A layer around the view (Django's middleware). A middleware class has a
 * public constructor taking the next {@link Handler} (optionally also the
 * project's {@code Settings}), and is listed in the {@code middleware}
 * setting, outermost first. It is created once, at start-up, and serves
 * every request concurrently.
 *
 * <pre>{@code
 * public final class TimingMiddleware implements Middleware {
 *     private final Handler next;
 *     public TimingMiddleware(Handler next) { this.next = next; }
 *     public HttpResponse handle(HttpRequest request) {
 *         long start = System.nanoTime();
 *         HttpResponse response = next.handle(request);
 *         response.header("Server-Timing", "app;dur=" + (System.nanoTime() - start) / 1_000_000);
 *         return response;
 *     }
 * }
 * }</pre>
 *
 * <p>A constructor may throw {@link MiddlewareNotUsed} to leave the
 * middleware out of the chain.
 */
public interface Middleware extends Handler {

    /**
     * Run after URL resolution, just before the view (in middleware order);
     * return a response to answer without calling the view.
     */
    default Optional<HttpResponse> processView(HttpRequest request, View view) {
        return Optional.empty();
    }

    /**
     * Run when the view threw (in reverse middleware order); return a
     * response to answer with, or empty to let the next middleware or the
     * default error handling decide.
     */
    default Optional<HttpResponse> processException(HttpRequest request, Exception exception) {
        return Optional.empty();
    }
}
