package dev.reinhardt.http;

/**
 * A view: takes a request, returns a response (Django's view function).
 * A lambda or method reference; path parameters are in
 * {@code request.resolverMatch().kwargs()}.
 *
 * <pre>{@code
 * static HttpResponse article(HttpRequest request) {
 *     int year = request.resolverMatch().kwarg("year", Integer.class);
 *     return new HttpResponse("Articles of " + year);
 * }
 * }</pre>
 *
 * <p>A view may throw: {@code Http404}, {@code PermissionDenied} and
 * {@code BadRequest} become 404, 403 and 400; anything else a logged 500.
 * One view object serves all requests concurrently, so it must be thread-safe.
 */
@FunctionalInterface
public interface View {

    /** Handle {@code request} and return the response, never null. */
    HttpResponse handle(HttpRequest request) throws Exception;
}
