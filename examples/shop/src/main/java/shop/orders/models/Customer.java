package shop.orders.models;

import dev.reinhardt.db.models.Manager;
import dev.reinhardt.db.models.Model;
import dev.reinhardt.db.models.Related;
import dev.reinhardt.db.models.fields.CharField;
import dev.reinhardt.db.models.fields.EmailField;

/** Someone who buys from the shop, known by email, in a country (ISO 3166 alpha-2 code such as {@code IN}). */
public class Customer extends Model {

    public static final Manager<Customer> objects = Manager.of(Customer.class);

    @EmailField(unique = true) public String email;
    @CharField(maxLength = 2, dbIndex = true) public String country;

    public final Related<Order> orders = new Related<>();
}
