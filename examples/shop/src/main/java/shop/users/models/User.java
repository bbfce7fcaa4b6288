package shop.users.models;

import dev.reinhardt.db.models.BaseManager;
import dev.reinhardt.db.models.BaseQuerySet;
import dev.reinhardt.db.models.Model;
import dev.reinhardt.db.models.QuerySetMethods;
import dev.reinhardt.db.models.QuerySetState;
import dev.reinhardt.db.models.fields.BooleanField;
import dev.reinhardt.db.models.fields.CharField;
import dev.reinhardt.db.models.fields.EmailField;
import shop.orders.models.Customer;

import java.util.List;

/**
 * A person who works on the shop: staff with a role. {@code objects} sees
 * every user, {@code active} only those whose account is active; both answer
 * the {@link UserQueries} methods and return {@link UserQuerySet}s that do
 * too, so {@code User.active.admins()} and {@code User.objects.withOrders().admins()} chain.
 */
public class User extends Model {

    /** The roles a user may have. */
    public static final String ADMIN = "admin";
    public static final String STAFF = "staff";
    public static final String SUPPORT = "support";
    public static final List<String> ROLES = List.of(ADMIN, STAFF, SUPPORT);

    public static final UserManager objects = new UserManager();
    public static final ActiveManager active = new ActiveManager();

    @EmailField(unique = true) public String email;
    @CharField(maxLength = 100) public String name;
    @CharField(maxLength = 20, choices = {ADMIN, STAFF, SUPPORT}) public String role = STAFF;
    @BooleanField public Boolean isActive = true;

    /** The queries users are found by, callable on both managers and on every queryset they return. */
    public interface UserQueries extends QuerySetMethods<User, UserQuerySet> {

        /** Return the users with the admin role. */
        default UserQuerySet admins() {
            return filter("role", ADMIN);
        }

        /** Return the users who have also ordered from the shop: a customer with their email has an order. */
        default UserQuerySet withOrders() {
            return filter("email__in", Customer.objects.filter("orders__isnull", false).valuesListFlat("email", String.class));
        }
    }

    /** The queryset of users. */
    public static final class UserQuerySet extends BaseQuerySet<User, UserQuerySet> implements UserQueries {

        public UserQuerySet(QuerySetState<User> state) {
            super(state, UserQuerySet::new);
        }
    }

    /** The manager of every user. */
    public static class UserManager extends BaseManager<User, UserQuerySet> implements UserQueries {

        UserManager() {
            super(User.class, UserQuerySet::new);
        }
    }

    /** The manager of active users only (Django's custom manager overriding {@code get_queryset}). */
    public static final class ActiveManager extends UserManager {

        @Override
        public UserQuerySet getQuerySet() {
            return super.getQuerySet().filter("isActive", true);
        }
    }
}
