package shop.orders;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.reinhardt.test.ReinhardtTest;
import dev.reinhardt.test.SetUpTestData;
import dev.reinhardt.test.client.Client;
import dev.reinhardt.test.client.TestResponse;
import org.junit.jupiter.api.Test;
import shop.orders.models.Customer;
import shop.orders.models.Order;

import static dev.reinhardt.test.TestCase.assertNumQueries;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET /api/orders/<id>/}. */
@ReinhardtTest
class OrderDetailViewTest {

    static Order order;

    @SetUpTestData
    static void createOrder() {
        Customer cid = Shop.customer("cid@example.com", "DE");
        order = Shop.order(cid, "shipped", "2025-05-06T07:08:09Z", Shop.product("DESK-9", "120.00"), 1,
                Shop.product("CHAIR-4", "80.00"), 4);
    }

    @Test
    void anOrderIsAnsweredWithItsStatusCustomerAndItems(Client client) throws Exception {
        TestResponse response = assertNumQueries(3, () -> client.get("/api/orders/" + order.id + "/"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json()).isEqualTo(new ObjectMapper().readTree("""
                {"id": %d, "created_at": "2025-05-06T07:08:09Z", "status": "shipped", "customer": "cid@example.com",
                 "items": [{"sku": "DESK-9", "qty": 1}, {"sku": "CHAIR-4", "qty": 4}]}""".formatted(order.id)));
    }

    @Test
    void anOrderThatDoesNotExistIsNotFoundAsJson(Client client) {
        TestResponse response = client.get("/api/orders/" + (order.id + 1000) + "/");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.header("Content-Type")).isEqualTo("application/json");
        assertThat(response.json().get("error").asText()).isEqualTo("There is no order with id " + (order.id + 1000) + ".");
    }

    @Test
    void anIdThatIsNotANumberMatchesNoUrl(Client client) {
        assertThat(client.get("/api/orders/abc/").status()).isEqualTo(404);
    }

    @Test
    void theUrlIsReversedByName() {
        assertThat(dev.reinhardt.urls.Urls.reverse("orders:detail", java.util.Map.of("id", 7))).isEqualTo("/api/orders/7/");
    }
}
