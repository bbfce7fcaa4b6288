package bench.project.orders.models;

import dev.reinhardt.db.models.Manager;
import dev.reinhardt.db.models.Model;
import dev.reinhardt.db.models.fields.CharField;
import dev.reinhardt.db.models.fields.DecimalField;

import java.math.BigDecimal;

/** Something the shop sells, known by its stock-keeping unit. */
public class Product extends Model {

    public static final Manager<Product> objects = Manager.of(Product.class);

    @CharField(maxLength = 32, unique = true) public String sku;
    @CharField(maxLength = 200) public String name;
    @DecimalField(maxDigits = 10, decimalPlaces = 2) public BigDecimal price;
}
