package bench.project.config;

import bench.project.orders.OrderViews;
import bench.project.world.Views;
import dev.reinhardt.urls.UrlConf;
import dev.reinhardt.urls.UrlPattern;

import java.util.List;

import static dev.reinhardt.urls.Urls.path;

/** The root urlconf of the benchmark project. */
public final class BenchUrls implements UrlConf {

    @Override
    public List<UrlPattern> urlpatterns() {
        return List.of(
                path("plaintext", Views::plaintext, "plaintext"),
                path("json", Views::json, "json"),
                path("db", Views::db, "db"),
                path("queries", Views::queries, "queries"),
                path("updates", Views::updates, "updates"),
                path("api/orders/", OrderViews::list, "orders"));
    }
}
