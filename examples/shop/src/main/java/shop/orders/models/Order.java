package shop.orders.models;

import dev.reinhardt.db.models.Manager;
import dev.reinhardt.db.models.Model;
import dev.reinhardt.db.models.Ref;
import dev.reinhardt.db.models.Related;
import dev.reinhardt.db.models.fields.CharField;
import dev.reinhardt.db.models.fields.DateTimeField;
import dev.reinhardt.db.models.fields.ForeignKey;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static dev.reinhardt.db.models.fields.OnDelete.CASCADE;

/**
 * A customer's order: its status, when it was placed, and its
 * {@link OrderItem}s ({@code order.items}). A customer's orders are
 * {@code customer.orders}.
 */
public class Order extends Model {

    /** The statuses an order goes through. */
    public static final String NEW = "new";
    public static final String PAID = "paid";
    public static final String SHIPPED = "shipped";
    public static final String CANCELLED = "cancelled";
    public static final List<String> STATUSES = List.of(NEW, PAID, SHIPPED, CANCELLED);

    public static final Manager<Order> objects = Manager.of(Order.class);

    @CharField(maxLength = 20, dbIndex = true, choices = {NEW, PAID, SHIPPED, CANCELLED}) public String status = NEW;
    @ForeignKey(onDelete = CASCADE, relatedName = "orders")
    public final Ref<Customer> customer = new Ref<>();
    // Set when the order is made rather than by autoNowAdd, which would also overwrite the times seed_demo gives;
    // in microseconds, as the databases store it, so a saved order reads back equal.
    @DateTimeField(dbIndex = true) public Instant createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);

    public final Related<OrderItem> items = new Related<>();
}
