package shop.orders.views;

import shop.orders.models.Order;
import shop.orders.models.OrderItem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON shape of an order: {@code {"id", "created_at" (ISO-8601, UTC),
 * "customer" (email), "items": [{"sku", "qty"}]}}. Reads
 * {@code order.customer} and {@code order.items} (and each item's product):
 * load them with the orders, or the ORM fetches them for all the orders of
 * the same query at once.
 */
final class OrderJson {

    private OrderJson() {
    }

    /** Return the order as the lists show it. */
    static Map<String, Object> summary(Order order) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", order.id);
        json.put("created_at", order.createdAt.toString());
        json.put("customer", order.customer.get().email);
        json.put("items", items(order));
        return json;
    }

    /** Return the order as its own page shows it: the summary and the status. */
    static Map<String, Object> detail(Order order) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", order.id);
        json.put("created_at", order.createdAt.toString());
        json.put("status", order.status);
        json.put("customer", order.customer.get().email);
        json.put("items", items(order));
        return json;
    }

    private static List<Map<String, Object>> items(Order order) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (OrderItem item : order.items) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("sku", item.product.get().sku);
            json.put("qty", item.qty);
            items.add(json);
        }
        return items;
    }
}
