package dev.reinhardt.middleware;

import dev.reinhardt.conf.Settings;
import dev.reinhardt.core.handlers.Handler;
import dev.reinhardt.core.handlers.Middleware;
import dev.reinhardt.core.handlers.MiddlewareNotUsed;
import dev.reinhardt.db.Connections;
import dev.reinhardt.db.backends.base.CapturedQuery;
import dev.reinhardt.db.backends.base.QueryCapture;
import dev.reinhardt.http.HttpRequest;
import dev.reinhardt.http.HttpResponse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Show each response's SQL in the browser's developer tools: when
 * {@code debug} is on, every response carries
 * {@code Server-Timing: db;dur=3.25;desc="4 queries"}, the number and total
 * driver time of the statements the request ran on all database aliases
 * (on the request's thread, so concurrent requests do not mix). When
 * {@code debug} is off it leaves the chain, so production pays nothing and
 * reveals nothing.
 *
 * <p>List it near the top of the {@code middleware} setting to count the
 * queries of the middleware below it too; an existing Server-Timing header
 * is kept and the {@code db} metric appended.
 */
public final class ServerTimingMiddleware implements Middleware {

    private final Handler next;

    public ServerTimingMiddleware(Handler next, Settings settings) {
        if (!settings.debug()) {
            throw new MiddlewareNotUsed("Server-Timing shows queries only when debug is on.");
        }
        this.next = next;
    }

    @Override
    public HttpResponse handle(HttpRequest request) {
        Connections connections = Connections.connections();
        List<QueryCapture> captures = new ArrayList<>(connections.aliases().size());
        HttpResponse response;
        try {
            for (String alias : connections.aliases()) {
                captures.add(connections.wrapper(alias).captureQueriesOnThisThread());
            }
            response = next.handle(request);
        } finally {
            captures.forEach(QueryCapture::close);
        }
        int count = 0;
        long nanos = 0;
        for (QueryCapture capture : captures) {
            for (CapturedQuery query : capture.queries()) {
                count++;
                nanos += query.duration().toNanos();
            }
        }
        String metric = String.format(Locale.ROOT, "db;dur=%.2f;desc=\"%d %s\"", nanos / 1e6, count,
                count == 1 ? "query" : "queries");
        String existing = response.header("Server-Timing");
        return response.header("Server-Timing", existing == null || existing.isBlank() ? metric : existing + ", " + metric);
    }
}
