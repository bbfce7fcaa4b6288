package shop.orders.views;

import com.fasterxml.jackson.databind.JsonNode;
import dev.reinhardt.db.transaction.Transaction;
import dev.reinhardt.http.HttpRequest;
import dev.reinhardt.http.QueryDict;
import shop.core.api.ApiError;
import shop.orders.models.Customer;
import shop.orders.models.Order;
import shop.orders.models.OrderItem;
import shop.orders.models.Product;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An order a client asked to place, checked field by field, so that every
 * mistake is a 400 saying which field is wrong and what it should be.
 *
 * <p>The body is JSON, {@code {"customer": "<email>", "items": [{"sku":
 * "<sku>", "qty": 2}]}}, or a form (url-encoded or multipart, as an HTML
 * form sends it) with a {@code customer} field and repeated {@code sku} and
 * {@code qty} fields, paired in order. The customer and every sku must
 * exist; each quantity is a whole number from 1 to {@value #MAX_QTY}; an
 * order has 1 to {@value #MAX_ITEMS} items.
 */
record NewOrder(String customer, List<Line> lines) {

    static final int MAX_ITEMS = 100;
    static final int MAX_QTY = 1000;

    private static final String SHAPE = "{\"customer\": \"<email>\", \"items\": [{\"sku\": \"<sku>\", \"qty\": 1}]}";

    /** One requested line: {@code where} names it in messages, such as {@code items[2]}. */
    record Line(String sku, int qty, String where) {
    }

    /** Read the order from the request's body. */
    static NewOrder from(HttpRequest request) {
        String type = request.contentType() == null ? ""
                : request.contentType().split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return switch (type) {
            case "", "application/json" -> fromJson(request.json());
            case "application/x-www-form-urlencoded", "multipart/form-data" -> fromForm(request.POST());
            default -> throw new ApiError(415, "Content type '" + type + "' is not accepted. Send the order as JSON "
                    + "(Content-Type: application/json), " + SHAPE + ", or as a form.");
        };
    }

    private static NewOrder fromJson(JsonNode body) {
        if (!body.isObject()) {
            throw ApiError.badRequest("The body must be a JSON object: " + SHAPE + ".");
        }
        JsonNode customer = body.get("customer");
        if (customer == null || !customer.isTextual() || customer.asText().isBlank()) {
            throw ApiError.badRequest("customer is required: the email of an existing customer, as a string.");
        }
        JsonNode items = body.get("items");
        if (items == null || !items.isArray()) {
            throw ApiError.badRequest("items is required: a list of {\"sku\": \"<sku>\", \"qty\": <number>}.");
        }
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            String where = "items[" + i + "]";
            if (!item.isObject()) {
                throw ApiError.badRequest(where + " must be an object: {\"sku\": \"<sku>\", \"qty\": <number>}.");
            }
            JsonNode sku = item.get("sku");
            if (sku == null || !sku.isTextual() || sku.asText().isBlank()) {
                throw ApiError.badRequest(where + ".sku is required: the sku of a product, as a string.");
            }
            JsonNode qty = item.get("qty");
            if (qty == null || !qty.canConvertToInt() || !qty.isIntegralNumber()) {
                throw ApiError.badRequest(where + ".qty must be a whole number from 1 to " + MAX_QTY + "; got "
                        + (qty == null ? "nothing" : qty.toString()) + ".");
            }
            lines.add(line(sku.asText(), qty.asInt(), where));
        }
        return checked(customer.asText(), lines);
    }

    private static NewOrder fromForm(QueryDict form) {
        String customer = form.get("customer");
        if (customer == null || customer.isBlank()) {
            throw ApiError.badRequest("customer is required: the email of an existing customer.");
        }
        List<String> skus = form.getList("sku");
        List<String> quantities = form.getList("qty");
        if (skus.size() != quantities.size()) {
            throw ApiError.badRequest("Send one qty field for each sku field; got " + skus.size() + " sku and "
                    + quantities.size() + " qty fields.");
        }
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < skus.size(); i++) {
            String where = "item " + (i + 1);
            int qty;
            try {
                qty = Integer.parseInt(quantities.get(i).strip());
            } catch (NumberFormatException e) {
                throw ApiError.badRequest(where + ": qty must be a whole number from 1 to " + MAX_QTY + "; got '"
                        + quantities.get(i) + "'.");
            }
            lines.add(line(skus.get(i), qty, where));
        }
        return checked(customer, lines);
    }

    private static Line line(String sku, int qty, String where) {
        if (qty < 1 || qty > MAX_QTY) {
            throw ApiError.badRequest(where + ": qty must be a whole number from 1 to " + MAX_QTY + "; got " + qty + ".");
        }
        return new Line(sku.strip(), qty, where);
    }

    private static NewOrder checked(String customer, List<Line> lines) {
        if (lines.isEmpty()) {
            throw ApiError.badRequest("An order needs at least one item; items is empty.");
        }
        if (lines.size() > MAX_ITEMS) {
            throw ApiError.badRequest("An order has at most " + MAX_ITEMS + " items; got " + lines.size() + ".");
        }
        return new NewOrder(customer.strip(), List.copyOf(lines));
    }

    /**
     * Save the order and its items in one transaction, after checking that
     * the customer and every sku exist.
     *
     * @throws ApiError 400 naming an unknown customer or sku
     */
    Order place() {
        return Transaction.atomic(() -> {
            Customer buyer = Customer.objects.filter("email", customer).first()
                    .orElseThrow(() -> ApiError.badRequest("Unknown customer '" + customer
                            + "'. Use the email of an existing customer."));
            Set<String> skus = lines.stream().map(Line::sku).collect(Collectors.toCollection(LinkedHashSet::new));
            Map<String, Product> products = Product.objects.filter("sku__in", skus).list().stream()
                    .collect(Collectors.toMap(product -> product.sku, Function.identity()));
            for (Line line : lines) {
                if (!products.containsKey(line.sku())) {
                    throw ApiError.badRequest("Unknown sku '" + line.sku() + "' in " + line.where()
                            + ". Use the sku of an existing product.");
                }
            }
            Order order = new Order();
            order.customer.set(buyer);
            order.save();
            List<OrderItem> items = new ArrayList<>();
            for (Line line : lines) {
                OrderItem item = new OrderItem();
                item.order.set(order);
                item.product.set(products.get(line.sku()));
                item.qty = line.qty();
                items.add(item);
            }
            OrderItem.objects.bulkCreate(items);
            return order;
        });
    }
}
