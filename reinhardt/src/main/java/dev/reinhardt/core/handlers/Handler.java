package dev.reinhardt.core.handlers;

import dev.reinhardt.http.HttpRequest;
import dev.reinhardt.http.HttpResponse;

/**
 * Turns a request into a response: the whole project, or the rest of the
 * middleware chain as one middleware sees it. Implementations are called by
 * many threads at once.
 */
@FunctionalInterface
public interface Handler {

    /** Return the response for {@code request}. */
    HttpResponse handle(HttpRequest request);
}
