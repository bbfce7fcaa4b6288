package dev.reinhardt.views;

import dev.reinhardt.http.View;
import dev.reinhardt.http.HttpResponse;

import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Wrap views to allow only some methods (Django's
 * {@code django.views.decorators.http}); other methods get 405 with an
 * {@code Allow} header. Also declares query budgets for function views.
 *
 * <pre>{@code
 * path("search/", requireGet(Search::results), "search")
 * path("orders/", queryBudget(3, Orders::list), "orders")
 * }</pre>
 */
public final class Decorators {

    /** The budget a view class declares with {@link QueryBudget}, read by reflection once per class, not per request. */
    private static final ClassValue<OptionalInt> DECLARED_BUDGETS = new ClassValue<>() {
        @Override
        protected OptionalInt computeValue(Class<?> type) {
            QueryBudget annotation = type.getAnnotation(QueryBudget.class);
            return annotation == null ? OptionalInt.empty() : OptionalInt.of(annotation.value());
        }
    };

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

    /**
     * Give {@code view} a budget of {@code maxQueries} SQL statements per
     * request; see {@link QueryBudget}.
     */
    public static View queryBudget(int maxQueries, View view) {
        if (maxQueries < 0) {
            throw new IllegalArgumentException("A query budget cannot be negative, got " + maxQueries + ".");
        }
        return new Budgeted(maxQueries, view);
    }

    /** Return the query budget of {@code view}: from {@link #queryBudget} or a {@link QueryBudget} on its class. */
    public static OptionalInt queryBudgetOf(View view) {
        if (view instanceof Budgeted budgeted) {
            return OptionalInt.of(budgeted.maxQueries());
        }
        return DECLARED_BUDGETS.get(view.getClass());
    }

    /** A view with a query budget. */
    private record Budgeted(int maxQueries, View view) implements View {
        @Override
        public HttpResponse handle(dev.reinhardt.http.HttpRequest request) throws Exception {
            return view.handle(request);
        }
    }
}
