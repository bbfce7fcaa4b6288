package dev.reinhardt.db.relapp;

import dev.reinhardt.db.RelDatabases;
import dev.reinhardt.db.models.Q;
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
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Lookups across relations: joins, their reuse and their INNER / LEFT OUTER type, chosen as Django chooses them. */
@ParameterizedClass
@ValueSource(strings = {"sqlite", "postgresql"})
class RelationLookupTest {

    private static final String CUSTOMER_COLUMNS = "SELECT \"relapp_customer\".\"id\", \"relapp_customer\".\"email\", "
            + "\"relapp_customer\".\"name\", \"relapp_customer\".\"country\", \"relapp_customer\".\"region_id\" "
            + "FROM \"relapp_customer\" ";
    private static final String REGION_JOIN = "JOIN \"relapp_region\" ON (\"relapp_customer\".\"region_id\" = "
            + "\"relapp_region\".\"id\")";

    @Parameter
    String vendor;

    Region north;
    Customer ann;
    Customer bob;
    Customer cid;

    @BeforeEach
    void setUp() {
        RelDatabases.use(vendor);
        north = Region.named("North");
        Region south = Region.named("South");
        ann = Customer.create("ann@example.com", "IN", north);
        bob = Customer.create("bob@example.com", "FR", south);
        cid = Customer.create("cid@example.com", "IN", null);
        Product pen = Product.create("PEN", "1.50");
        Order first = Order.create(ann, "paid");
        Order.create(ann, "paid");
        Order.create(bob, "new");
        OrderItem.create(first, pen, 3);
    }

    private static List<String> emails(List<Customer> customers) {
        return customers.stream().map(customer -> customer.email).toList();
    }

    @Test
    void aForwardPathJoinsInner() {
        assertThat(Order.objects.filter("customer__country", "IN").query().toString()).isEqualTo(
                "SELECT \"relapp_order\".\"id\", \"relapp_order\".\"status\", \"relapp_order\".\"customer_id\", "
                        + "\"relapp_order\".\"created_at\" FROM \"relapp_order\" INNER JOIN \"relapp_customer\" ON "
                        + "(\"relapp_order\".\"customer_id\" = \"relapp_customer\".\"id\") "
                        + "WHERE \"relapp_customer\".\"country\" = 'IN'");
        assertThat(Order.objects.filter("customer__country", "IN").count()).isEqualTo(2);
    }

    @Test
    void aFilterOnANullableRelationIsInnerButAnOrMakesItLeftOuter() {
        assertThat(Customer.objects.filter("region__name", "North").query().toString()).isEqualTo(CUSTOMER_COLUMNS
                + "INNER " + REGION_JOIN + " WHERE \"relapp_region\".\"name\" = 'North' ORDER BY "
                + "\"relapp_customer\".\"email\" ASC");
        var either = Customer.objects.filter(Q.of("region__name", "North").or(Q.of("country", "IN")));
        assertThat(either.query().toString()).isEqualTo(CUSTOMER_COLUMNS + "LEFT OUTER " + REGION_JOIN
                + " WHERE (\"relapp_region\".\"name\" = 'North' OR \"relapp_customer\".\"country\" = 'IN') "
                + "ORDER BY \"relapp_customer\".\"email\" ASC");
        assertThat(emails(either.list())).containsExactly("ann@example.com", "cid@example.com");
    }

    @Test
    void isnullAcrossARelationKeepsTheOuterJoin() {
        var noRegionName = Customer.objects.filter("region__name__isnull", true);
        assertThat(noRegionName.query().toString()).isEqualTo(CUSTOMER_COLUMNS + "LEFT OUTER " + REGION_JOIN
                + " WHERE \"relapp_region\".\"name\" IS NULL ORDER BY \"relapp_customer\".\"email\" ASC");
        assertThat(emails(noRegionName.list())).containsExactly("cid@example.com");
        assertThat(Customer.objects.filter("region__isnull", true).query().toString()).isEqualTo(CUSTOMER_COLUMNS
                + "WHERE \"relapp_customer\".\"region_id\" IS NULL ORDER BY \"relapp_customer\".\"email\" ASC");
    }

    @Test
    void aPathToTheRelatedKeyNeedsNoJoin() {
        assertThat(Order.objects.filter("customer__id", ann.id).query().toString()).doesNotContain("JOIN");
        assertThat(Order.objects.filter("customer__pk", ann.id).count()).isEqualTo(2);
    }

    @Test
    void excludeAcrossANullableRelationKeepsRowsWithoutIt() {
        assertThat(emails(Customer.objects.exclude("region__name", "North").list()))
                .containsExactly("bob@example.com", "cid@example.com");
    }

    @Test
    void pathsOfAnyDepthJoinEachTableOnce() {
        var items = OrderItem.objects.filter("order__customer__region__name", "North")
                .filter("order__customer__country", "IN");
        assertThat(items.query().toString()).containsOnlyOnce("\"relapp_customer\" ON")
                .containsOnlyOnce("\"relapp_order\" ON").contains("INNER JOIN \"relapp_region\"");
        assertThat(items.count()).isEqualTo(1);
    }

    @Test
    void reversePathsJoinTheReferringTableAndDistinctRemovesTheDuplicates() {
        var paying = Customer.objects.filter("orders__status", "paid");
        assertThat(paying.query().toString()).contains(
                "INNER JOIN \"relapp_order\" ON (\"relapp_customer\".\"id\" = \"relapp_order\".\"customer_id\")");
        assertThat(emails(paying.list())).containsExactly("ann@example.com", "ann@example.com");
        assertThat(emails(paying.distinct().list())).containsExactly("ann@example.com");
        assertThat(paying.distinct().count()).isEqualTo(1);
        assertThat(emails(Customer.objects.filter("orders__isnull", true).list())).containsExactly("cid@example.com");
    }

    @Test
    void manyToManyPathsGoThroughTheJoinTable() {
        Blog blog = Blog.create("Beatles Blog");
        Entry entry = Entry.create(blog, "Lennon", LocalDate.of(2008, 1, 1));
        Author paul = Author.create("Paul");
        entry.authors.add(paul);
        assertThat(Entry.objects.filter("authors__name", "Paul").query().toString()).contains(
                "INNER JOIN \"relapp_entry_authors\" ON (\"relapp_entry\".\"id\" = \"relapp_entry_authors\".\"entry_id\")"
                        + " INNER JOIN \"relapp_author\" ON (\"relapp_entry_authors\".\"author_id\" = "
                        + "\"relapp_author\".\"id\")");
        assertThat(Entry.objects.filter("authors__name", "Paul").list()).containsExactly(entry);
        assertThat(Author.objects.filter("entry__blog__name", "Beatles Blog").list()).containsExactly(paul);
        assertThat(Entry.objects.filter("authors", paul).list()).containsExactly(entry);
        assertThat(Entry.objects.filter("authors", paul).query().toString())
                .doesNotContain("\"relapp_author\" ON");
    }

    @Test
    void orderingByARelatedFieldJoinsAsNeeded() {
        assertThat(Customer.objects.orderBy("region__name", "email").query().toString()).isEqualTo(CUSTOMER_COLUMNS
                + "LEFT OUTER " + REGION_JOIN + " ORDER BY \"relapp_region\".\"name\" ASC, \"relapp_customer\"."
                + "\"email\" ASC");
        List<String> byRegion = emails(Customer.objects.filter("region__isnull", false).orderBy("-region__name").list());
        assertThat(byRegion).containsExactly("bob@example.com", "ann@example.com");
        assertThat(Order.objects.orderBy("customer__email").count()).isEqualTo(3);
    }

    @Test
    void valuesFollowRelations() {
        assertThat(Order.objects.filter("status", "new").values("status", "customer__email").list())
                .containsExactly(Map.of("status", "new", "customer__email", "bob@example.com"));
    }

    @Test
    void updateAndDeleteFilteredThroughARelationUseASubquery() {
        assertThat(Order.objects.filter("customer__country", "FR").update("status", "shipped")).isEqualTo(1);
        assertThat(Order.objects.filter("status", "shipped").get().customer.id()).isEqualTo(bob.id);
        assertThat(Order.objects.filter("customer__region__name", "South").delete()).isEqualTo(1);
        assertThat(Order.objects.count()).isEqualTo(2);
    }

    @Test
    void anUnknownNameListsTheChoicesWithReverseRelations() {
        assertThatThrownBy(() -> Order.objects.filter("customr__country", "IN")).isInstanceOf(FieldError.class)
                .hasMessage("Cannot resolve keyword 'customr' into field. Choices are: createdAt, customer, id, invoices, "
                        + "items, status.");
        assertThatThrownBy(() -> Order.objects.filter("customer__countr", "IN")).isInstanceOf(FieldError.class)
                .hasMessage("Cannot resolve keyword 'countr' into field. Choices are: country, email, id, name, "
                        + "orders, profile, referrals, region.");
    }
}
