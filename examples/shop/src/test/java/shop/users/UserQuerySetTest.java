package shop.users;

import dev.reinhardt.test.ReinhardtTest;
import dev.reinhardt.test.SetUpTestData;
import org.junit.jupiter.api.Test;
import shop.orders.models.Customer;
import shop.orders.models.Order;
import shop.users.models.User;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The users' managers and queryset methods. */
@ReinhardtTest
class UserQuerySetTest {

    @SetUpTestData
    static void createUsers() {
        user("ada@shop.example", User.ADMIN, true);
        user("ben@shop.example", User.ADMIN, false);
        user("cy@shop.example", User.STAFF, true);
        user("dee@shop.example", User.SUPPORT, true);
        Customer ada = Customer.objects.create(customer -> {
            customer.email = "ada@shop.example";
            customer.country = "GB";
        });
        Customer.objects.create(customer -> {
            customer.email = "cy@shop.example";
            customer.country = "GB";
        });
        Order.objects.create(order -> order.customer.set(ada));
        Order.objects.create(order -> order.customer.set(ada));
    }

    static void user(String email, String role, boolean active) {
        User.objects.create(user -> {
            user.email = email;
            user.name = email.substring(0, email.indexOf('@'));
            user.role = role;
            user.isActive = active;
        });
    }

    static List<String> emails(User.UserQuerySet users) {
        return users.orderBy("email").valuesListFlat("email", String.class).list();
    }

    @Test
    void theActiveManagerLeavesOutInactiveUsers() {
        assertThat(emails(User.active.all())).containsExactly("ada@shop.example", "cy@shop.example", "dee@shop.example");
        assertThat(User.objects.count()).isEqualTo(4);
    }

    @Test
    void adminsChainOnEitherManager() {
        assertThat(emails(User.objects.all().admins())).containsExactly("ada@shop.example", "ben@shop.example");
        assertThat(emails(User.active.all().admins())).containsExactly("ada@shop.example");
    }

    @Test
    void theQuerySetMethodsAreCallableOnTheManagersThemselves() {
        assertThat(emails(User.objects.admins())).containsExactly("ada@shop.example", "ben@shop.example");
        assertThat(emails(User.active.admins())).containsExactly("ada@shop.example");
        assertThat(emails(User.active.withOrders().admins())).containsExactly("ada@shop.example");
    }

    @Test
    void withOrdersKeepsUsersWhoseEmailHasOrderedOnceEach() {
        assertThat(emails(User.objects.all().withOrders())).containsExactly("ada@shop.example");
        assertThat(emails(User.active.all().withOrders().admins())).containsExactly("ada@shop.example");
    }

    @Test
    void aNewUserIsActiveStaffByDefault() {
        User user = User.objects.create(created -> {
            created.email = "new@shop.example";
            created.name = "New";
        });

        user.refreshFromDb();
        assertThat(user.role).isEqualTo(User.STAFF);
        assertThat(user.isActive).isTrue();
    }

    @Test
    void anUnknownRoleFailsValidationNamingTheValue() {
        User user = new User();
        user.email = "x@shop.example";
        user.name = "X";
        user.role = "owner";

        org.assertj.core.api.Assertions.assertThatThrownBy(user::fullClean).hasMessageContaining("Value 'owner' is not a valid choice.");
    }
}
