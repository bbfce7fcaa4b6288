package shop.users;

import dev.reinhardt.test.ReinhardtTest;
import dev.reinhardt.test.SetUpTestData;
import dev.reinhardt.test.client.Client;
import dev.reinhardt.test.client.TestResponse;
import org.junit.jupiter.api.Test;
import shop.orders.models.Customer;
import shop.orders.models.Order;
import shop.users.models.User;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET /api/users/} and {@code GET /api/users/<id>/}. */
@ReinhardtTest
class UserViewsTest {

    static User ada;
    static User ben;

    @SetUpTestData
    static void createUsers() {
        ada = User.objects.create(user -> {
            user.email = "ada@shop.example";
            user.name = "Ada";
            user.role = User.ADMIN;
        });
        ben = User.objects.create(user -> {
            user.email = "ben@shop.example";
            user.name = "Ben";
            user.isActive = false;
        });
        User.objects.create(user -> {
            user.email = "cy@shop.example";
            user.name = "Cy";
            user.role = User.SUPPORT;
        });
        Customer cy = Customer.objects.create(customer -> {
            customer.email = "cy@shop.example";
            customer.country = "FR";
        });
        Order.objects.create(order -> order.customer.set(cy));
    }

    @Test
    void theListHasTheActiveUsersByEmail(Client client) {
        TestResponse response = client.get("/api/users/");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("users").findValuesAsText("email")).containsExactly("ada@shop.example",
                "cy@shop.example");
        assertThat(response.json().get("users").get(0).toString()).isEqualTo("{\"id\":" + ada.id
                + ",\"email\":\"ada@shop.example\",\"name\":\"Ada\",\"role\":\"admin\",\"is_active\":true}");
    }

    @Test
    void roleAndWithOrdersNarrowTheList(Client client) {
        assertThat(client.get("/api/users/", Map.of("role", "admin")).json().get("users").findValuesAsText("email"))
                .containsExactly("ada@shop.example");
        assertThat(client.get("/api/users/", Map.of("with_orders", "true")).json().get("users").findValuesAsText("email"))
                .containsExactly("cy@shop.example");
    }

    @Test
    void anUnknownRoleIsABadRequestListingTheRoles(Client client) {
        TestResponse response = client.get("/api/users/", Map.of("role", "owner"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("error").asText()).isEqualTo("role must be one of admin, staff, support; got 'owner'.");
    }

    @Test
    void withOrdersTakesOnlyTrueOrFalse(Client client) {
        TestResponse response = client.get("/api/users/", Map.of("with_orders", "yes"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("error").asText()).isEqualTo("with_orders must be true or false; got 'yes'.");
    }

    @Test
    void anInactiveUserIsStillFoundById(Client client) {
        TestResponse response = client.get("/api/users/" + ben.id + "/");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("is_active").asBoolean()).isFalse();
    }

    @Test
    void aMissingUserIsNotFoundAsJson(Client client) {
        TestResponse response = client.get("/api/users/999999/");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().get("error").asText()).isEqualTo("There is no user with id 999999.");
    }

    @Test
    void postIsNotAllowed(Client client) {
        TestResponse response = client.post("/api/users/", "{}", "application/json");

        assertThat(response.status()).isEqualTo(405);
        assertThat(response.header("Allow")).isEqualTo("GET, HEAD, OPTIONS");
    }
}
