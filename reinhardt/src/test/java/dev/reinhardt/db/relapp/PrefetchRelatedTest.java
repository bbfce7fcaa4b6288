package dev.reinhardt.db.relapp;

import dev.reinhardt.db.RelDatabases;
import dev.reinhardt.db.backends.base.DatabaseWrapper;
import dev.reinhardt.db.backends.base.QueryCapture;
import dev.reinhardt.db.models.FetchMode;
import dev.reinhardt.db.models.Prefetch;
import dev.reinhardt.db.relapp.models.Author;
import dev.reinhardt.db.relapp.models.Blog;
import dev.reinhardt.db.relapp.models.Customer;
import dev.reinhardt.db.relapp.models.Entry;
import dev.reinhardt.db.relapp.models.Order;
import dev.reinhardt.db.relapp.models.OrderItem;
import dev.reinhardt.db.relapp.models.Product;
import dev.reinhardt.db.relapp.models.Region;
import dev.reinhardt.exceptions.FieldError;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** prefetchRelated: one extra query per relation level, forward, reverse and many-to-many. */
@ParameterizedClass
@ValueSource(strings = {"sqlite", "postgresql"})
class PrefetchRelatedTest {

    @Parameter
    String vendor;

    DatabaseWrapper connection;

    @BeforeEach
    void setUp() {
        connection = RelDatabases.use(vendor);
        Region north = Region.named("North");
        Product pen = Product.create("PEN", "1.50");
        Product ink = Product.create("INK", "3.00");
        for (int i = 0; i < 5; i++) {
            Customer customer = Customer.create("c" + i + "@example.com", "IN", north);
            for (int j = 0; j <= i % 3; j++) {
                Order order = Order.create(customer, j == 0 ? "paid" : "new");
                OrderItem.create(order, pen, 1);
                OrderItem.create(order, ink, j + 1);
            }
        }
    }

    private int count(Runnable work) {
        try (QueryCapture capture = connection.captureQueries()) {
            work.run();
            return capture.count();
        }
    }

    private List<String> queries(Runnable work) {
        try (QueryCapture capture = connection.captureQueries()) {
            work.run();
            return capture.queries().stream().map(q -> q.sql()).toList();
        }
    }

    @Test
    void aReverseRelationLoadsWithOneInQuery() {
        List<Integer> sizes = new ArrayList<>();
        List<String> sql = queries(() -> {
            for (Customer customer : Customer.objects.prefetchRelated("orders")) {
                sizes.add(customer.orders.all().list().size());
                sizes.add((int) customer.orders.count());
            }
        });
        assertThat(sql).hasSize(2);
        assertThat(sql.get(1)).contains("WHERE \"relapp_order\".\"customer_id\" IN (?, ?, ?, ?, ?)");
        assertThat(sizes).containsExactly(1, 1, 2, 2, 3, 3, 1, 1, 2, 2);
    }

    @Test
    void nestedLookupsLoadOneLevelPerQueryAndLoadIntermediateLevelsOnce() {
        List<String> skus = new ArrayList<>();
        int queries = count(() -> {
            for (Customer customer : Customer.objects.prefetchRelated("orders", "orders__items",
                    "orders__items__product")) {
                for (Order order : customer.orders) {
                    for (OrderItem item : order.items) {
                        skus.add(item.product.get().sku);
                        assertThat(item.order.get()).isSameAs(order);
                    }
                }
            }
        });
        assertThat(queries).isEqualTo(4);
        assertThat(skus).hasSize(18).containsOnly("PEN", "INK");
    }

    @Test
    void aForwardKeyAndManyToManyOnBothSidesPrefetch() {
        assertThat(count(() -> Order.objects.prefetchRelated("customer").forEach(o -> o.customer.get()))).isEqualTo(2);
        Blog blog = Blog.create("b");
        Author ann = Author.create("ann");
        Author bob = Author.create("bob");
        Entry one = Entry.create(blog, "one", LocalDate.of(2020, 1, 1));
        Entry two = Entry.create(blog, "two", LocalDate.of(2020, 1, 2));
        one.authors.add(ann, bob);
        two.authors.add(bob);
        List<String> pairs = new ArrayList<>();
        assertThat(count(() -> Entry.objects.orderBy("id").prefetchRelated("authors").forEach(entry ->
                entry.authors.forEach(author -> pairs.add(entry.headline + ":" + author.name))))).isEqualTo(2);
        assertThat(pairs).containsExactlyInAnyOrder("one:ann", "one:bob", "two:bob");
        pairs.clear();
        assertThat(count(() -> Author.objects.orderBy("name").prefetchRelated("entry_set").forEach(author ->
                author.entrySet.forEach(entry -> pairs.add(author.name + ":" + entry.headline))))).isEqualTo(2);
        assertThat(pairs).containsExactlyInAnyOrder("ann:one", "bob:one", "bob:two");
    }

    @Test
    void aPrefetchWithAQuerySetFiltersAndCanKeepTheObjectsUnderItsOwnName() {
        List<Customer> customers = Customer.objects.orderBy("email").prefetchRelated(
                Prefetch.of("orders", Order.objects.filter("status", "paid")),
                Prefetch.of("orders__items", OrderItem.objects.filter("product__sku", "INK"), "inkItems")).list();
        Long ink = Product.objects.get("sku", "INK").id;
        try (QueryCapture capture = connection.captureQueries()) {
            Customer third = customers.get(2);
            assertThat(third.orders.all().list()).extracting(o -> o.status).containsExactly("paid");
            assertThat(third.orders.all().list().getFirst().prefetched("inkItems", OrderItem.class))
                    .extracting(item -> item.product.id()).containsExactly(ink);
            assertThat(capture.count()).isZero();
        }
        assertThat(customers.get(2).orders.filter("status", "new").count()).isEqualTo(2);
    }

    @Test
    void streamingPrefetchesOnceForEachChunk() {
        List<Integer> sizes = new ArrayList<>();
        int queries = count(() -> {
            try (Stream<Customer> customers = Customer.objects.orderBy("email").prefetchRelated("orders").stream(2)) {
                customers.forEach(customer -> sizes.add(customer.orders.all().list().size()));
            }
        });
        assertThat(sizes).containsExactly(1, 2, 3, 1, 2);
        assertThat(queries).isEqualTo(1 + 3);
    }

    @Test
    void aChunkOfAStreamIsAGroupOfPeers() {
        int queries = count(() -> {
            try (Stream<Order> orders = Order.objects.orderBy("id").stream(4)) {
                orders.forEach(order -> order.customer.get());
            }
        });
        assertThat(queries).isEqualTo(1 + 3);
    }

    @Test
    void anUnknownLookupNamesTheModelAndItsRelations() {
        assertThatThrownBy(() -> Customer.objects.prefetchRelated("order").list()).isInstanceOf(FieldError.class)
                .hasMessage("Cannot find 'order' on Customer object, 'order' is an invalid parameter to "
                        + "prefetchRelated(). Relations of Customer: orders, profile, referrals, region.");
    }

    @Test
    void listingAndIteratingPrefetchedObjectsGiveWhatAllGivesWithoutAQuery() {
        List<Customer> customers = Customer.objects.orderBy("email").prefetchRelated("orders").list();
        try (QueryCapture capture = connection.captureQueries()) {
            for (Customer customer : customers) {
                List<Order> iterated = new ArrayList<>();
                customer.orders.forEach(iterated::add);
                assertThat(customer.orders.list()).containsExactlyElementsOf(customer.orders.all().list())
                        .containsExactlyElementsOf(iterated);
                assertThatThrownBy(() -> customer.orders.list().clear())
                        .isInstanceOf(UnsupportedOperationException.class);
            }
            assertThat(capture.count()).isZero();
        }
    }

    @Test
    void aPrefetchedRelationIsNeverFetchedAgainEvenUnderRaise() {
        List<Customer> customers = Customer.objects.all().fetchMode(FetchMode.RAISE).prefetchRelated("orders").list();
        assertThat(customers).allSatisfy(customer -> assertThat(customer.orders.all().list()).isNotEmpty());
    }
}
