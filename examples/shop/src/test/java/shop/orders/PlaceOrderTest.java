package shop.orders;

import dev.reinhardt.test.ReinhardtTest;
import dev.reinhardt.test.SetUpTestData;
import dev.reinhardt.test.client.Client;
import dev.reinhardt.test.client.TestResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import shop.orders.models.Order;
import shop.orders.models.OrderItem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code POST /api/orders/}: placing an order from JSON or a form, and every way of getting it wrong. */
@ReinhardtTest
class PlaceOrderTest {

    @SetUpTestData
    static void createCustomerAndProducts() {
        Shop.customer("ann@example.com", "IN");
        Shop.product("LAMP-1", "19.90");
        Shop.product("MUG-2", "7.50");
    }

    static TestResponse post(Client client, String json) {
        return client.post("/api/orders/", json, "application/json");
    }

    @Test
    void aJsonOrderIsCreatedAndAnsweredWithItsUrl(Client client) {
        TestResponse response = post(client, """
                {"customer": "ann@example.com", "items": [{"sku": "MUG-2", "qty": 2}, {"sku": "LAMP-1", "qty": 1}]}""");

        assertThat(response.status()).as(response.text()).isEqualTo(201);
        Order order = Order.objects.get("customer__email", "ann@example.com");
        assertThat(response.header("Location")).isEqualTo("http://testserver/api/orders/" + order.id + "/");
        assertThat(response.json().get("id").asLong()).isEqualTo(order.id);
        assertThat(response.json().get("status").asText()).isEqualTo("new");
        assertThat(response.json().get("customer").asText()).isEqualTo("ann@example.com");
        assertThat(response.json().get("items").toString())
                .isEqualTo("[{\"sku\":\"MUG-2\",\"qty\":2},{\"sku\":\"LAMP-1\",\"qty\":1}]");
        assertThat(OrderItem.objects.filter("order", order.id).valuesListFlat("qty", Integer.class).list())
                .containsExactly(2, 1);
        assertThat(client.get(response.header("Location").substring("http://testserver".length())).json())
                .isEqualTo(response.json());
    }

    @Test
    void theNewOrderIsFirstInTheList(Client client) {
        long id = post(client, "{\"customer\": \"ann@example.com\", \"items\": [{\"sku\": \"LAMP-1\", \"qty\": 1}]}")
                .json().get("id").asLong();

        assertThat(client.get("/api/orders/", Map.of("status", "new")).json().get("orders").get(0).get("id").asLong())
                .isEqualTo(id);
    }

    @Test
    void aFormOrderPairsTheRepeatedSkuAndQtyFields(Client client) {
        TestResponse response = client.post("/api/orders/", "customer=ann%40example.com&sku=LAMP-1&qty=3&sku=MUG-2&qty=1",
                "application/x-www-form-urlencoded");

        assertThat(response.status()).as(response.text()).isEqualTo(201);
        assertThat(response.json().get("items").toString())
                .isEqualTo("[{\"sku\":\"LAMP-1\",\"qty\":3},{\"sku\":\"MUG-2\",\"qty\":1}]");
    }

    @Test
    void aMultipartFormIsAcceptedToo(Client client) {
        TestResponse response = client.post("/api/orders/", Map.of("customer", "ann@example.com", "sku", "MUG-2",
                "qty", "4"));

        assertThat(response.status()).as(response.text()).isEqualTo(201);
        assertThat(response.json().get("items").toString()).isEqualTo("[{\"sku\":\"MUG-2\",\"qty\":4}]");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            [1, 2]|The body must be a JSON object: {"customer": "<email>", "items": [{"sku": "<sku>", "qty": 1}]}.
            {"items": []}|customer is required: the email of an existing customer, as a string.
            {"customer": 7, "items": []}|customer is required: the email of an existing customer, as a string.
            {"customer": "ann@example.com"}|items is required: a list of {"sku": "<sku>", "qty": <number>}.
            {"customer": "ann@example.com", "items": []}|An order needs at least one item; items is empty.
            {"customer": "ann@example.com", "items": ["LAMP-1"]}|items[0] must be an object: {"sku": "<sku>", "qty": <number>}.
            {"customer": "ann@example.com", "items": [{"qty": 1}]}|items[0].sku is required: the sku of a product, as a string.
            {"customer": "ann@example.com", "items": [{"sku": "LAMP-1", "qty": 1}, {"sku": "MUG-2", "qty": 0}]}|items[1]: qty must be a whole number from 1 to 1000; got 0.
            {"customer": "ann@example.com", "items": [{"sku": "LAMP-1", "qty": -2}]}|items[0]: qty must be a whole number from 1 to 1000; got -2.
            {"customer": "ann@example.com", "items": [{"sku": "LAMP-1", "qty": 1.5}]}|items[0].qty must be a whole number from 1 to 1000; got 1.5.
            {"customer": "ann@example.com", "items": [{"sku": "LAMP-1", "qty": "2"}]}|items[0].qty must be a whole number from 1 to 1000; got "2".
            {"customer": "ann@example.com", "items": [{"sku": "LAMP-1"}]}|items[0].qty must be a whole number from 1 to 1000; got nothing.
            {"customer": "nobody@example.com", "items": [{"sku": "LAMP-1", "qty": 1}]}|Unknown customer 'nobody@example.com'. Use the email of an existing customer.
            {"customer": "ann@example.com", "items": [{"sku": "LAMP-1", "qty": 1}, {"sku": "NOPE-0", "qty": 1}]}|Unknown sku 'NOPE-0' in items[1]. Use the sku of an existing product.
            """)
    void aBadOrderIsABadRequestSayingWhatIsWrongAndNothingIsSaved(String body, String message, Client client) {
        TestResponse response = post(client, body);

        assertThat(response.status()).as(response.text()).isEqualTo(400);
        assertThat(response.json().get("error").asText()).isEqualTo(message);
        assertThat(Order.objects.count()).isZero();
        assertThat(OrderItem.objects.count()).isZero();
    }

    @Test
    void malformedJsonIsABadRequestSayingWhere(Client client) {
        TestResponse response = post(client, "{\"customer\": ");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("error").asText()).startsWith("Malformed JSON: ").endsWith("(line 1, column 14)");
        assertThat(Order.objects.count()).isZero();
    }

    @Test
    void anEmptyBodyIsABadRequest(Client client) {
        TestResponse response = post(client, "");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("error").asText()).isEqualTo("Malformed JSON: the request body is empty.");
    }

    @Test
    void moreThanAHundredItemsIsABadRequest(Client client) {
        String items = String.join(",", java.util.Collections.nCopies(101, "{\"sku\": \"LAMP-1\", \"qty\": 1}"));
        TestResponse response = post(client, "{\"customer\": \"ann@example.com\", \"items\": [" + items + "]}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("error").asText()).isEqualTo("An order has at most 100 items; got 101.");
    }

    @Test
    void formFieldsThatDoNotPairUpAreABadRequest(Client client) {
        TestResponse response = client.post("/api/orders/", "customer=ann%40example.com&sku=LAMP-1&sku=MUG-2&qty=1",
                "application/x-www-form-urlencoded");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("error").asText())
                .isEqualTo("Send one qty field for each sku field; got 2 sku and 1 qty fields.");
    }

    @Test
    void aFormWithMoreThanAThousandFieldsIsABadRequest(Client client) {
        List<String> fields = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            fields.add("f" + i + "=x");
        }
        TestResponse response = client.post("/api/orders/", String.join("&", fields), "application/x-www-form-urlencoded");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("error").asText()).isEqualTo("The request has more than 1000 fields, the most "
                + "this server accepts (setting dataUploadMaxNumberFields). Send fewer fields.");
    }

    @Test
    void aBodyLargerThanTheUploadLimitIsTooLarge(Client client) {
        TestResponse response = client.post("/api/orders/", new byte[2_621_441], "application/json");

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.json().get("error").asText()).isEqualTo("The request body is larger than 2621440 bytes, "
                + "the most this server accepts (setting dataUploadMaxMemorySize). Send a smaller body.");
    }

    @Test
    void anotherContentTypeIsUnsupported(Client client) {
        TestResponse response = client.post("/api/orders/", "<order/>", "application/xml");

        assertThat(response.status()).isEqualTo(415);
        assertThat(response.json().get("error").asText()).startsWith("Content type 'application/xml' is not accepted.");
    }
}
