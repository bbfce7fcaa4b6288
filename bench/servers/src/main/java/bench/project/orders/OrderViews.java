package bench.project.orders;

import bench.project.orders.models.Order;
import bench.project.orders.models.OrderItem;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.reinhardt.db.models.QuerySet;
import dev.reinhardt.http.HttpRequest;
import dev.reinhardt.http.HttpResponse;
import dev.reinhardt.http.JsonResponse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The shop's order list, written as a Reinhardt user writes it. */
public final class OrderViews {

    /** An order as the list shows it. */
    public record OrderSummary(long id, @JsonProperty("created_at") String createdAt, String customer,
                               List<Line> items) {
    }

    /** One item of an order: the product's SKU and the quantity. */
    public record Line(String sku, int qty) {
    }

    private OrderViews() {
    }

    /**
     * {@code /api/orders/?status=paid&limit=25}: the newest orders (with the
     * status, when given), each with its customer's email and its items, in
     * three queries: the orders joined with their customers, their items,
     * and the items' products.
     */
    public static HttpResponse list(HttpRequest request) {
        QuerySet<Order> orders = Order.objects.all();
        String status = request.GET().get("status");
        if (status != null) {
            orders = orders.filter("status", status);
        }
        List<Order> page = orders.orderBy("-createdAt", "-id")
                .slice(0, limit(request.GET().get("limit")))
                .selectRelated("customer")
                .prefetchRelated("items", "items__product")
                .list();
        List<OrderSummary> summaries = new ArrayList<>(page.size());
        for (Order order : page) {
            List<Line> lines = new ArrayList<>(3);
            for (OrderItem item : order.items) {
                lines.add(new Line(item.product.get().sku, item.qty));
            }
            summaries.add(new OrderSummary(order.id, order.createdAt.toString(), order.customer.get().email, lines));
        }
        return new JsonResponse(Map.of("orders", summaries));
    }

    /** Return the {@code limit} parameter clamped to 1..100; 25 when missing or not a number. */
    private static int limit(String value) {
        if (value == null) {
            return 25;
        }
        try {
            return Math.clamp(Integer.parseInt(value), 1, 100);
        } catch (NumberFormatException e) {
            return 25;
        }
    }
}
