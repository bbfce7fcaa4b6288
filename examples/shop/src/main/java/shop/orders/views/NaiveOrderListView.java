package shop.orders.views;

import dev.reinhardt.http.HttpRequest;
import dev.reinhardt.http.HttpResponse;
import dev.reinhardt.http.JsonResponse;
import dev.reinhardt.views.QueryBudget;
import shop.core.api.ApiView;
import shop.orders.models.Order;

import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/orders-naive/?status=paid&limit=25}: the same answer as
 * {@link OrderListView}, written the naive way, with plain loops over
 * {@code order.customer} and {@code order.items} and no
 * {@code selectRelated} or {@code prefetchRelated}.
 *
 * <p>It stays fast because the ORM fetches a relation for all the orders a
 * query loaded (their peers) the first time one of them reads it, and joins
 * the non-nullable keys of the items it loads that way: one query for the
 * orders, one for all their customers and one for all their items with their
 * products, whatever the limit, where the textbook N+1 would run
 * {@code 1 + 2 × limit + 3 × limit} queries. The query count is in the
 * {@code Server-Timing} header when {@code debug} is on, and
 * {@link QueryBudget} makes a fourth query an error in {@code debug} and in
 * tests (a logged warning in production).
 */
@QueryBudget(3)
public final class NaiveOrderListView extends ApiView {

    @Override
    protected HttpResponse get(HttpRequest request) {
        OrderListQuery query = OrderListQuery.from(request.GET());
        List<Order> orders = query.page(Order.objects.all()).list();
        return new JsonResponse(Map.of("orders", orders.stream().map(OrderJson::summary).toList()));
    }
}
