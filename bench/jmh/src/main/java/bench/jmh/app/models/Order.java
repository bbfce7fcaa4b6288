package bench.jmh.app.models;

import dev.reinhardt.db.models.Manager;
import dev.reinhardt.db.models.Meta;
import dev.reinhardt.db.models.Model;
import dev.reinhardt.db.models.fields.CharField;
import dev.reinhardt.db.models.fields.IntegerField;

/** The parent row that {@link OrderLine}s refer to. */
@Meta(dbTable = "bench_order")
public class Order extends Model {

    public static final Manager<Order> objects = Manager.of(Order.class);

    @CharField(maxLength = 100)
    public String customer;

    @IntegerField
    public int number;
}
