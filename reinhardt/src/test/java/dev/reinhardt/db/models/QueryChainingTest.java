package dev.reinhardt.db.models;

import dev.reinhardt.db.TestDatabases;
import dev.reinhardt.db.backends.base.DatabaseWrapper;
import dev.reinhardt.db.testapp.models.Order;
import dev.reinhardt.exceptions.FieldError;
import dev.reinhardt.exceptions.ObjectDoesNotExist;
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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Chained querysets share their plan's parts until one changes them: every
 * chained call still leaves the queryset it came from as it was, and a
 * filter on a plain column means what the general path would make of it.
 */
@ParameterizedClass
@ValueSource(strings = {"sqlite", "postgresql"})
class QueryChainingTest {

    @Parameter
    String vendor;

    DatabaseWrapper connection;

    @BeforeEach
    void setUp() {
        connection = TestDatabases.use(vendor);
        new Order("paid", "ann", "10.50", 1).save();
        new Order("paid", "bob", "99.99", 3).save();
        new Order("new", "cid", "5.00", 2).save();
        Order noted = new Order("cancelled", "dan", "0.00", 0);
        noted.note = "late";
        noted.save();
    }

    private static List<String> customers(QuerySet<Order> orders) {
        return orders.list().stream().map(order -> order.customer).toList();
    }

    @Test
    void everyChainedCallLeavesTheQuerysetItCameFromUnchanged() {
        QuerySet<Order> paid = Order.objects.filter("status", "paid");
        String before = paid.sql().sql();

        QuerySet<Order> big = paid.filter("quantity__gte", 3);
        QuerySet<Order> notAnn = paid.exclude("customer", "ann");
        QuerySet<Order> annotated = paid.annotate("twice", F.of("quantity").times(2)).filter("twice", 6);
        paid.orderBy("-customer").reverse().defer("note").only("customer").slice(0, 1).distinct();
        paid.selectRelated().prefetchRelated("nothing").none();

        assertThat(paid.sql().sql()).isEqualTo(before);
        assertThat(customers(paid.orderBy("customer"))).containsExactly("ann", "bob");
        assertThat(customers(big)).containsExactly("bob");
        assertThat(customers(notAnn)).containsExactly("bob");
        assertThat(customers(annotated)).containsExactly("bob");
        assertThat(customers(paid.filter("customer", "ann"))).containsExactly("ann");
    }

    @Test
    void aCopyOfTheQueryChangesNothingOfTheQuerysetItCameFrom() {
        QuerySet<Order> paid = Order.objects.filter("status", "paid");
        String before = paid.sql().sql();

        paid.query().addQ(Q.of("customer", "ann"));
        paid.query().setOrdering(List.of("-customer"));
        paid.query().addAnnotation("twice", F.of("quantity").times(2));

        assertThat(paid.sql().sql()).isEqualTo(before);
        assertThat(paid.count()).isEqualTo(2);
    }

    @Test
    void aManagerStartsEachQuerysetAfreshWhateverEarlierOnesAdded() {
        Order.objects.filter("status", "paid").annotate("twice", F.of("quantity").times(2)).list();
        Order.objects.exclude("customer", "ann").defer("note").list();

        assertThat(Order.objects.all().count()).isEqualTo(4);
        assertThat(Order.objects.all().sql().sql()).doesNotContain("WHERE", "twice");
    }

    @Test
    void getByAPlainColumnFindsTheRowFilterWouldFind() {
        Order bob = Order.objects.filter("customer", "bob").list().getFirst();

        assertThat(Order.objects.get("customer", "bob")).isEqualTo(bob);
        assertThat(Order.objects.get("pk", bob.pk())).isEqualTo(bob);
        assertThat(Order.objects.get("id", bob.pk())).isEqualTo(bob);
        assertThat(Order.objects.get("quantity", 3L).customer).isEqualTo("bob");
        assertThat(Order.objects.filter("quantity", F.of("quantity")).count()).isEqualTo(4);
    }

    @Test
    void nullAsAValueIsAnIsNullLookup() {
        assertThat(Order.objects.filter("note", null).count()).isEqualTo(3);
        assertThat(Order.objects.exclude("note", null).list()).extracting(order -> order.customer)
                .containsExactly("dan");
    }

    @Test
    void aModelInstanceAsTheValueOfThePrimaryKeyComparesItsKey() {
        Order ann = Order.objects.get("customer", "ann");

        assertThat(Order.objects.get("pk", ann).customer).isEqualTo("ann");
        assertThat(Order.objects.filter("id__in", List.of(ann)).list()).containsExactly(ann);
    }

    @Test
    void unknownAndMalformedNamesFailAsBefore() {
        assertThatThrownBy(() -> Order.objects.get("nope", 1)).isInstanceOf(FieldError.class)
                .hasMessageStartingWith("Cannot resolve keyword 'nope' into field. Choices are: ");
        assertThatThrownBy(() -> Order.objects.get("bad-name", 1)).isInstanceOf(FieldError.class)
                .hasMessageStartingWith("Cannot resolve keyword 'bad-name' into field.");
        assertThatThrownBy(() -> Order.objects.get("customer__nope", 1)).isInstanceOf(FieldError.class)
                .hasMessageStartingWith("Unsupported lookup 'nope' for CharField");
        assertThatThrownBy(() -> Order.objects.get("customer", "nobody")).isInstanceOf(ObjectDoesNotExist.class);
    }

    @Test
    void oneQuerysetSharedByManyThreadsGivesEachItsOwnChain() throws Exception {
        QuerySet<Order> all = Order.objects.all();
        List<String> names = List.of("ann", "bob", "cid", "dan");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int task = 0; task < 40; task++) {
                String name = names.get(task % names.size());
                results.add(pool.submit(() -> all.get("customer", name).customer.equals(name)
                        && all.filter("customer", name).exclude("status", "none").count() == 1));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(all.count()).isEqualTo(4);
    }
}
