package bench.project.orders.models;

import dev.reinhardt.db.models.Manager;
import dev.reinhardt.db.models.Meta;
import dev.reinhardt.db.models.Model;
import dev.reinhardt.db.models.Ref;
import dev.reinhardt.db.models.fields.ForeignKey;
import dev.reinhardt.db.models.fields.PositiveIntegerField;

import static dev.reinhardt.db.models.fields.OnDelete.CASCADE;
import static dev.reinhardt.db.models.fields.OnDelete.PROTECT;

/** One line of an order: a quantity of a product. */
@Meta(ordering = "id")
public class OrderItem extends Model {

    public static final Manager<OrderItem> objects = Manager.of(OrderItem.class);

    @ForeignKey(onDelete = CASCADE, relatedName = "items")
    public final Ref<Order> order = new Ref<>();
    @ForeignKey(onDelete = PROTECT, relatedName = "orderItems")
    public final Ref<Product> product = new Ref<>();
    @PositiveIntegerField public Integer qty;
}
