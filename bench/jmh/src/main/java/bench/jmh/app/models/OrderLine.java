package bench.jmh.app.models;

import dev.reinhardt.db.models.Manager;
import dev.reinhardt.db.models.Meta;
import dev.reinhardt.db.models.Model;
import dev.reinhardt.db.models.Ref;
import dev.reinhardt.db.models.fields.FloatField;
import dev.reinhardt.db.models.fields.ForeignKey;
import dev.reinhardt.db.models.fields.IntegerField;
import dev.reinhardt.db.models.fields.OnDelete;

/** A row with a foreign key to its parent {@link Order}, as an order's items are. */
@Meta(dbTable = "bench_order_line")
public class OrderLine extends Model {

    public static final Manager<OrderLine> objects = Manager.of(OrderLine.class);

    @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "lines")
    public final Ref<Order> order = new Ref<>();

    @IntegerField
    public int quantity;

    @FloatField
    public double price;
}
