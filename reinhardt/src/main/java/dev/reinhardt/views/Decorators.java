package dev.reinhardt.views;

import dev.reinhardt.http.View;
import dev.reinhardt.http.HttpResponse;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Wrap views to allow only some methods (Django's
 * {@code django.views.decorators.http}); other methods get 405 with an
 * {@code Allow} header.
 *
 * <pre>{@code
 * path("search/", requireGet(Search::results), "search")
 * }</pre>
 */
public final class Decorators {

    private Decorators() {
    }

    /** Allow only {@code methods} (such as "GET", "POST") to reach {@code view}. */
    public static View requireHttpMethods(View view, String... methods) {
        List<String> allowed = Stream.of(methods).map(m -> m.toUpperCase(Locale.ROOT)).toList();
        Set<String> lookup = Set.copyOf(allowed);
        return request -> lookup.contains(request.method()) ? view.handle(request) : HttpResponse.notAllowed(allowed);
    }

    /** Allow only GET. */
    public static View requireGet(View view) {
        return requireHttpMethods(view, "GET");
    }

    /** Allow only POST. */
    public static View requirePost(View view) {
        return requireHttpMethods(view, "POST");
    }

    /** Allow only the safe methods GET and HEAD. */
    public static View requireSafe(View view) {
        return requireHttpMethods(view, "GET", "HEAD");
    }
}
