package dev.reinhardt.db.relapp;

import dev.reinhardt.conf.Settings;
import dev.reinhardt.db.RelDatabases;
import dev.reinhardt.db.backends.base.DatabaseWrapper;
import dev.reinhardt.db.backends.base.CapturedQuery;
import dev.reinhardt.db.backends.base.QueryCapture;
import dev.reinhardt.db.models.FetchMode;
import dev.reinhardt.db.models.FieldFetchBlocked;
import dev.reinhardt.db.models.QuerySet;
import dev.reinhardt.db.relapp.models.Author;
import dev.reinhardt.db.relapp.models.Blog;
import dev.reinhardt.db.relapp.models.Customer;
import dev.reinhardt.db.relapp.models.Entry;
import dev.reinhardt.db.relapp.models.Order;
import dev.reinhardt.db.relapp.models.OrderItem;
import dev.reinhardt.db.relapp.models.Product;
import dev.reinhardt.db.relapp.models.Profile;
import dev.reinhardt.db.relapp.models.Region;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The seeds' listing — 25 paid orders with their customer's email and their
 * items' product SKUs — under each fetch mode and with an explicit plan,
 * counted with the connection's query capture.
 */
@ParameterizedClass
@ValueSource(strings = {"sqlite", "postgresql"})
class FetchModeTest {

    @Parameter
    String vendor;

    DatabaseWrapper connection;

    @BeforeEach
    void setUp() {
        connection = RelDatabases.use(vendor);
        Region north = Region.named("North");
        List<Product> products = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            products.add(Product.create("SKU-" + i, "1.00"));
        }
        for (int i = 0; i < 30; i++) {
            Customer customer = Customer.create("c" + i + "@example.com", "IN", i % 2 == 0 ? north : null);
            Order order = Order.create(customer, i < 27 ? "paid" : "new");
            OrderItem.create(order, products.get(i % 10), 1);
            OrderItem.create(order, products.get((i + 3) % 10), 2);
        }
    }

    /** The listing, written the naive way: every relation read on demand. */
    private static List<String> listing(QuerySet<Order> orders) {
        List<String> lines = new ArrayList<>();
        for (Order order : orders) {
            StringBuilder line = new StringBuilder(order.customer.get().email);
            for (OrderItem item : order.items) {
                line.append(' ').append(item.product.get().sku);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private static List<String> emails(QuerySet<Order> orders) {
        List<String> emails = new ArrayList<>();
        for (Order order : orders) {
            emails.add(order.customer.get().email);
        }
        return emails;
    }

    private static QuerySet<Order> paid() {
        return Order.objects.filter("status", "paid").orderBy("id").slice(0, 25);
    }

    private List<CapturedQuery> captured(Runnable work) {
        try (QueryCapture capture = connection.captureQueries()) {
            work.run();
            return capture.queries();
        }
    }

    private int count(Runnable work) {
        try (QueryCapture capture = connection.captureQueries()) {
            work.run();
            return capture.count();
        }
    }

    @Test
    void thePlannedListingCostsExactlyThreeQueries() {
        List<String> lines = new ArrayList<>();
        int queries = count(() -> lines.addAll(listing(
                paid().selectRelated("customer").prefetchRelated("items", "items__product"))));
        assertThat(queries).isEqualTo(3);
        assertThat(lines).hasSize(25).first().isEqualTo("c0@example.com SKU-0 SKU-3");
    }

    @Test
    void byDefaultTheNaiveListingCostsThreeQueriesAsItsItemsArriveJoinedToTheirProducts() {
        List<String> planned = listing(paid().selectRelated("customer").prefetchRelated("items", "items__product"));
        List<String> lines = new ArrayList<>();
        List<CapturedQuery> queries = captured(() -> lines.addAll(listing(paid())));
        assertThat(queries).hasSize(3);
        assertThat(lines).isEqualTo(planned);
        assertThat(queries.get(2).sql()).contains("JOIN \"relapp_product\"").doesNotContain("relapp_order\" ON");
        assertThat(count(() -> emails(paid()))).isEqualTo(2);
    }

    @Test
    void anOrderLoadedAloneGetsItsItemsJoinedToTheirProductsToo() {
        List<String> lines = new ArrayList<>();
        assertThat(count(() -> lines.addAll(listing(paid().slice(0, 1))))).isEqualTo(3);
        assertThat(lines).containsExactly("c0@example.com SKU-0 SKU-3");
        Order order = Order.objects.get("pk", paid().list().getFirst().pk());
        assertThat(count(() -> order.items.forEach(item -> item.product.get()))).isEqualTo(1);
    }

    @Test
    void theProductsJoinedToAPeerLoadAreThemselvesPeers() {
        List<Order> orders = paid().list();
        List<Product> products = new ArrayList<>();
        assertThat(count(() -> orders.forEach(order -> order.items.forEach(item -> products.add(item.product.get())))))
                .isEqualTo(1);
        assertThat(count(() -> products.forEach(product -> product.related("orderItems", OrderItem.class).list())))
                .isEqualTo(1);
    }

    @Test
    void anExplicitPrefetchLoadsExactlyWhatItNamesWithoutTheJoin() {
        List<CapturedQuery> queries = captured(() -> listing(paid().selectRelated("customer").prefetchRelated("items")));
        assertThat(queries).hasSize(3);
        assertThat(queries.get(1).sql()).doesNotContain("JOIN");
        assertThat(queries.get(2).sql()).startsWith("SELECT").contains("\"relapp_product\"");
    }

    @Test
    void theSettingTurnsTheJoinsOfPeerLoadsOff() {
        List<CapturedQuery> queries = captured(() -> Settings.callWith(new NoPeerJoinsSettings(),
                () -> listing(paid())));
        assertThat(queries).hasSize(4);
        assertThat(queries.get(2).sql()).doesNotContain("JOIN");
    }

    @Test
    void aPeerLoadOfAManyToManyRelationJoinsTheRowsKeysToo() {
        Blog blog = Blog.create("b");
        for (int i = 0; i < 3; i++) {
            Author author = Author.create("a" + i);
            Entry.create(blog, "e" + i, LocalDate.of(2020, 1, i + 1)).authors.add(author);
            Entry.create(blog, "f" + i, LocalDate.of(2020, 2, i + 1)).authors.add(author);
        }
        List<String> lines = new ArrayList<>();
        int queries = count(() -> {
            for (Author author : Author.objects.orderBy("id")) {
                for (Entry entry : author.entrySet) {
                    lines.add(author.name + " " + entry.headline + " " + entry.blog.get().name);
                }
            }
        });
        assertThat(queries).isEqualTo(2);
        assertThat(lines).hasSize(6).contains("a0 e0 b", "a2 f2 b");
    }

    @Test
    void aPeerLoadJoinsNeitherTheKeyBackToItsOwnerNorNullableKeys() {
        List<CapturedQuery> queries = captured(() -> {
            for (Customer customer : Customer.objects.orderBy("id")) {
                customer.orders.list().forEach(order -> assertThat(order.customer.get()).isSameAs(customer));
            }
            for (Region region : Region.objects.all()) {
                region.customers.list();
            }
        });
        assertThat(queries).hasSize(4);
        assertThat(queries).map(CapturedQuery::sql).allSatisfy(sql -> assertThat(sql).doesNotContain("JOIN"));
    }

    @Test
    void fetchOneLoadsEachRelationOnItsOwn() {
        assertThat(count(() -> emails(paid().fetchMode(FetchMode.FETCH_ONE)))).isEqualTo(26);
        assertThat(count(() -> listing(paid().fetchMode(FetchMode.FETCH_ONE)))).isEqualTo(1 + 25 + 25 + 50);
    }

    @Test
    void raiseRefusesTheNaiveListingAndNamesTheFix() {
        assertThatThrownBy(() -> emails(paid().fetchMode(FetchMode.RAISE)))
                .isInstanceOf(FieldFetchBlocked.class)
                .hasMessage("Order.customer is not loaded and the fetch mode is RAISE. Plan the load on the queryset "
                        + "that loaded the Order: add .selectRelated(\"customer\").");
        assertThatThrownBy(() -> listing(paid().selectRelated("customer").fetchMode(FetchMode.RAISE)))
                .isInstanceOf(FieldFetchBlocked.class)
                .hasMessageContaining("Order.items is not loaded").hasMessageContaining(".prefetchRelated(\"items\")");
        assertThat(listing(paid().selectRelated("customer").prefetchRelated("items", "items__product")
                .fetchMode(FetchMode.RAISE))).hasSize(25);
    }

    @Test
    void objectsLoadedFromAnInstanceInheritItsMode() {
        Order order = Order.objects.all().fetchMode(FetchMode.RAISE).selectRelated("customer").orderBy("id").first()
                .orElseThrow();
        Customer customer = order.customer.get();
        assertThat(customer.state().fetchMode()).isEqualTo(FetchMode.RAISE);
        assertThatThrownBy(customer.region::get).isInstanceOf(FieldFetchBlocked.class)
                .hasMessageContaining("Customer.region");
    }

    @Test
    void aScopedOverrideAndTheSettingChooseTheModeAndTheQuerySetsChoiceWins() {
        assertThat(count(() -> FetchMode.runWith(FetchMode.FETCH_ONE, () -> emails(paid())))).isEqualTo(26);
        assertThatThrownBy(() -> Settings.callWith(new RaiseSettings(), () -> emails(paid())))
                .isInstanceOf(FieldFetchBlocked.class);
        assertThat(count(() -> FetchMode.runWith(FetchMode.RAISE,
                () -> emails(paid().fetchMode(FetchMode.FETCH_PEERS))))).isEqualTo(2);
    }

    @Test
    void peersCoverManyToManyAndReverseOneToOne() {
        Blog blog = Blog.create("b");
        for (int i = 0; i < 4; i++) {
            Entry entry = Entry.create(blog, "e" + i, LocalDate.of(2020, 1, i + 1));
            entry.authors.add(Author.create("a" + i), Author.create("b" + i));
        }
        List<String> names = new ArrayList<>();
        int queries = count(() -> {
            for (Entry entry : Entry.objects.orderBy("id")) {
                entry.authors.forEach(author -> names.add(author.name));
            }
        });
        assertThat(queries).isEqualTo(2);
        assertThat(names).containsExactlyInAnyOrder("a0", "b0", "a1", "b1", "a2", "b2", "a3", "b3");

        Customer first = Customer.objects.get("email", "c0@example.com");
        Profile profile = new Profile();
        profile.customer.set(first);
        profile.save();
        List<Boolean> present = new ArrayList<>();
        assertThat(count(() -> Customer.objects.all().forEach(c -> present.add(c.profile.find().isPresent()))))
                .isEqualTo(2);
        assertThat(present).containsOnlyOnce(true);
    }

    /** Settings that keep peer loads from joining the loaded rows' keys. */
    static final class NoPeerJoinsSettings extends Settings {
        NoPeerJoinsSettings() {
            put(FetchMode.PEERS_JOIN_SETTING, false);
        }
    }

    /** Settings choosing RAISE for the whole project. */
    static final class RaiseSettings extends Settings {
        RaiseSettings() {
            put(FetchMode.SETTING, "raise");
        }
    }
}
