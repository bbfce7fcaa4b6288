package dev.reinhardt.db.models;

import dev.reinhardt.db.backends.base.CapturedQuery;
import dev.reinhardt.db.backends.base.StatementObserver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The ORM's watch over one unit of work, usually one request: it counts the
 * statements run on every database, notices repeated lazy loads of a
 * relation from one line of code (N+1), and enforces a query budget. The web
 * layer opens one per request; tests can open their own. The ORM knows
 * nothing of requests: the caller names the endpoint.
 *
 * <pre>{@code
 * HttpResponse response = QueryScope.forEndpoint("GET /orders/").budget(3).strict(settings.debug())
 *         .call(() -> view.handle(request));
 * }</pre>
 *
 * <p>When the scope ends, each relation loaded lazily more than once from
 * the same line is logged once as a warning naming the model, the relation,
 * the count, the line and the fix ({@link #repeatedLoads()} lists them);
 * load tracking walks the stack, so it runs in strict scopes only. A budget
 * overrun throws {@link QueryBudgetExceeded} in a strict scope (debug, tests)
 * and logs a warning naming the endpoint otherwise. Thread-safe for counting;
 * one scope serves one unit of work.
 */
public final class QueryScope {

    private static final Logger LOG = LoggerFactory.getLogger(QueryScope.class);
    private static final ScopedValue<QueryScope> CURRENT = ScopedValue.newInstance();

    private final String endpoint;
    private final int budget;
    private final boolean strict;
    private final AtomicInteger count = new AtomicInteger();
    private final Map<LoadSite, int[]> loads = new LinkedHashMap<>();
    private volatile boolean strictInEffect;

    /**
     * One line of code that read a relation lazily.
     *
     * @param model    the model whose relation was read
     * @param relation the relation's name
     * @param site     the project code line, as {@code Class.method(File.java:42)}
     * @param fix      the queryset call that plans the load
     */
    private record LoadSite(Class<?> model, String relation, String site, String fix) {
    }

    /**
     * A relation read lazily more than once from one line in a scope.
     *
     * @param model    the model whose relation was read
     * @param relation the relation's name
     * @param count    how many lazy loads
     * @param site     the project code line
     * @param fix      the queryset call that plans the load
     */
    public record LazyLoadReport(Class<?> model, String relation, int count, String site, String fix) {

        /** Return the warning text: what was loaded, how often, where, and the fix. */
        public String message() {
            return "N+1 queries: " + model.getSimpleName() + "." + relation + " was loaded lazily " + count
                    + " times at " + site + ". Plan it on the queryset with ." + fix + ".";
        }
    }

    private QueryScope(String endpoint, int budget, boolean strict) {
        this.endpoint = endpoint;
        this.budget = budget;
        this.strict = strict;
    }

    /** Start describing a scope for {@code endpoint} (a route, a view, a job name): no budget, not strict. */
    public static QueryScope forEndpoint(String endpoint) {
        return new QueryScope(endpoint, -1, false);
    }

    /** Return this scope with a budget of {@code maxQueries} statements. */
    public QueryScope budget(int maxQueries) {
        if (maxQueries < 0) {
            throw new IllegalArgumentException("A query budget cannot be negative, got " + maxQueries + ".");
        }
        return new QueryScope(endpoint, maxQueries, strict);
    }

    /** Return this scope strict (raise on an overrun, track lazy loads) or lenient (log an overrun). */
    public QueryScope strict(boolean on) {
        return new QueryScope(endpoint, budget, on);
    }

    /** Return the scope open on this thread, if any. */
    public static Optional<QueryScope> current() {
        return CURRENT.isBound() ? Optional.of(CURRENT.get()) : Optional.empty();
    }

    /**
     * Run {@code body} inside this scope, then report repeated lazy loads and
     * check the budget. A scope opened inside a strict one is strict too, so
     * a test's strict scope covers the requests it makes.
     *
     * @throws QueryBudgetExceeded when strict and {@code body} ran more statements than the budget
     */
    public <T, X extends Throwable> T call(ScopedValue.CallableOp<T, X> body) throws X {
        strictInEffect = strict || current().map(outer -> outer.strictInEffect).orElse(false);
        T result;
        try {
            result = ScopedValue.where(CURRENT, this).call(() -> StatementObserver.observe(this::executed, body));
        } catch (Throwable failure) {
            reportLoads();
            throw failure;
        }
        reportLoads();
        checkBudget();
        return result;
    }

    private void executed(String alias, CapturedQuery query) {
        count.incrementAndGet();
    }

    private void reportLoads() {
        for (LazyLoadReport report : repeatedLoads()) {
            LOG.warn("{} (endpoint {})", report.message(), endpoint);
        }
    }

    private void checkBudget() {
        int ran = count.get();
        if (budget >= 0 && ran > budget) {
            String message = "Endpoint " + endpoint + " ran " + ran + " queries, over its budget of " + budget
                    + ". Plan relation loads with selectRelated/prefetchRelated, or raise the budget.";
            if (strictInEffect) {
                throw new QueryBudgetExceeded(endpoint, budget, ran, message);
            }
            LOG.warn(message);
        }
    }

    /** Return the endpoint this scope watches. */
    public String endpoint() {
        return endpoint;
    }

    /** Return how many statements ran in this scope so far. */
    public int queryCount() {
        return count.get();
    }

    /** Return the relations loaded lazily more than once from one line, in first-seen order (strict scopes only). */
    public synchronized List<LazyLoadReport> repeatedLoads() {
        List<LazyLoadReport> reports = new ArrayList<>();
        loads.forEach((site, seen) -> {
            if (seen[0] > 1) {
                reports.add(new LazyLoadReport(site.model(), site.relation(), seen[0], site.site(), site.fix()));
            }
        });
        return reports;
    }

    boolean tracksLoads() {
        return strictInEffect;
    }

    synchronized void recordLoad(Class<?> model, String relation, String site, String fix) {
        loads.computeIfAbsent(new LoadSite(model, relation, site, fix), key -> new int[1])[0]++;
    }
}
