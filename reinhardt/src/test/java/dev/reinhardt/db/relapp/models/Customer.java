package dev.reinhardt.db.relapp.models;

import dev.reinhardt.db.models.Manager;
import dev.reinhardt.db.models.Meta;
import dev.reinhardt.db.models.Model;
import dev.reinhardt.db.models.Ref;
import dev.reinhardt.db.models.Related;
import dev.reinhardt.db.models.RelatedOne;
import dev.reinhardt.db.models.fields.CharField;
import dev.reinhardt.db.models.fields.EmailField;
import dev.reinhardt.db.models.fields.ForeignKey;
import dev.reinhardt.exceptions.ObjectDoesNotExist;

import static dev.reinhardt.db.models.fields.OnDelete.SET_NULL;

@Meta(ordering = "email")
public class Customer extends Model {

    public static final Manager<Customer> objects = Manager.of(Customer.class);

    @EmailField(maxLength = 100, unique = true) public String email;
    @CharField(maxLength = 40) public String name;
    @CharField(maxLength = 2) public String country;
    @ForeignKey(onDelete = SET_NULL, nullable = true, relatedName = "customers")
    public final Ref<Region> region = new Ref<>();

    public final Related<Order> orders = new Related<>();
    public final RelatedOne<Profile> profile = new RelatedOne<>();

    public static final class DoesNotExist extends ObjectDoesNotExist {
        public DoesNotExist(String message) {
            super(Customer.class, message);
        }
    }

    public static Customer create(String email, String country, Region region) {
        Customer customer = new Customer();
        customer.email = email;
        customer.name = email.substring(0, email.indexOf('@'));
        customer.country = country;
        customer.region.set(region);
        customer.save();
        return customer;
    }
}
