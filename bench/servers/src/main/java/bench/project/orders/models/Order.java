package bench.project.orders.models;

import dev.reinhardt.db.models.Manager;
import dev.reinhardt.db.models.Model;
import dev.reinhardt.db.models.Ref;
import dev.reinhardt.db.models.Related;
import dev.reinhardt.db.models.fields.CharField;
import dev.reinhardt.db.models.fields.DateTimeField;
import dev.reinhardt.db.models.fields.ForeignKey;

import java.time.Instant;

import static dev.reinhardt.db.models.fields.OnDelete.CASCADE;

/** A customer's order, with its {@link OrderItem}s as {@code order.items}. */
public class Order extends Model {

    public static final Manager<Order> objects = Manager.of(Order.class);

    @CharField(maxLength = 20, dbIndex = true) public String status;
    @ForeignKey(onDelete = CASCADE, relatedName = "orders")
    public final Ref<Customer> customer = new Ref<>();
    @DateTimeField(dbIndex = true) public Instant createdAt;

    public final Related<OrderItem> items = new Related<>();
}
