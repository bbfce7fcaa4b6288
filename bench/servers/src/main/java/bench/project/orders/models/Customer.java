package bench.project.orders.models;

import dev.reinhardt.db.models.Manager;
import dev.reinhardt.db.models.Model;
import dev.reinhardt.db.models.fields.CharField;
import dev.reinhardt.db.models.fields.EmailField;

/** Someone who buys from the shop. */
public class Customer extends Model {

    public static final Manager<Customer> objects = Manager.of(Customer.class);

    @EmailField(unique = true) public String email;
    @CharField(maxLength = 2, dbIndex = true) public String country;
}
