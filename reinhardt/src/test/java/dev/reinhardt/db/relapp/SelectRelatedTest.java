package dev.reinhardt.db.relapp;

import dev.reinhardt.db.RelDatabases;
import dev.reinhardt.db.backends.base.DatabaseWrapper;
import dev.reinhardt.db.backends.base.QueryCapture;
import dev.reinhardt.db.relapp.models.Customer;
import dev.reinhardt.db.relapp.models.Order;
import dev.reinhardt.db.relapp.models.OrderItem;
import dev.reinhardt.db.relapp.models.Product;
import dev.reinhardt.db.relapp.models.Profile;
import dev.reinhardt.db.relapp.models.Region;
import dev.reinhardt.exceptions.FieldError;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** selectRelated: related objects built from the same row. */
@ParameterizedClass
@ValueSource(strings = {"sqlite", "postgresql"})
class SelectRelatedTest {

    @Parameter
    String vendor;

    DatabaseWrapper connection;

    @BeforeEach
    void setUp() {
        connection = RelDatabases.use(vendor);
        Region north = Region.named("North");
        Customer ann = Customer.create("ann@example.com", "IN", north);
        Customer bob = Customer.create("bob@example.com", "FR", null);
        Product pen = Product.create("PEN", "1.50");
        OrderItem.create(Order.create(ann, "paid"), pen, 1);
        OrderItem.create(Order.create(bob, "paid"), pen, 2);
        Profile profile = new Profile();
        profile.customer.set(ann);
        profile.bio = "likes pens";
        profile.save();
    }

    @Test
    void aChainOfRelationsLoadsInOneQueryWithOuterJoinsWhereNullable() {
        try (QueryCapture capture = connection.captureQueries()) {
            List<Order> orders = Order.objects.selectRelated("customer", "customer__region").orderBy("id").list();
            assertThat(orders).extracting(order -> order.customer.get().email)
                    .containsExactly("ann@example.com", "bob@example.com");
            assertThat(orders.getFirst().customer.get().region.get().name).isEqualTo("North");
            assertThat(orders.get(1).customer.get().region.get()).isNull();
            assertThat(capture.count()).isEqualTo(1);
            assertThat(capture.queries().getFirst().sql())
                    .contains("INNER JOIN \"relapp_customer\" ON (\"relapp_order\".\"customer_id\" = "
                            + "\"relapp_customer\".\"id\")")
                    .contains("LEFT OUTER JOIN \"relapp_region\" ON (\"relapp_customer\".\"region_id\" = "
                            + "\"relapp_region\".\"id\")");
        }
    }

    @Test
    void aNullableRelationAFilterMadeInnerIsBuiltForEveryRowAndAnOuterOneOnlyWhereFound() {
        try (QueryCapture capture = connection.captureQueries()) {
            List<Customer> filtered = Customer.objects.filter("region__name", "North").selectRelated("region").list();
            List<Customer> all = Customer.objects.selectRelated("region").orderBy("email").list();

            assertThat(filtered).extracting(customer -> customer.region.get().name).containsExactly("North");
            assertThat(all).extracting(customer -> customer.region.get() == null ? null : customer.region.get().name)
                    .containsExactly("North", null);
            assertThat(capture.count()).isEqualTo(2);
            assertThat(capture.queries().getFirst().sql()).contains("INNER JOIN \"relapp_region\"");
            assertThat(capture.queries().get(1).sql()).contains("LEFT OUTER JOIN \"relapp_region\"");
        }
    }

    @Test
    void relatedObjectsAreCompleteInstances() {
        Order order = Order.objects.selectRelated("customer").get("customer__email", "ann@example.com");
        Customer customer = order.customer.get();
        assertThat(customer.state().adding()).isFalse();
        assertThat(customer.state().db()).isEqualTo("default");
        assertThat(customer.country).isEqualTo("IN");
        customer.name = "Ann";
        customer.save();
        assertThat(Customer.objects.get("email", "ann@example.com").name).isEqualTo("Ann");
    }

    @Test
    void withoutNamesItFollowsEveryNonNullableKey() {
        try (QueryCapture capture = connection.captureQueries()) {
            List<OrderItem> items = OrderItem.objects.selectRelated().orderBy("quantity").list();
            assertThat(items.getFirst().order.get().customer.get().email).isEqualTo("ann@example.com");
            assertThat(items.getFirst().product.get().sku).isEqualTo("PEN");
            assertThat(capture.count()).isEqualTo(1);
        }
    }

    @Test
    void theReverseSideOfAOneToOneCanBeSelected() {
        try (QueryCapture capture = connection.captureQueries()) {
            List<Customer> customers = Customer.objects.selectRelated("profile").list();
            assertThat(customers.getFirst().profile.get().bio).isEqualTo("likes pens");
            assertThat(customers.get(1).profile.find()).isEmpty();
            assertThat(capture.count()).isEqualTo(1);
        }
    }

    @Test
    void countAndExistsIgnoreIt() {
        assertThat(Order.objects.selectRelated("customer").count()).isEqualTo(2);
        assertThat(Order.objects.selectRelated("customer").exists()).isTrue();
    }

    @Test
    void aManyValuedRelationIsAnErrorPointingToPrefetchRelated() {
        assertThatThrownBy(() -> Order.objects.selectRelated("items")).isInstanceOf(FieldError.class)
                .hasMessage("Invalid field name(s) given in selectRelated: 'items'. Choices are: customer. 'items' is "
                        + "a many-to-many or reverse relation: load it with prefetchRelated(\"items\") instead.");
        assertThatThrownBy(() -> Order.objects.selectRelated("customer__nope")).isInstanceOf(FieldError.class)
                .hasMessageStartingWith("Invalid field name(s) given in selectRelated: 'nope'. Choices are: "
                        + "profile, region.");
    }
}
