package shop.orders;

import dev.reinhardt.urls.UrlConf;
import dev.reinhardt.urls.UrlPattern;
import shop.orders.views.NaiveOrderListView;
import shop.orders.views.OrderDetailView;
import shop.orders.views.OrderListView;

import java.util.List;

import static dev.reinhardt.urls.Urls.path;
import static dev.reinhardt.views.generic.ClassBasedView.asView;

/**
 * The orders app's URLs, included under {@code api/} in namespace
 * {@code orders}: reverse them as {@code reverse("orders:<name>")}.
 */
public final class Urls implements UrlConf {

    @Override
    public List<UrlPattern> urlpatterns() {
        return List.of(
                path("orders/", asView(OrderListView.class), "list"),
                path("orders/<int:id>/", asView(OrderDetailView.class), "detail"),
                path("orders-naive/", asView(NaiveOrderListView.class), "naive-list"));
    }

    @Override
    public String appName() {
        return "orders";
    }
}
