package shop.orders;

import dev.reinhardt.urls.UrlConf;
import dev.reinhardt.urls.UrlPattern;

import java.util.List;

/**
 * The orders app's URLs, included under {@code api/orders/} in namespace
 * {@code orders}: reverse them as {@code reverse("orders:<name>")}. The
 * order API is listed here as its views are written.
 */
public final class Urls implements UrlConf {

    @Override
    public List<UrlPattern> urlpatterns() {
        return List.of();
    }

    @Override
    public String appName() {
        return "orders";
    }
}
