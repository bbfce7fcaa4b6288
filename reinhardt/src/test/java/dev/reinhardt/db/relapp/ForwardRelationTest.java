package dev.reinhardt.db.relapp;

import dev.reinhardt.db.RelDatabases;
import dev.reinhardt.db.backends.base.DatabaseWrapper;
import dev.reinhardt.db.backends.base.QueryCapture;
import dev.reinhardt.db.models.FetchMode;
import dev.reinhardt.db.relapp.models.Category;
import dev.reinhardt.db.relapp.models.Customer;
import dev.reinhardt.db.relapp.models.Order;
import dev.reinhardt.db.relapp.models.Referral;
import dev.reinhardt.db.relapp.models.Region;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Foreign keys: columns, constraints, the Ref holder and its lazy load. */
@ParameterizedClass
@ValueSource(strings = {"sqlite", "postgresql"})
class ForwardRelationTest {

    @Parameter
    String vendor;

    DatabaseWrapper connection;
    Region north;
    Customer ann;

    @BeforeEach
    void setUp() {
        connection = RelDatabases.use(vendor);
        north = Region.named("North");
        ann = Customer.create("ann@example.com", "IN", north);
    }

    @Test
    void theKeyIsStoredInAnIdColumnAndReadWithoutAQuery() {
        Order.create(ann, "paid");
        Order loaded = Order.objects.get("status", "paid");
        try (QueryCapture capture = connection.captureQueries()) {
            assertThat(loaded.customer.id()).isEqualTo(ann.id);
            assertThat(loaded.customer.isCached()).isFalse();
            assertThat(capture.count()).isZero();
        }
        assertThat(connection.fetchAll("SELECT customer_id FROM relapp_order").getFirst().getFirst())
                .isInstanceOfAny(Long.class, Integer.class);
    }

    @Test
    void getLoadsTheRelatedObjectOnceAndCachesIt() {
        Order.create(ann, "paid");
        Order loaded = Order.objects.get("status", "paid");
        try (QueryCapture capture = connection.captureQueries()) {
            assertThat(loaded.customer.get().email).isEqualTo("ann@example.com");
            assertThat(loaded.customer.get()).isSameAs(loaded.customer.get());
            assertThat(capture.count()).isEqualTo(1);
            assertThat(capture.queries().getFirst().sql()).contains("\"relapp_customer\".\"id\" = ?");
        }
    }

    @Test
    void setAndSetIdChangeTheRelation() {
        Customer bob = Customer.create("bob@example.com", "FR", null);
        Order order = Order.create(ann, "new");
        order.customer.set(bob);
        assertThat(order.customer.id()).isEqualTo(bob.id);
        order.save();
        assertThat(Order.objects.get("pk", order.id).customer.get().email).isEqualTo("bob@example.com");

        order.customer.setId(ann.id);
        assertThat(order.customer.isCached()).isFalse();
        assertThat(order.customer.get().email).isEqualTo("ann@example.com");
    }

    @Test
    void aNullableRelationWithoutKeyIsNullAndARequiredOneRaisesTheTargetsDoesNotExist() {
        Customer nobody = Customer.create("nobody@example.com", "DE", null);
        assertThat(Customer.objects.get("pk", nobody.id).region.get()).isNull();
        Order order = new Order();
        assertThatThrownBy(order.customer::get).isInstanceOf(Customer.DoesNotExist.class)
                .hasMessage("Order has no customer.");
    }

    @Test
    void aKeySetByHandLoadsOnAnInstanceNeverSaved() {
        Order order = new Order();
        order.customer.setId(ann.id);
        assertThat(order.customer.get().email).isEqualTo("ann@example.com");
    }

    @Test
    void assigningAnUnsavedObjectRefusesToSave() {
        Customer unsaved = new Customer();
        unsaved.email = "new@example.com";
        Order order = new Order();
        order.status = "new";
        order.customer.set(unsaved);
        assertThatThrownBy(order::save).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unsaved related object 'customer'");
        unsaved.country = "IN";
        unsaved.name = "new";
        unsaved.save();
        order.save();
        assertThat(Order.objects.get("pk", order.id).customer.id()).isEqualTo(unsaved.id);
    }

    @Test
    void theDatabaseRejectsAKeyToNoRow() {
        assertThatThrownBy(() -> connection.atomic(() -> connection.execute(
                "INSERT INTO relapp_order (status, customer_id, created_at) VALUES (?, ?, ?)", "x", 999_999L,
                vendor.equals("sqlite") ? "2024-01-01T00:00:00Z" : java.sql.Timestamp.valueOf("2024-01-01 00:00:00"))))
                .isInstanceOf(dev.reinhardt.exceptions.IntegrityError.class);
    }

    @Test
    void aSelfReferenceByNameWorksBothWays() {
        Category root = Category.create("root", null);
        Category leaf = Category.create("leaf", root);
        assertThat(Category.objects.get("name", "leaf").parent.get().name).isEqualTo("root");
        assertThat(root.children.all().list()).extracting(c -> c.name).containsExactly("leaf");
        assertThat(Category.objects.filter("parent__name", "root").list()).containsExactly(leaf);
        assertThat(Category.objects.filter("children__name", "leaf").list()).containsExactly(root);
    }

    @Test
    void filterByAnInstanceComparesItsKey() {
        Order paid = Order.create(ann, "paid");
        assertThat(Order.objects.filter("customer", ann).list()).containsExactly(paid);
        assertThat(Order.objects.filter("customer__in", java.util.List.of(ann)).list()).containsExactly(paid);
        assertThat(Order.objects.filter("customer_id", ann.id).list()).containsExactly(paid);
    }

    @Test
    void aKeyCanReferToAnotherUniqueFieldThanThePrimaryKey() {
        Referral referral = new Referral();
        referral.code = "R1";
        referral.referrer.set(ann);
        referral.save();
        assertThat(connection.fetchAll("SELECT referrer_id FROM relapp_referral").getFirst().getFirst())
                .isEqualTo("ann@example.com");
        Referral loaded = Referral.objects.get("code", "R1");
        assertThat(loaded.referrer.id()).isEqualTo("ann@example.com");
        assertThat(loaded.referrer.get().id).isEqualTo(ann.id);
        assertThat(Referral.objects.filter("referrer", ann).count()).isEqualTo(1);
        assertThat(Referral.objects.filter("referrer__country", "IN").query().toString())
                .contains("ON (\"relapp_referral\".\"referrer_id\" = \"relapp_customer\".\"email\")");
        assertThat(ann.related("referrals", Referral.class).list()).containsExactly(referral);
        assertThat(Customer.objects.prefetchRelated("referrals").get("pk", ann.id)
                .related("referrals", Referral.class).list()).containsExactly(referral);
        assertThat(ann.delete().perModel()).containsEntry("relapp.Referral", 1L);
    }

    @Test
    void fullCleanChecksTheReferencedObjectExistsAndMeetsLimitChoicesTo() {
        Customer french = Customer.create("fr@example.com", "FR", null);
        Referral referral = new Referral();
        referral.code = "R2";
        referral.referrer.set(french);
        assertThatThrownBy(referral::fullClean).isInstanceOf(dev.reinhardt.exceptions.ValidationError.class)
                .satisfies(error -> assertThat(((dev.reinhardt.exceptions.ValidationError) error).messageDict())
                        .containsEntry("referrer", java.util.List.of(
                                "customer instance with email fr@example.com does not exist.")));
        referral.referrer.set(ann);
        referral.fullClean();
    }

    @Test
    void fetchModeRaiseRefusesTheLazyLoadAndNamesTheFix() {
        Order.create(ann, "paid");
        Order loaded = Order.objects.all().fetchMode(FetchMode.RAISE).get("status", "paid");
        assertThatThrownBy(loaded.customer::get)
                .isInstanceOf(dev.reinhardt.db.models.FieldFetchBlocked.class)
                .hasMessage("Order.customer is not loaded and the fetch mode is RAISE. Plan the load on the queryset "
                        + "that loaded the Order: add .selectRelated(\"customer\").");
    }
}
