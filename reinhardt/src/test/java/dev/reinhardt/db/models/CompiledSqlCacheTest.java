package dev.reinhardt.db.models;

import dev.reinhardt.db.Connections;
import dev.reinhardt.db.TestDatabases;
import dev.reinhardt.db.backends.base.DatabaseWrapper;
import dev.reinhardt.db.backends.base.Sql;
import dev.reinhardt.db.testapp.models.Order;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SQL text of a repeated query shape is compiled once per connection and
 * reused, while the values are always the query's own, bound as parameters.
 */
@ParameterizedClass
@ValueSource(strings = {"sqlite", "postgresql"})
class CompiledSqlCacheTest {

    private static final String T = "\"testapp_order\".";
    private static final String SELECT = "SELECT " + T + "\"id\", " + T + "\"status\", " + T + "\"customer\", "
            + T + "\"total\", " + T + "\"quantity\", " + T + "\"created_at\", " + T + "\"note\" FROM \"testapp_order\"";

    @Parameter
    String vendor;

    DatabaseWrapper connection;

    @BeforeEach
    void setUp() {
        connection = TestDatabases.use(vendor);
        connection.compiledSql().clear();
        new Order("paid", "ann", "10.50", 1).save();
        new Order("paid", "bob", "99.99", 3).save();
        new Order("new", "cid", "5.00", 2).save();
    }

    @Test
    void aRepeatedShapeReusesItsSqlAndBindsEachQuerysOwnValues() {
        Sql first = Order.objects.filter("quantity", 1).sql();
        Sql second = Order.objects.filter("quantity", 2).sql();

        assertThat(first.sql()).isEqualTo(SELECT + " WHERE " + T + "\"quantity\" = ?");
        assertThat(second.sql()).isSameAs(first.sql());
        assertThat(first.params()).containsExactly(1);
        assertThat(second.params()).containsExactly(2);
        assertThat(connection.compiledSql().size()).isEqualTo(1);
    }

    @Test
    void getOfOneShapeFindsEachValuesOwnRow() {
        for (String customer : List.of("ann", "bob", "cid", "bob", "ann")) {
            assertThat(Order.objects.get("customer", customer).customer).isEqualTo(customer);
        }
        assertThat(connection.compiledSql().size()).isEqualTo(1);
    }

    @Test
    void differentLookupsFieldsAndTreesCompileToTheirOwnSql() {
        for (int round = 0; round < 2; round++) {
            assertThat(Order.objects.filter("quantity__gte", 2).sql().sql())
                    .isEqualTo(SELECT + " WHERE " + T + "\"quantity\" >= ?");
            assertThat(Order.objects.filter("quantity__lt", 2).sql().sql())
                    .isEqualTo(SELECT + " WHERE " + T + "\"quantity\" < ?");
            assertThat(Order.objects.filter("status", "paid").sql().sql())
                    .isEqualTo(SELECT + " WHERE " + T + "\"status\" = ?");
            assertThat(Order.objects.exclude("status", "paid").sql().sql())
                    .isEqualTo(SELECT + " WHERE NOT (" + T + "\"status\" = ?)");
            assertThat(Order.objects.filter(Q.of("status", "a").or(Q.of("quantity", 1))).sql().sql())
                    .isEqualTo(SELECT + " WHERE (" + T + "\"status\" = ? OR " + T + "\"quantity\" = ?)");
        }
        assertThat(connection.compiledSql().size()).isEqualTo(5);
    }

    @Test
    void nullAndIsnullValuesArePartOfTheShape() {
        assertThat(Order.objects.filter("note", "x").sql().sql()).isEqualTo(SELECT + " WHERE " + T + "\"note\" = ?");
        assertThat(Order.objects.filter("note", null).sql().sql()).isEqualTo(SELECT + " WHERE " + T + "\"note\" IS NULL");
        assertThat(Order.objects.filter("note__isnull", false).sql().sql())
                .isEqualTo(SELECT + " WHERE " + T + "\"note\" IS NOT NULL");
        assertThat(Order.objects.filter("note__isnull", true).sql().sql())
                .isEqualTo(SELECT + " WHERE " + T + "\"note\" IS NULL");
        assertThat(Order.objects.filter("note", null).count()).isEqualTo(3);
        assertThat(Order.objects.filter("note", "x").count()).isZero();
    }

    @Test
    void slicesAndOrderingArePartOfTheShape() {
        assertThat(Order.objects.orderBy("customer").slice(0, 1).list()).extracting(order -> order.customer)
                .containsExactly("ann");
        assertThat(Order.objects.orderBy("customer").slice(0, 2).list()).extracting(order -> order.customer)
                .containsExactly("ann", "bob");
        assertThat(Order.objects.orderBy("-customer").slice(0, 2).list()).extracting(order -> order.customer)
                .containsExactly("cid", "bob");
        assertThat(Order.objects.orderBy("customer").slice(1, 3).list()).extracting(order -> order.customer)
                .containsExactly("bob", "cid");
    }

    @Test
    void patternValuesAreEscapedForEachQuery() {
        boolean glob = vendor.equals("sqlite");
        assertThat(Order.objects.filter("customer__startswith", "a").sql().params())
                .containsExactly(glob ? "a*" : "a%");
        assertThat(Order.objects.filter("customer__startswith", "b%").sql().params())
                .containsExactly(glob ? "b%*" : "b\\%%");
        assertThat(Order.objects.filter("customer__startswith", "b").list()).extracting(order -> order.customer)
                .containsExactly("bob");
    }

    @Test
    void anInListsShapeIsItsNumberOfValuesAndEachQueryBindsItsOwn() {
        Sql two = Order.objects.filter("quantity__in", List.of(1, 2)).sql();
        Sql otherTwo = Order.objects.filter("quantity__in", List.of(3, 1)).sql();
        Sql three = Order.objects.filter("quantity__in", List.of(1, 2, 3)).sql();

        assertThat(two.sql()).isEqualTo(SELECT + " WHERE " + T + "\"quantity\" IN (?, ?)");
        assertThat(otherTwo.sql()).isSameAs(two.sql());
        assertThat(three.sql()).isEqualTo(SELECT + " WHERE " + T + "\"quantity\" IN (?, ?, ?)");
        assertThat(two.params()).containsExactly(1, 2);
        assertThat(otherTwo.params()).containsExactly(3, 1);
        assertThat(connection.compiledSql().size()).isEqualTo(2);
        assertThat(Order.objects.filter("quantity__in", List.of(3, 1)).list()).extracting(order -> order.customer)
                .containsExactlyInAnyOrder("ann", "bob");
    }

    @Test
    void nullsInAnInListTakeNoPlaceholderAndOnlyNullsMatchNothing() {
        List<Integer> withNull = new ArrayList<>(List.of(2));
        withNull.add(null);
        List<Integer> onlyNull = new ArrayList<>();
        onlyNull.add(null);
        for (int round = 0; round < 2; round++) {
            assertThat(Order.objects.filter("quantity__in", withNull).sql().sql())
                    .isEqualTo(SELECT + " WHERE " + T + "\"quantity\" IN (?)");
            assertThat(Order.objects.filter("quantity__in", withNull).list()).extracting(order -> order.customer)
                    .containsExactly("cid");
            assertThat(Order.objects.filter("quantity__in", onlyNull).list()).isEmpty();
            assertThat(Order.objects.filter("quantity__in", List.of()).count()).isZero();
        }
    }

    @Test
    void anInListOfValuesOfSeveralClassesFindsItsRows() {
        for (int round = 0; round < 2; round++) {
            assertThat(Order.objects.filter("quantity__in", List.of(1, 3L)).list()).extracting(order -> order.customer)
                    .containsExactlyInAnyOrder("ann", "bob");
            assertThat(Order.objects.filter("quantity__in", List.of(1L, 2)).list()).extracting(order -> order.customer)
                    .containsExactlyInAnyOrder("ann", "cid");
        }
    }

    @Test
    void expressionsAndTransformsAreCompiledEveryTime() {
        assertThat(Order.objects.filter("quantity", new F("quantity")).count()).isEqualTo(3);
        assertThat(Order.objects.filter("createdAt__year", 2000).count()).isZero();
        assertThat(connection.compiledSql().size()).isZero();
    }

    @Test
    void eachConnectionKeepsTheSqlOfItsOwnBackend() {
        DatabaseWrapper other = Connections.get("other");
        other.compiledSql().clear();
        String here = Order.objects.filter("customer__contains", "a").sql().sql();
        String there = Order.objects.filter("customer__contains", "a").using("other").sql().sql();

        assertThat(here).endsWith(connection.vendor().equals("sqlite") ? "GLOB ?" : "LIKE ? ESCAPE '\\'");
        assertThat(there).endsWith("GLOB ?");
        assertThat(connection.compiledSql().size()).isEqualTo(1);
        assertThat(other.compiledSql().size()).isEqualTo(1);
    }

    @Test
    void threadsRunningOneShapeEachGetTheirOwnRows() throws Exception {
        List<String> customers = List.of("ann", "bob", "cid");
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int task = 0; task < 12; task++) {
                String customer = customers.get(task % customers.size());
                results.add(threads.submit(() -> {
                    for (int i = 0; i < 20; i++) {
                        if (!Order.objects.get("customer", customer).customer.equals(customer)) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        }
    }
}
