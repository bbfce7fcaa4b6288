package dev.reinhardt.db.models;

import dev.reinhardt.db.TestDatabases;
import dev.reinhardt.db.backends.base.DatabaseWrapper;
import dev.reinhardt.db.backends.base.QueryCapture;
import dev.reinhardt.db.testapp.models.Order;
import dev.reinhardt.exceptions.FieldError;
import dev.reinhardt.exceptions.MultipleObjectsReturned;
import dev.reinhardt.exceptions.ObjectDoesNotExist;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ParameterizedClass
@ValueSource(strings = {"sqlite", "postgresql"})
class QuerySetTest {

    @Parameter
    String vendor;

    DatabaseWrapper connection;

    @BeforeEach
    void setUp() {
        connection = TestDatabases.use(vendor);
        new Order("paid", "ann", "10.50", 1).save();
        new Order("paid", "bob", "99.99", 3).save();
        new Order("new", "cid", "5.00", 2).save();
        new Order("cancelled", "Dan", "0.00", 0).save();
    }

    private List<String> customers(AbstractQuerySet<Order, Order, ?> orders) {
        return orders.list().stream().map(order -> order.customer).toList();
    }

    @Test
    void saveInsertsAndSetsThePrimaryKey() {
        Order order = new Order("new", "eve", "1.00", 1);
        assertThat(order.state().adding()).isTrue();
        order.save();
        assertThat(order.pk()).isNotNull();
        assertThat(order.state().adding()).isFalse();
        assertThat(order.state().db()).isEqualTo("default");
        assertThat(order.createdAt).isNotNull();
        assertThat(Order.objects.get("pk", order.pk())).isEqualTo(order);
    }

    @Test
    void saveOfALoadedObjectUpdatesAndUpdateFieldsLimitsTheUpdate() {
        Order order = Order.objects.get("customer", "ann");
        order.status = "shipped";
        order.quantity = 42;
        try (QueryCapture capture = connection.captureQueries()) {
            order.save(SaveOptions.updateFields("status"));
            assertThat(capture.queries()).hasSize(1);
            assertThat(capture.queries().getFirst().sql())
                    .isEqualTo("UPDATE \"testapp_order\" SET \"status\" = ? WHERE \"testapp_order\".\"id\" = ?");
        }
        Order reloaded = Order.objects.get("customer", "ann");
        assertThat(reloaded.status).isEqualTo("shipped");
        assertThat(reloaded.quantity).isEqualTo(1);
    }

    @Test
    void filterExcludeAndQCombine() {
        assertThat(customers(Order.objects.filter("status", "paid").orderBy("customer"))).containsExactly("ann", "bob");
        assertThat(customers(Order.objects.exclude("status", "paid").orderBy("customer"))).containsExactly("Dan", "cid");
        assertThat(customers(Order.objects.filter(Q.of("status", "new").or(Q.of("quantity__gte", 3)))
                .orderBy("customer"))).containsExactly("bob", "cid");
        assertThat(customers(Order.objects.filter(Q.of("status", "paid").not()).orderBy("-customer")))
                .containsExactly("cid", "Dan");
    }

    @Test
    void excludeWithTwoConditionsNegatesTheirConjunction() {
        List<String> names = customers(Order.objects.exclude(Q.of("status", "paid"), Q.of("quantity", 3))
                .orderBy("customer"));
        assertThat(names).containsExactly("Dan", "ann", "cid");
    }

    @Test
    void excludeKeepsRowsWhoseNullableColumnIsNull() {
        Order.objects.filter("customer", "ann").update("note", "fragile");
        assertThat(customers(Order.objects.exclude("note", "fragile").orderBy("customer")))
                .containsExactly("Dan", "bob", "cid");
    }

    @Test
    void lookupsMatchAsDjangoDocuments() {
        assertThat(Order.objects.filter("customer__iexact", "DAN").count()).isEqualTo(1);
        assertThat(Order.objects.filter("customer__contains", "D").count()).isEqualTo(1);
        assertThat(Order.objects.filter("customer__icontains", "d").count()).isEqualTo(2);
        assertThat(Order.objects.filter("customer__startswith", "b").count()).isEqualTo(1);
        assertThat(Order.objects.filter("customer__istartswith", "D").count()).isEqualTo(1);
        assertThat(Order.objects.filter("customer__endswith", "n").count()).isEqualTo(2);
        assertThat(Order.objects.filter("customer__iendswith", "N").count()).isEqualTo(2);
        assertThat(Order.objects.filter("quantity__in", List.of(1, 2)).count()).isEqualTo(2);
        assertThat(Order.objects.filter("quantity__gt", 1).count()).isEqualTo(2);
        assertThat(Order.objects.filter("quantity__lt", 1).count()).isEqualTo(1);
        assertThat(Order.objects.filter("quantity__lte", 1).count()).isEqualTo(2);
        assertThat(Order.objects.filter("total__range", List.of(new BigDecimal("5"), new BigDecimal("11"))).count())
                .isEqualTo(2);
        assertThat(Order.objects.filter("note__isnull", true).count()).isEqualTo(4);
        assertThat(Order.objects.filter("note", null).count()).isEqualTo(4);
        assertThat(Order.objects.filter("customer__regex", "^[a-c]").count()).isEqualTo(3);
        assertThat(Order.objects.filter("customer__iregex", "^d").count()).isEqualTo(1);
        assertThat(Order.objects.filter("customer__contains", "%").count()).isZero();
        assertThat(Order.objects.filter("customer__contains", "_").count()).isZero();
    }

    @Test
    void dateTransformsExtractParts() {
        java.time.LocalDate today = dev.reinhardt.conf.Timezone.localdate();
        int year = today.getYear();
        assertThat(Order.objects.filter("createdAt__year", year).count()).isEqualTo(4);
        assertThat(Order.objects.filter("createdAt__year__gte", year + 1).count()).isZero();
        assertThat(Order.objects.filter("createdAt__date", today).count()).isEqualTo(4);
        int weekDay = today.getDayOfWeek().getValue() % 7 + 1;
        assertThat(Order.objects.filter("createdAt__week_day", weekDay).count()).isEqualTo(4);
        assertThat(Order.objects.filter("createdAt__month", today.getMonthValue()).count()).isEqualTo(4);
    }

    @Test
    void inWithAQuerySetIsASubquery() {
        QuerySet<Order> paid = Order.objects.filter("status", "paid");
        assertThat(customers(Order.objects.filter("pk__in", paid).orderBy("customer"))).containsExactly("ann", "bob");
        assertThat(Order.objects.filter("pk__in", paid).sql().sql()).contains("IN (SELECT \"testapp_order\".\"id\" FROM");
    }

    @Test
    void emptyInReturnsNothingWithoutAQuery() {
        try (QueryCapture capture = connection.captureQueries()) {
            assertThat(Order.objects.filter("pk__in", List.of()).list()).isEmpty();
            assertThat(Order.objects.filter("pk__in", List.of()).count()).isZero();
            assertThat(Order.objects.none().exists()).isFalse();
            assertThat(capture.count()).isZero();
        }
        assertThat(Order.objects.exclude("pk__in", List.of()).count()).isEqualTo(4);
        assertThat(Order.objects.filter(Q.of("pk__in", List.of()).or(Q.of("status", "new"))).count()).isEqualTo(1);
    }

    @Test
    void unknownFieldNamesTheChoices() {
        assertThatThrownBy(() -> Order.objects.filter("statuss", "paid"))
                .isInstanceOf(FieldError.class)
                .hasMessage("Cannot resolve keyword 'statuss' into field. Choices are: createdAt, customer, id, note, "
                        + "quantity, status, total.");
    }

    @Test
    void unknownLookupSuggestsTheClosest() {
        assertThatThrownBy(() -> Order.objects.filter("status__icontain", "x"))
                .isInstanceOf(FieldError.class)
                .hasMessage("Unsupported lookup 'icontain' for CharField or join on the field not permitted, "
                        + "perhaps you meant icontains?");
    }

    @Test
    void querySetsAreLazyAndChainingClones() {
        try (QueryCapture capture = connection.captureQueries()) {
            QuerySet<Order> all = Order.objects.all();
            QuerySet<Order> paid = all.filter("status", "paid");
            QuerySet<Order> sorted = paid.orderBy("-total");
            assertThat(capture.count()).isZero();
            assertThat(sorted).isNotSameAs(paid);
            assertThat(sorted.list()).hasSize(2);
            assertThat(sorted.list()).hasSize(2);
            assertThat(sorted.count()).isEqualTo(2);
            assertThat(capture.count()).isEqualTo(1);
            assertThat(all.count()).isEqualTo(4);
        }
    }

    @Test
    void slicingIsLazyAndComposes() {
        QuerySet<Order> ordered = Order.objects.orderBy("customer");
        QuerySet<Order> page = ordered.slice(1, 3);
        assertThat(page.sql().sql()).endsWith("ORDER BY \"testapp_order\".\"customer\" ASC LIMIT 2 OFFSET 1");
        assertThat(customers(page)).containsExactly("ann", "bob");
        assertThat(customers(page.slice(1, 5))).containsExactly("bob");
        assertThat(customers(ordered.slice(2))).containsExactly("bob", "cid");
        assertThatThrownBy(() -> ordered.slice(-1, 2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Negative indexing is not supported.");
        assertThatThrownBy(() -> page.filter("status", "paid")).isInstanceOf(IllegalStateException.class)
                .hasMessage("Cannot filter a query once a slice has been taken.");
    }

    @Test
    void firstLastEarliestLatestAndReverse() {
        assertThat(Order.objects.orderBy("total").first().orElseThrow().customer).isEqualTo("Dan");
        assertThat(Order.objects.orderBy("total").last().orElseThrow().customer).isEqualTo("bob");
        assertThat(Order.objects.orderBy("total").reverse().first().orElseThrow().customer).isEqualTo("bob");
        assertThat(Order.objects.earliest("total").customer).isEqualTo("Dan");
        assertThat(Order.objects.latest("quantity").customer).isEqualTo("bob");
        assertThat(Order.objects.filter("status", "nope").first()).isEmpty();
        assertThat(Order.objects.first().orElseThrow().customer).isEqualTo("ann");
    }

    @Test
    void getRaisesPerModelAndCommonExceptions() {
        assertThatThrownBy(() -> Order.objects.get("customer", "zed"))
                .isInstanceOf(Order.DoesNotExist.class)
                .isInstanceOf(ObjectDoesNotExist.class)
                .hasMessage("Order matching query does not exist.");
        assertThatThrownBy(() -> Order.objects.get("status", "paid"))
                .isInstanceOf(MultipleObjectsReturned.class)
                .hasMessage("get() returned more than one Order -- it returned 2!")
                .matches(e -> ((MultipleObjectsReturned) e).isFor(Order.class));
    }

    @Test
    void countExistsAndContains() {
        assertThat(Order.objects.count()).isEqualTo(4);
        assertThat(Order.objects.filter("status", "paid").exists()).isTrue();
        assertThat(Order.objects.filter("status", "lost").exists()).isFalse();
        Order ann = Order.objects.get("customer", "ann");
        assertThat(Order.objects.filter("status", "paid").contains(ann)).isTrue();
        assertThat(Order.objects.filter("status", "new").contains(ann)).isFalse();
        assertThat(Order.objects.values("status").distinct().count()).isEqualTo(3);
    }

    @Test
    void updateRunsOneStatementWithExpressions() {
        try (QueryCapture capture = connection.captureQueries()) {
            int rows = Order.objects.filter("status", "paid").update("quantity", F.of("quantity").plus(10));
            assertThat(rows).isEqualTo(2);
            assertThat(capture.queries()).extracting(q -> q.sql()).containsExactly(
                    "UPDATE \"testapp_order\" SET \"quantity\" = (\"testapp_order\".\"quantity\" + ?) "
                            + "WHERE \"testapp_order\".\"status\" = ?");
        }
        assertThat(Order.objects.get("customer", "bob").quantity).isEqualTo(13);
    }

    @Test
    void deleteRemovesRowsAndCounts() {
        assertThat(Order.objects.filter("status", "paid").delete()).isEqualTo(2);
        assertThat(Order.objects.count()).isEqualTo(2);
        Order cid = Order.objects.get("customer", "cid");
        cid.delete();
        assertThat(cid.pk()).isNull();
        assertThat(Order.objects.count()).isEqualTo(1);
    }

    @Test
    void filterComparesWithFExpressions() {
        assertThat(customers(Order.objects.filter("quantity__gt", F.of("total")))).isEmpty();
        assertThat(customers(Order.objects.filter("total__gt", F.of("quantity").times(20)).orderBy("customer")))
                .containsExactly("bob");
    }

    @Test
    void valuesValuesListFlatAndRecords() {
        List<Map<String, Object>> rows = Order.objects.orderBy("customer").values("customer", "quantity").list();
        assertThat(rows.getFirst()).containsExactly(Map.entry("customer", "Dan"), Map.entry("quantity", 0));
        assertThat(Order.objects.orderBy("customer").valuesList("customer", "total").list().get(1))
                .containsExactly("ann", new BigDecimal("10.50"));
        assertThat(Order.objects.orderBy("customer").valuesListFlat("customer", String.class).list())
                .containsExactly("Dan", "ann", "bob", "cid");
        record Line(String customer, BigDecimal total) {
        }
        assertThat(Order.objects.filter("customer", "bob").values(Line.class).list())
                .containsExactly(new Line("bob", new BigDecimal("99.99")));
    }

    @Test
    void aggregateComputesOverTheRows() {
        Map<String, Object> result = Order.objects.aggregate(Map.of("n", new Count("*")));
        assertThat(result).containsEntry("n", 4L);
        Map<String, Expression> several = new java.util.LinkedHashMap<>();
        several.put("total", new Sum("total"));
        several.put("most", new Max("quantity"));
        several.put("least", new Min("total"));
        several.put("mean", new Avg("quantity"));
        several.put("statuses", new Count("status", true));
        Map<String, Object> stats = Order.objects.aggregate(several);
        assertThat(stats.get("total")).isEqualTo(new BigDecimal("115.49"));
        assertThat(stats.get("most")).isEqualTo(3);
        assertThat(stats.get("least")).isEqualTo(new BigDecimal("0.00"));
        assertThat(((Number) stats.get("mean")).doubleValue()).isEqualTo(1.5);
        assertThat(stats.get("statuses")).isEqualTo(3L);
        assertThat(Order.objects.filter("pk__in", List.of()).aggregate("n", new Count("id"))).containsEntry("n", 0L);
        assertThat(Order.objects.orderBy("total").slice(0, 2).aggregate("s", new Sum("quantity"))).containsEntry("s", 2L);
    }

    @Test
    void valuesThenAnnotateGroupsBy() {
        List<Map<String, Object>> rows = Order.objects.values("status").annotate("n", new Count("id"))
                .orderBy("status").list();
        assertThat(rows).containsExactly(Map.of("status", "cancelled", "n", 1L), Map.of("status", "new", "n", 1L),
                Map.of("status", "paid", "n", 2L));
        assertThat(Order.objects.values("status").annotate("n", new Count("id")).filter("n__gt", 1).list())
                .containsExactly(Map.of("status", "paid", "n", 2L));
    }

    @Test
    void annotateAddsComputedValuesToInstances() {
        Order bob = Order.objects.annotate("doubled", F.of("quantity").times(2))
                .annotate("shout", new Upper("customer"))
                .annotate("label", new Concat("customer", Value.of("-"), "status"))
                .annotate("size", new Length("customer"))
                .annotate("noteOr", new Coalesce("note", Value.of("none")))
                .annotate("big", new Case(Value.of("small"), When.of("total__gt", 50, Value.of("big"))))
                .annotate("whole", new Cast("total", "IntegerField"))
                .annotate("lower", new Lower("status"))
                .get("customer", "bob");
        assertThat(bob.annotation("doubled")).isEqualTo(6);
        assertThat(bob.annotation("shout")).isEqualTo("BOB");
        assertThat(bob.annotation("label")).isEqualTo("bob-paid");
        assertThat(bob.annotation("size")).isEqualTo(3);
        assertThat(bob.annotation("noteOr")).isEqualTo("none");
        assertThat(bob.annotation("big")).isEqualTo("big");
        assertThat(bob.annotation("whole")).isEqualTo(vendor.equals("sqlite") ? 99 : 100);
        assertThat(bob.annotation("lower")).isEqualTo("paid");
        assertThat(Order.objects.annotate("doubled", F.of("quantity").times(2)).filter("doubled__gte", 4).count())
                .isEqualTo(2);
        assertThat(Order.objects.annotate("doubled", F.of("quantity").times(2)).orderBy("-doubled").first()
                .orElseThrow().customer).isEqualTo("bob");
    }

    @Test
    void onlyAndDeferLoadSomeFieldsAndRefreshLoadsTheRest() {
        Order ann = Order.objects.only("customer").get("customer", "ann");
        assertThat(ann.status).isNull();
        assertThat(ann.pk()).isNotNull();
        ann.refreshFromDb("status");
        assertThat(ann.status).isEqualTo("paid");
        Order bob = Order.objects.defer("note", "total").get("customer", "bob");
        assertThat(bob.total).isNull();
        assertThat(bob.status).isEqualTo("paid");
    }

    @Test
    void bulkCreateSetsPrimaryKeysWithoutSignalsAndBulkUpdateWritesFields() {
        List<Order> created = Order.objects.bulkCreate(List.of(new Order("new", "x1", "1.00", 1),
                new Order("new", "x2", "2.00", 2)));
        assertThat(created).allMatch(order -> order.pk() != null);
        assertThat(created.get(1).pk()).isNotEqualTo(created.get(0).pk());
        created.get(0).quantity = 100;
        created.get(1).quantity = 200;
        assertThat(Order.objects.bulkUpdate(created, "quantity")).isEqualTo(2);
        assertThat(Order.objects.filter("customer__startswith", "x").orderBy("customer")
                .valuesListFlat("quantity", Integer.class).list()).containsExactly(100, 200);
        Map<Object, Order> byPk = Order.objects.inBulk(List.of(created.get(0).pk(), created.get(1).pk()));
        assertThat(byPk).hasSize(2).containsKey(created.get(0).pk());
    }

    @Test
    void getOrCreateAndUpdateOrCreate() {
        ObjectCreated<Order> found = Order.objects.getOrCreate(Map.of("customer", "ann"), order -> order.quantity = 5);
        assertThat(found.created()).isFalse();
        ObjectCreated<Order> made = Order.objects.getOrCreate(Map.of("customer", "new-one"), order -> {
            order.status = "new";
            order.total = BigDecimal.ONE;
            order.quantity = 5;
        });
        assertThat(made.created()).isTrue();
        assertThat(made.object().pk()).isNotNull();
        ObjectCreated<Order> updated = Order.objects.updateOrCreate(Map.of("customer", "ann"), order -> order.quantity = 77);
        assertThat(updated.created()).isFalse();
        assertThat(Order.objects.get("customer", "ann").quantity).isEqualTo(77);
    }

    @Test
    void unionCombinesQueries() {
        QuerySet<Order> paid = Order.objects.filter("status", "paid");
        QuerySet<Order> fresh = Order.objects.filter("status", "new");
        assertThat(customers(paid.union(fresh).orderBy("customer"))).containsExactly("ann", "bob", "cid");
        assertThat(paid.unionAll(paid).count()).isEqualTo(4);
    }

    @Test
    void streamFetchesInChunksWithoutCaching() {
        try (Stream<Order> orders = Order.objects.orderBy("customer").stream(2)) {
            assertThat(orders.map(order -> order.customer).toList()).containsExactly("Dan", "ann", "bob", "cid");
        }
    }

    @Test
    void rawMapsRowsToInstancesWithBoundParameters() {
        List<Order> rows = Order.objects.raw("SELECT * FROM testapp_order WHERE customer = ? OR customer = ? "
                + "ORDER BY customer", "ann", "x' OR '1'='1").list();
        assertThat(rows).extracting(order -> order.customer).containsExactly("ann");
        assertThat(rows.getFirst().total).isEqualTo(new BigDecimal("10.50"));
        assertThat(connection.fetchAll("SELECT COUNT(*) FROM testapp_order WHERE quantity > ?", 1).getFirst().getFirst())
                .isInstanceOf(Number.class);
    }

    @Test
    void usingReadsAndWritesAnotherAlias() {
        Order elsewhere = new Order("new", "zoe", "3.00", 1);
        elsewhere.save(SaveOptions.using("other"));
        assertThat(elsewhere.state().db()).isEqualTo("other");
        assertThat(Order.objects.using("other").count()).isEqualTo(1);
        assertThat(Order.objects.filter("customer", "zoe").exists()).isFalse();
        elsewhere.quantity = 9;
        elsewhere.save();
        assertThat(Order.objects.using("other").get("customer", "zoe").quantity).isEqualTo(9);
    }

    @Test
    void explainReturnsThePlan() {
        assertThat(Order.objects.filter("status", "paid").explain()).isNotBlank();
    }

    @Test
    void queryShowsSqlWithParameters() {
        assertThat(Order.objects.filter("status", "paid").query().toString()).isEqualTo(
                "SELECT \"testapp_order\".\"id\", \"testapp_order\".\"status\", \"testapp_order\".\"customer\", "
                        + "\"testapp_order\".\"total\", \"testapp_order\".\"quantity\", \"testapp_order\".\"created_at\", "
                        + "\"testapp_order\".\"note\" FROM \"testapp_order\" WHERE \"testapp_order\".\"status\" = 'paid'");
    }
}
