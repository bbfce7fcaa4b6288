package shop.orders;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.reinhardt.test.ReinhardtTest;
import dev.reinhardt.test.SetUpTestData;
import dev.reinhardt.test.client.Client;
import dev.reinhardt.test.client.TestResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import shop.orders.models.Customer;
import shop.orders.models.Order;
import shop.orders.models.Product;

import java.util.Map;

import static dev.reinhardt.test.TestCase.assertNumQueries;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET /api/orders/} and {@code GET /api/orders-naive/}: filters, order, JSON and errors. */
@ReinhardtTest
class OrderListViewTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static Order annFirst;
    static Order bobPaid;
    static Order annNew;
    static Order annLatest;

    @SetUpTestData
    static void createOrders() {
        Customer ann = Shop.customer("ann@example.com", "IN");
        Customer bob = Shop.customer("bob@example.com", "US");
        Product lamp = Shop.product("LAMP-1", "19.90");
        Product mug = Shop.product("MUG-2", "7.50");
        Product pen = Shop.product("PEN-3", "1.20");
        annFirst = Shop.order(ann, "paid", "2025-03-01T10:00:00Z", lamp, 2, mug, 1);
        bobPaid = Shop.order(bob, "paid", "2025-03-02T10:00:00Z", pen, 5);
        annNew = Shop.order(ann, "new", "2025-03-03T10:00:00Z", mug, 1);
        annLatest = Shop.order(ann, "paid", "2025-03-04T10:30:15.250Z", pen, 1, lamp, 3);
    }

    static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }

    @Test
    void paidOrdersOfOneCountryComeNewestFirstWithCustomerAndItems(Client client) throws Exception {
        TestResponse response = client.get("/api/orders/", Map.of("status", "paid", "country", "IN", "limit", "25"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).isEqualTo("application/json");
        assertThat(response.json()).isEqualTo(json("""
                {"orders": [
                  {"id": %d, "created_at": "2025-03-04T10:30:15.250Z", "customer": "ann@example.com",
                   "items": [{"sku": "PEN-3", "qty": 1}, {"sku": "LAMP-1", "qty": 3}]},
                  {"id": %d, "created_at": "2025-03-01T10:00:00Z", "customer": "ann@example.com",
                   "items": [{"sku": "LAMP-1", "qty": 2}, {"sku": "MUG-2", "qty": 1}]}
                ]}""".formatted(annLatest.id, annFirst.id)));
    }

    @Test
    void withoutFiltersEveryOrderIsListed(Client client) {
        JsonNode orders = client.get("/api/orders/").json().get("orders");

        assertThat(orders.findValuesAsText("id")).containsExactly(
                String.valueOf(annLatest.id), String.valueOf(annNew.id), String.valueOf(bobPaid.id),
                String.valueOf(annFirst.id));
    }

    @Test
    void theCountryMayBeGivenInLowerCase(Client client) {
        JsonNode orders = client.get("/api/orders/", Map.of("country", "us")).json().get("orders");

        assertThat(orders).hasSize(1);
        assertThat(orders.get(0).get("customer").asText()).isEqualTo("bob@example.com");
    }

    @Test
    void theLimitCutsTheListAfterTheNewest(Client client) {
        JsonNode orders = client.get("/api/orders/", Map.of("limit", "2")).json().get("orders");

        assertThat(orders.findValuesAsText("id")).containsExactly(String.valueOf(annLatest.id), String.valueOf(annNew.id));
    }

    @Test
    void aStatusWithoutOrdersGivesAnEmptyList(Client client) {
        assertThat(client.get("/api/orders/", Map.of("status", "cancelled")).json())
                .isEqualTo(JSON.createObjectNode().set("orders", JSON.createArrayNode()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "101", "-5", "ten", "", "2.5", "99999999999"})
    void aLimitOutsideOneToAHundredIsABadRequestSayingWhatIsAllowed(String limit, Client client) {
        TestResponse response = client.get("/api/orders/", Map.of("limit", limit));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("error").asText())
                .isEqualTo("limit must be a whole number from 1 to 100; got '" + limit + "'.");
        assertThat(response.json().get("status").asInt()).isEqualTo(400);
    }

    @Test
    void anUnknownStatusIsABadRequestListingTheStatuses(Client client) {
        TestResponse response = client.get("/api/orders/", Map.of("status", "payed"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("error").asText())
                .isEqualTo("status must be one of new, paid, shipped, cancelled; got 'payed'.");
    }

    @Test
    void aCountryThatIsNotATwoLetterCodeIsABadRequest(Client client) {
        TestResponse response = client.get("/api/orders/", Map.of("country", "India"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("error").asText())
                .isEqualTo("country must be a two-letter country code such as IN; got 'India'.");
    }

    @Test
    void theListTakesThreeQueries(Client client) {
        TestResponse response = assertNumQueries(3, () -> client.get("/api/orders/", Map.of("status", "paid")));

        assertThat(response.json().get("orders")).hasSize(3);
    }

    @Test
    void theNaiveListAnswersTheSameJson(Client client) {
        for (Map<String, String> query : java.util.List.of(Map.<String, String>of(), Map.of("status", "paid"),
                Map.of("status", "paid", "country", "IN", "limit", "1"))) {
            assertThat(client.get("/api/orders-naive/", query).json())
                    .as("%s", query).isEqualTo(client.get("/api/orders/", query).json());
        }
    }

    @Test
    void theNaiveListChecksItsParametersToo(Client client) {
        TestResponse response = client.get("/api/orders-naive/", Map.of("limit", "500"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("error").asText()).isEqualTo("limit must be a whole number from 1 to 100; got '500'.");
    }

    @Test
    void deleteIsNotAllowedAndTheAnswerSaysWhatIs(Client client) {
        TestResponse response = client.delete("/api/orders/");

        assertThat(response.status()).isEqualTo(405);
        assertThat(response.header("Allow")).isEqualTo("GET, POST, HEAD, OPTIONS");
        assertThat(response.json().get("error").asText()).isEqualTo(
                "Method DELETE is not allowed on /api/orders/. Allowed methods: GET, POST, HEAD, OPTIONS.");
    }
}
