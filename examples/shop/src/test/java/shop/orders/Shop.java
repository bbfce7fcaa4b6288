package shop.orders;

import shop.orders.models.Customer;
import shop.orders.models.Order;
import shop.orders.models.OrderItem;
import shop.orders.models.Product;

import java.math.BigDecimal;
import java.time.Instant;

/** Small, hand-made rows for the orders tests: every value is known, so answers can be compared exactly. */
final class Shop {

    private Shop() {
    }

    static Customer customer(String email, String country) {
        return Customer.objects.create(customer -> {
            customer.email = email;
            customer.country = country;
        });
    }

    static Product product(String sku, String price) {
        return Product.objects.create(product -> {
            product.sku = sku;
            product.name = "Product " + sku;
            product.price = new BigDecimal(price);
        });
    }

    /** Create an order placed at {@code createdAt} with {@code lines} of product and quantity, in that order. */
    static Order order(Customer customer, String status, String createdAt, Object... lines) {
        Order order = Order.objects.create(created -> {
            created.customer.set(customer);
            created.status = status;
            created.createdAt = Instant.parse(createdAt);
        });
        for (int i = 0; i < lines.length; i += 2) {
            Product product = (Product) lines[i];
            int qty = (Integer) lines[i + 1];
            OrderItem.objects.create(item -> {
                item.order.set(order);
                item.product.set(product);
                item.qty = qty;
            });
        }
        return order;
    }
}
