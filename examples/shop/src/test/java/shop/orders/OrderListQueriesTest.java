package shop.orders;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.reinhardt.db.models.FetchMode;
import dev.reinhardt.db.models.QueryBudgetExceeded;
import dev.reinhardt.db.models.QueryScope;
import dev.reinhardt.test.ReinhardtTest;
import dev.reinhardt.test.SetUpTestData;
import dev.reinhardt.test.client.Client;
import dev.reinhardt.test.client.TestResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;

import java.util.Map;

import static dev.reinhardt.test.TestCase.assertNumQueries;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How many queries the order lists take over a few hundred demo orders, whatever the page size. */
@ReinhardtTest
class OrderListQueriesTest {

    @SetUpTestData
    static void seed() {
        DemoData.seed(new DemoData.Sizes(40, 30, 400, 0, 7));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 25, 100})
    void thePlannedListTakesThreeQueriesForAnyLimit(int limit, Client client) {
        TestResponse response = assertNumQueries(3, () -> client.get("/api/orders/", Map.of("limit", limit)));

        assertThat(response.json().get("orders")).hasSize(limit);
        response.json().get("orders").forEach(order -> assertThat(order.get("items")).hasSize(3));
    }

    @Test
    void thePlannedListFilteredByStatusAndCountryTakesThreeQueriesToo(Client client) {
        TestResponse response = assertNumQueries(3, () -> client.get("/api/orders/",
                Map.of("status", "paid", "country", "IN", "limit", 100)));

        assertThat(response.json().get("orders")).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 100})
    void theNaiveListIsBatchedByPeerFetchingInsteadOfOneQueryPerOrder(int limit, Client client) {
        // The orders, then all their customers, then all their items joined to their products.
        TestResponse response = assertNumQueries(3,
                () -> client.get("/api/orders-naive/", Map.of("status", "paid", "limit", limit)));

        assertThat(response.json().get("orders")).hasSize(limit);
    }

    @Test
    void fetchingOneRelationAtATimeTheNaiveListRunsNPlusOneQueriesWhichTheBudgetAndTheWarningsCatch(Client client) {
        Logger scopeLog = (Logger) LoggerFactory.getLogger(QueryScope.class);
        ListAppender<ILoggingEvent> warnings = new ListAppender<>();
        warnings.start();
        scopeLog.addAppender(warnings);
        try {
            assertThatThrownBy(() -> FetchMode.callWith(FetchMode.FETCH_ONE,
                    () -> client.get("/api/orders-naive/", Map.of("limit", 5))))
                    .isInstanceOf(QueryBudgetExceeded.class)
                    .hasMessageStartingWith("Endpoint GET /api/orders-naive/ ran 26 queries, over its budget of 3.");
        } finally {
            scopeLog.detachAppender(warnings);
        }

        assertThat(warnings.list).map(ILoggingEvent::getFormattedMessage).anySatisfy(warning -> assertThat(warning)
                .startsWith("N+1 queries: Order.customer was loaded lazily 5 times at shop.orders.views.OrderJson.summary(")
                .contains("Plan it on the queryset with .selectRelated(\"customer\")"));
    }

    @Test
    void bothListsAnswerTheSameHundredOrders(Client client) {
        Map<String, Object> query = Map.of("status", "paid", "limit", 100);

        assertThat(client.get("/api/orders-naive/", query).json()).isEqualTo(client.get("/api/orders/", query).json());
    }
}
