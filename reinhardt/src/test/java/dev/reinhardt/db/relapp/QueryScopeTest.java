package dev.reinhardt.db.relapp;

import dev.reinhardt.db.RelDatabases;
import dev.reinhardt.db.models.FetchMode;
import dev.reinhardt.db.models.QueryBudgetExceeded;
import dev.reinhardt.db.models.QueryScope;
import dev.reinhardt.db.relapp.models.Customer;
import dev.reinhardt.db.relapp.models.Order;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** N+1 detection and query budgets on the ORM side: what the web layer opens per request. */
@ParameterizedClass
@ValueSource(strings = {"sqlite", "postgresql"})
class QueryScopeTest {

    @Parameter
    String vendor;

    @BeforeEach
    void setUp() {
        RelDatabases.use(vendor);
        for (int i = 0; i < 5; i++) {
            Order.create(Customer.create("c" + i + "@example.com", "IN", null), "paid");
        }
    }

    private static void readCustomers(List<Order> orders) {
        for (Order order : orders) {
            order.customer.get();
        }
    }

    @Test
    void aRepeatedLazyLoadFromOneLineIsReportedOnceWithTheCountTheLineAndTheFix() {
        QueryScope scope = QueryScope.forEndpoint("GET /orders/").strict(true);
        scope.call(() -> {
            readCustomers(Order.objects.all().fetchMode(FetchMode.FETCH_ONE).list());
            return null;
        });
        assertThat(scope.queryCount()).isEqualTo(6);
        assertThat(scope.repeatedLoads()).singleElement().satisfies(report -> {
            assertThat(report.model()).isEqualTo(Order.class);
            assertThat(report.relation()).isEqualTo("customer");
            assertThat(report.count()).isEqualTo(5);
            assertThat(report.site()).startsWith(QueryScopeTest.class.getName() + ".readCustomers(QueryScopeTest.java:");
            assertThat(report.message()).isEqualTo("N+1 queries: Order.customer was loaded lazily 5 times at "
                    + report.site() + ". Plan it on the queryset with .selectRelated(\"customer\").");
        });
    }

    @Test
    void peersAndPlannedLoadsAreNotReported() {
        QueryScope scope = QueryScope.forEndpoint("GET /orders/").strict(true);
        scope.call(() -> {
            readCustomers(Order.objects.all().list());
            readCustomers(Order.objects.selectRelated("customer").list());
            return null;
        });
        assertThat(scope.queryCount()).isEqualTo(3);
        assertThat(scope.repeatedLoads()).isEmpty();
    }

    @Test
    void aLenientScopeDoesNotWalkTheStack() {
        QueryScope scope = QueryScope.forEndpoint("job").budget(100);
        scope.call(() -> {
            readCustomers(Order.objects.all().fetchMode(FetchMode.FETCH_ONE).list());
            return null;
        });
        assertThat(scope.repeatedLoads()).isEmpty();
    }

    @Test
    void overBudgetAStrictScopeRaisesAndALenientOneOnlyWarns() {
        assertThatThrownBy(() -> QueryScope.forEndpoint("GET /orders/").budget(1).strict(true)
                .call(() -> Order.objects.all().fetchMode(FetchMode.FETCH_ONE).list().getFirst().customer.get()))
                .isInstanceOf(QueryBudgetExceeded.class)
                .hasMessage("Endpoint GET /orders/ ran 2 queries, over its budget of 1. Plan relation loads with "
                        + "selectRelated/prefetchRelated, or raise the budget.");
        Customer loaded = QueryScope.forEndpoint("GET /orders/").budget(1)
                .call(() -> Order.objects.all().fetchMode(FetchMode.FETCH_ONE).list().getFirst().customer.get());
        assertThat(loaded).isNotNull();
    }

    @Test
    void aScopeInsideAStrictOneIsStrict() {
        assertThatThrownBy(() -> QueryScope.forEndpoint("test").strict(true).call(() ->
                QueryScope.forEndpoint("GET /orders/").budget(0).call(() -> Order.objects.count())))
                .isInstanceOf(QueryBudgetExceeded.class);
    }
}
