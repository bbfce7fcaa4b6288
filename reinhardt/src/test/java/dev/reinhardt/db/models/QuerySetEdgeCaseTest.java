package dev.reinhardt.db.models;

import dev.reinhardt.db.TestDatabases;
import dev.reinhardt.db.backends.base.DatabaseWrapper;
import dev.reinhardt.db.backends.base.QueryCapture;
import dev.reinhardt.db.testapp.models.Article;
import dev.reinhardt.db.testapp.models.Order;
import dev.reinhardt.db.testapp.models.Status;
import dev.reinhardt.exceptions.FieldError;
import dev.reinhardt.exceptions.MultipleObjectsReturned;
import dev.reinhardt.exceptions.NotSupportedError;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The corners of Django's queryset semantics: slicing, combining, caching, NULLs and deferred fields. */
@ParameterizedClass
@ValueSource(strings = {"sqlite", "postgresql"})
class QuerySetEdgeCaseTest {

    @Parameter
    String vendor;

    DatabaseWrapper connection;

    @BeforeEach
    void setUp() {
        connection = TestDatabases.use(vendor);
        new Order("paid", "ann", "10.50", 1).save();
        new Order("paid", "bob", "99.99", 3).save();
        new Order("new", "cid", "5.00", 2).save();
    }

    private static List<String> customers(AbstractQuerySet<Order, Order, ?> orders) {
        return orders.list().stream().map(order -> order.customer).toList();
    }

    // ---------------------------------------------------------------- slicing

    @Test
    void aSlicedQuerySetCannotBeReorderedReversedOrNarrowed() {
        QuerySet<Order> page = Order.objects.orderBy("customer").slice(0, 2);
        assertThatThrownBy(() -> page.orderBy("total")).isInstanceOf(IllegalStateException.class)
                .hasMessage("Cannot reorder a query once a slice has been taken.");
        assertThatThrownBy(page::reverse).isInstanceOf(IllegalStateException.class)
                .hasMessage("Cannot reverse a query once a slice has been taken.");
        assertThatThrownBy(() -> page.exclude("status", "new")).isInstanceOf(IllegalStateException.class)
                .hasMessage("Cannot filter a query once a slice has been taken.");
        assertThatThrownBy(() -> page.latest("total")).isInstanceOf(IllegalStateException.class)
                .hasMessage("Cannot change a query once a slice has been taken.");
        assertThatThrownBy(() -> page.update("note", "x")).isInstanceOf(IllegalStateException.class)
                .hasMessage("Cannot update a query once a slice has been taken.");
        assertThatThrownBy(page::delete).isInstanceOf(IllegalStateException.class)
                .hasMessage("Cannot use 'limit' or 'offset' with delete().");
        assertThat(page.count()).isEqualTo(2);
        assertThat(page.exists()).isTrue();
        assertThat(Order.objects.orderBy("customer").slice(5, 9).exists()).isFalse();
    }

    @Test
    void aSliceOfASliceStaysWithinTheFirst() {
        QuerySet<Order> ordered = Order.objects.orderBy("customer");
        assertThat(customers(ordered.slice(1).slice(0, 1))).containsExactly("bob");
        assertThat(customers(ordered.slice(0, 2).slice(1))).containsExactly("bob");
        assertThat(customers(ordered.slice(0, 2).slice(5))).isEmpty();
        assertThatThrownBy(() -> ordered.slice(2, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Slice stop 1 is before start 2.");
        assertThatThrownBy(() -> ordered.slice(0, -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Negative indexing is not supported.");
    }

    // ---------------------------------------------------------------- combining

    @Test
    void onlySlicingOrderingAndCountingFollowAUnion() {
        QuerySet<Order> union = Order.objects.filter("status", "paid").union(Order.objects.filter("status", "new"));
        assertThat(customers(union.orderBy("-customer").slice(0, 2))).containsExactly("cid", "bob");
        assertThat(union.count()).isEqualTo(3);
        assertThatThrownBy(() -> union.filter("customer", "ann")).isInstanceOf(NotSupportedError.class)
                .hasMessage("Calling QuerySet.filter() after union() is not supported.");
        assertThatThrownBy(() -> union.exclude("customer", "ann")).isInstanceOf(NotSupportedError.class);
        assertThatThrownBy(() -> union.annotate("n", new Count("id"))).isInstanceOf(NotSupportedError.class)
                .hasMessage("Calling QuerySet.annotate() after union() is not supported.");
        assertThatThrownBy(() -> union.update("note", "x")).isInstanceOf(NotSupportedError.class);
        assertThatThrownBy(union::delete).isInstanceOf(NotSupportedError.class)
                .hasMessage("Calling QuerySet.delete() after union() is not supported.");
        assertThatThrownBy(() -> union.only("customer")).isInstanceOf(NotSupportedError.class);
        assertThatThrownBy(() -> union.aggregate("n", new Count("id"))).isInstanceOf(NotSupportedError.class);
    }

    // ---------------------------------------------------------------- results cache

    @Test
    void containsAndFirstAnswerFromTheCacheOfAnEvaluatedQuerySet() {
        QuerySet<Order> ordered = Order.objects.orderBy("customer");
        Order ann = Order.objects.get("customer", "ann");
        ordered.list();
        try (QueryCapture capture = connection.captureQueries()) {
            assertThat(ordered.contains(ann)).isTrue();
            assertThat(ordered.first().orElseThrow().customer).isEqualTo("ann");
            assertThat(ordered.count()).isEqualTo(3);
            assertThat(ordered.exists()).isTrue();
            assertThat(capture.count()).isZero();
        }
    }

    // ---------------------------------------------------------------- get

    @Test
    void getWithManyRowsStopsCountingAndRaisesTheModelsOwnException() {
        List<Order> many = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            many.add(new Order("bulk", "c" + i, "1.00", 1));
        }
        Order.objects.bulkCreate(many);
        assertThatThrownBy(() -> Order.objects.get("status", "bulk"))
                .isInstanceOf(Order.MultipleObjectsReturned.class)
                .isInstanceOf(MultipleObjectsReturned.class)
                .hasMessage("get() returned more than one Order -- it returned more than 20!");
        assertThatThrownBy(() -> Order.objects.get("status", "paid"))
                .isInstanceOf(Order.MultipleObjectsReturned.class)
                .hasMessage("get() returned more than one Order -- it returned 2!");
    }

    // ---------------------------------------------------------------- NULL

    @Test
    void nullInExactOrIexactMeansIsNull() {
        Order.objects.filter("customer", "ann").update("note", "fragile");
        assertThat(customers(Order.objects.filter("note__iexact", null).orderBy("customer"))).containsExactly("bob", "cid");
        assertThat(Order.objects.filter("note__iexact", null).sql().sql()).endsWith("\"note\" IS NULL");
        assertThatThrownBy(() -> Order.objects.filter("note__gt", null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Cannot use null as a query value for lookup 'gt'.");
    }

    @Test
    void excludeThroughATransformKeepsRowsWhoseColumnIsNull() {
        Article dated = article("Dated", "dated", LocalDate.of(2026, 5, 1));
        Article undated = article("Undated", "undated", null);
        assertThat(Article.objects.exclude("publishedOn__year", 2026).list()).containsExactly(undated);
        assertThat(Article.objects.filter("publishedOn__year", 2026).list()).containsExactly(dated);
    }

    private static Article article(String title, String slug, LocalDate day) {
        Article article = new Article();
        article.title = title;
        article.slug = slug;
        article.publishedOn = day;
        article.save();
        return article;
    }

    // ---------------------------------------------------------------- subqueries, grouping, ordering

    @Test
    void aSubqueryMustSelectOneColumn() {
        assertThatThrownBy(() -> Order.objects.filter("customer__in", Order.objects.values("customer", "status")))
                .isInstanceOf(FieldError.class).hasMessageStartingWith("Cannot use multi-field values as a filter value");
        assertThat(customers(Order.objects.filter("customer__in",
                Order.objects.filter("total__gt", 50).values("customer")))).containsExactly("bob");
    }

    @Test
    void theDefaultOrderingIsLeftOutOfGroupByQueries() {
        article("One", "one", LocalDate.of(2026, 1, 1));
        article("Two", "two", LocalDate.of(2026, 2, 1));
        ValuesQuerySet<Article, Map<String, Object>> counts = Article.objects.values("status")
                .annotate("n", new Count("id"));
        assertThat(counts.sql().sql()).doesNotContain("ORDER BY");
        assertThat(counts.list()).containsExactly(Map.of("status", Status.DRAFT, "n", 2L));
        assertThat(Article.objects.all().sql().sql()).contains("ORDER BY");
    }

    @Test
    void orderByQuestionMarkIsRandomOrder() {
        QuerySet<Order> shuffled = Order.objects.orderBy("?");
        assertThat(shuffled.sql().sql()).endsWith("ORDER BY RANDOM()");
        assertThat(customers(shuffled)).containsExactlyInAnyOrder("ann", "bob", "cid");
        assertThat(shuffled.reverse().sql().sql()).endsWith("ORDER BY RANDOM()");
    }

    @Test
    void inBulkWithoutIdsMapsEveryObjectByPrimaryKey() {
        Map<Object, Order> all = Order.objects.all().inBulk();
        assertThat(all).hasSize(3);
        all.forEach((pk, order) -> assertThat(order.pk()).isEqualTo(pk));
    }

    @Test
    void deleteAfterDistinctIsRefused() {
        assertThatThrownBy(() -> Order.objects.all().distinct().delete()).isInstanceOf(IllegalStateException.class)
                .hasMessage("Cannot call delete() after .distinct().");
    }

    @Test
    void theQueryReadsAsSqlWithLiteralsInPlace() {
        assertThat(Order.objects.filter("quantity__gte", 2).filter("customer", "o'neil").query().toString())
                .endsWith("WHERE (\"testapp_order\".\"quantity\" >= 2 AND \"testapp_order\".\"customer\" = 'o''neil')");
    }

    // ---------------------------------------------------------------- deferred fields

    @Test
    void savingAnInstanceWithDeferredFieldsWritesOnlyTheLoadedOnes() {
        Order ann = Order.objects.only("status").get("customer", "ann");
        assertThat(ann.state().deferredFields()).containsExactlyInAnyOrder("customer", "total", "quantity",
                "createdAt", "note");
        ann.status = "shipped";
        try (QueryCapture capture = connection.captureQueries()) {
            ann.save();
            assertThat(capture.queries().getFirst().sql())
                    .isEqualTo("UPDATE \"testapp_order\" SET \"status\" = ? WHERE \"testapp_order\".\"id\" = ?");
        }
        Order reloaded = Order.objects.get("pk", ann.pk());
        assertThat(reloaded.status).isEqualTo("shipped");
        assertThat(reloaded.customer).isEqualTo("ann");
        assertThat(reloaded.total).isEqualByComparingTo("10.50");
    }

    @Test
    void aDeferredFieldTheCodeSetIsSavedToo() {
        Order bob = Order.objects.only("status").get("customer", "bob");
        bob.note = "gift";
        bob.save();
        Order reloaded = Order.objects.get("pk", bob.pk());
        assertThat(reloaded.note).isEqualTo("gift");
        assertThat(reloaded.customer).isEqualTo("bob");
        assertThat(reloaded.quantity).isEqualTo(3);
    }

    @Test
    void explainTakesOnlyKnownOptions() {
        String plan = Order.objects.filter("status", "paid").explain("json", Map.of("analyze", true));
        assertThat(plan).isNotBlank();
        if (vendor.equals("postgresql")) {
            assertThat(plan).contains("\"Plan\"").contains("\"Actual Rows\"");
        }
    }

    @Test
    void refreshFromDbReloadsLoadedFieldsAndLoadsNamedDeferredOnes() {
        Order ann = Order.objects.defer("total").get("customer", "ann");
        Order.objects.filter("pk", ann.pk()).update(Map.of("quantity", 7, "total", new java.math.BigDecimal("1.25")));
        ann.refreshFromDb();
        assertThat(ann.quantity).isEqualTo(7);
        assertThat(ann.total).isNull();
        assertThat(ann.state().deferredFields()).containsExactly("total");
        ann.refreshFromDb("total");
        assertThat(ann.total).isEqualByComparingTo("1.25");
        assertThat(ann.state().deferredFields()).isEmpty();
    }

    @Test
    void refreshingOneInstanceLeavesTheDeferredFieldsOfThoseLoadedWithItAlone() {
        List<Order> orders = Order.objects.defer("total", "note").orderBy("customer").list();
        orders.getFirst().refreshFromDb("total");
        assertThat(orders.getFirst().state().deferredFields()).containsExactly("note");
        assertThat(orders.get(1).state().deferredFields()).containsExactlyInAnyOrder("total", "note");
        assertThat(orders.get(1).total).isNull();
    }

    @Test
    void savingANewInstanceEndsItsAddingStateAndNoOtherInstances() {
        Order fresh = new Order("new", "dan", "1.00", 1);
        Order other = new Order("new", "eve", "2.00", 1);
        assertThat(fresh.state().adding()).isTrue();
        fresh.save();
        assertThat(fresh.state().adding()).isFalse();
        assertThat(fresh.state().db()).isEqualTo("default");
        assertThat(other.state().adding()).isTrue();
        assertThat(other.state().db()).isNull();
    }

    @Test
    void fromDbBuildsALoadedInstanceWithTheMissingFieldsDeferred() {
        Order built = Model.fromDb(Order.class, "default", Map.of("id", 41L, "customer", "zed"));
        assertThat(built.state().adding()).isFalse();
        assertThat(built.state().db()).isEqualTo("default");
        assertThat(built.pk()).isEqualTo(41L);
        assertThat(built.state().deferredFields()).contains("status", "total").doesNotContain("customer", "id");
        assertThatThrownBy(() -> Model.fromDb(Order.class, "default", Map.of("nope", 1)))
                .isInstanceOf(FieldError.class);
    }

    @Test
    void saveWithUpdateFieldsNeedsAPrimaryKey() {
        assertThatThrownBy(() -> new Order("new", "x", "1.00", 1).save(SaveOptions.updateFields("status")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Cannot force an update in save() with no primary key.");
    }

    // ---------------------------------------------------------------- bulk create

    @Test
    void bulkCreateFillsDatabaseDefaultsItCannotLeaveToTheDatabase() {
        Article draft = new Article();
        draft.title = "Bulk";
        draft.slug = "bulk";
        Article.objects.bulkCreate(List.of(draft));
        assertThat(draft.status).isEqualTo(Status.DRAFT);
        assertThat(Article.objects.get("slug", "bulk").status).isEqualTo(Status.DRAFT);
    }
}
