package shop.core;

import dev.reinhardt.db.Connections;
import dev.reinhardt.test.OverrideSettings;
import dev.reinhardt.test.ReinhardtTest;
import dev.reinhardt.test.client.Client;
import dev.reinhardt.test.client.TestResponse;
import org.junit.jupiter.api.Test;
import shop.orders.DemoData;
import shop.orders.models.Order;

import static dev.reinhardt.test.TestCase.assertNumQueries;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET /}: the newest orders and the API links. */
@ReinhardtTest
class HomePageTest {

    @Test
    void theHomePageListsTheTenNewestOrdersInOneQuery(Client client) {
        DemoData.seed(new DemoData.Sizes(10, 5, 30, 0, 3));

        TestResponse response = assertNumQueries(1, () -> client.get("/"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.text()).contains("<h1>Shop</h1>", "<h2>Newest orders</h2>",
                "<a href=\"/api/orders/?status=paid&amp;country=IN&amp;limit=25\">/api/orders/</a>",
                "<a href=\"/api/orders-naive/?status=paid&amp;limit=25\">/api/orders-naive/</a>");
        assertThat(response.text().split("<tr><td>", -1)).hasSize(11);
        java.util.List<Long> byAge = Order.objects.orderBy("-createdAt").valuesListFlat("id", Long.class).list();
        assertThat(response.text()).contains("<a href=\"/api/orders/" + byAge.get(0) + "/\">#" + byAge.get(0) + "</a>")
                .contains("#" + byAge.get(9) + "<").doesNotContain("#" + byAge.get(10) + "<");
    }

    @Test
    void withoutOrdersTheHomePageSaysHowToMakeSome(Client client) {
        TestResponse response = client.get("/");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.text()).contains("No orders yet. <code>manage seed_demo</code> creates demo data.");
    }

    @Test
    void withoutTablesTheHomePageSaysHowToCreateThem(Client client) {
        dropOrderTables();

        TestResponse response = client.get("/");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.text()).contains("<p>The orders could not be read: ", "no such table: orders_order",
                "Create the tables and the demo data with <code>manage migrate</code> and <code>manage seed_demo</code>.");
    }

    @Test
    @OverrideSettings(name = "debug", value = "false")
    void withoutTablesAndWithDebugOffTheHomePageKeepsTheDatabaseErrorToTheLog(Client client) {
        dropOrderTables();

        TestResponse response = client.get("/");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.text()).contains("<p>The orders cannot be shown right now.</p>").doesNotContain("SQL");
    }

    /** Drop the tables inside the test's transaction, which rolls the drop back (SQLite's DDL is transactional). */
    private static void dropOrderTables() {
        Connections.defaultConnection().execute("DROP TABLE orders_orderitem");
        Connections.defaultConnection().execute("DROP TABLE orders_order");
    }
}
