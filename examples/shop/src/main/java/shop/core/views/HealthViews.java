package shop.core.views;

import dev.reinhardt.Reinhardt;
import dev.reinhardt.db.Connections;
import dev.reinhardt.db.backends.base.Sql;
import dev.reinhardt.http.HttpRequest;
import dev.reinhardt.http.HttpResponse;
import dev.reinhardt.http.JsonResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The health checks load balancers and monitors probe. Answers are JSON and
 * never cached; a failing database is logged here and reported without its
 * error text, which could tell an outsider about the infrastructure.
 */
public final class HealthViews {

    private static final Logger LOG = LoggerFactory.getLogger(HealthViews.class);

    private HealthViews() {
    }

    /** Answer {@code {"status": "ok", "version": "<Reinhardt version>"}} while the shop serves requests. */
    public static HttpResponse health(HttpRequest request) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "ok");
        body.put("version", Reinhardt.version());
        return noStore(new JsonResponse(body));
    }

    /** Run {@code SELECT 1} on the database alias in the URL: 200 when it answers, 503 when not, 404 for no such alias. */
    public static HttpResponse database(HttpRequest request) {
        String alias = request.resolverMatch().kwarg("alias", String.class);
        Connections connections = Connections.connections();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("alias", alias);
        if (!connections.aliases().contains(alias)) {
            body.put("status", "unknown");
            body.put("error", "No database alias '" + alias + "'. Configured aliases: "
                    + String.join(", ", connections.aliases()) + ".");
            return noStore(new JsonResponse(body, 404));
        }
        try {
            connections.wrapper(alias).query(Sql.of("SELECT 1"), rs -> rs.getInt(1));
        } catch (RuntimeException e) {
            LOG.error("The health check of database '{}' failed", alias, e);
            body.put("status", "unavailable");
            return noStore(new JsonResponse(body, 503));
        }
        body.put("status", "ok");
        body.put("vendor", connections.wrapper(alias).vendor());
        return noStore(new JsonResponse(body));
    }

    private static HttpResponse noStore(HttpResponse response) {
        return response.header("Cache-Control", "no-store");
    }
}
