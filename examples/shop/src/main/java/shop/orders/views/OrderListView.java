package shop.orders.views;

import dev.reinhardt.http.HttpRequest;
import dev.reinhardt.http.HttpResponse;
import dev.reinhardt.http.JsonResponse;
import shop.core.api.ApiView;
import shop.orders.models.Order;

import java.util.List;
import java.util.Map;

import static dev.reinhardt.urls.Urls.reverse;

/**
 * {@code /api/orders/}: the order list and placing an order.
 *
 * <p>{@code GET ?status=paid&country=IN&limit=25} answers
 * {@code {"orders": [...]}} (see {@link OrderJson}), newest first, in
 * exactly three queries whatever the limit: the orders joined with their
 * customers, their items, and the items' products.
 *
 * <p>{@code POST} places an order; see {@link NewOrder} for the body. It
 * answers 201 with the order and its URL in {@code Location}.
 */
public final class OrderListView extends ApiView {

    @Override
    protected HttpResponse get(HttpRequest request) {
        OrderListQuery query = OrderListQuery.from(request.GET());
        List<Order> orders = query.page(Order.objects.all())
                .selectRelated("customer")
                .prefetchRelated("items", "items__product")
                .list();
        return new JsonResponse(Map.of("orders", orders.stream().map(OrderJson::summary).toList()));
    }

    @Override
    protected HttpResponse post(HttpRequest request) {
        Order order = NewOrder.from(request).place();
        String location = reverse("orders:detail", Map.of("id", order.id));
        return new JsonResponse(OrderJson.detail(order), 201).header("Location", request.buildAbsoluteUri(location));
    }
}
