package shop.orders.views;

import dev.reinhardt.http.HttpRequest;
import dev.reinhardt.http.HttpResponse;
import dev.reinhardt.http.JsonResponse;
import dev.reinhardt.views.QueryBudget;
import shop.core.api.ApiError;
import shop.core.api.ApiView;
import shop.orders.models.Order;

/**
 * {@code GET /api/orders/<id>/}: one order with its status (see
 * {@link OrderJson#detail}), or a 404 JSON answer when there is none; in
 * three queries: the order with its customer, its items, their products.
 */
@QueryBudget(3)
public final class OrderDetailView extends ApiView {

    @Override
    protected HttpResponse get(HttpRequest request) {
        int id = request.resolverMatch().kwarg("id", Integer.class);
        Order order = Order.objects.all().selectRelated("customer").prefetchRelated("items__product")
                .filter("id", id).first()
                .orElseThrow(() -> ApiError.notFound("There is no order with id " + id + "."));
        return new JsonResponse(OrderJson.detail(order));
    }
}
