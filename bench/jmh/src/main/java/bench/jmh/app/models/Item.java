package bench.jmh.app.models;

import dev.reinhardt.db.models.Manager;
import dev.reinhardt.db.models.Meta;
import dev.reinhardt.db.models.Model;
import dev.reinhardt.db.models.fields.BooleanField;
import dev.reinhardt.db.models.fields.CharField;
import dev.reinhardt.db.models.fields.FloatField;
import dev.reinhardt.db.models.fields.IntegerField;

/** A row of typical shape: text, integer, float and boolean columns besides the implicit id. */
@Meta(dbTable = "bench_item")
public class Item extends Model {

    public static final Manager<Item> objects = Manager.of(Item.class);

    @CharField(maxLength = 100)
    public String name;

    @IntegerField
    public int quantity;

    @FloatField
    public double price;

    @BooleanField
    public boolean active;
}
