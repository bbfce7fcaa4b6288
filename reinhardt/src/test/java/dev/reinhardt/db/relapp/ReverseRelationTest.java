package dev.reinhardt.db.relapp;

import dev.reinhardt.db.RelDatabases;
import dev.reinhardt.db.backends.base.DatabaseWrapper;
import dev.reinhardt.db.backends.base.QueryCapture;
import dev.reinhardt.db.models.Related;
import dev.reinhardt.db.relapp.models.Blog;
import dev.reinhardt.db.relapp.models.Customer;
import dev.reinhardt.db.relapp.models.Entry;
import dev.reinhardt.db.relapp.models.Order;
import dev.reinhardt.db.relapp.models.Profile;
import dev.reinhardt.db.relapp.models.Region;
import dev.reinhardt.exceptions.FieldError;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reverse accessors: related managers and the reverse side of one-to-one keys. */
@ParameterizedClass
@ValueSource(strings = {"sqlite", "postgresql"})
class ReverseRelationTest {

    @Parameter
    String vendor;

    DatabaseWrapper connection;
    Region north;
    Customer ann;
    Customer bob;

    @BeforeEach
    void setUp() {
        connection = RelDatabases.use(vendor);
        north = Region.named("North");
        ann = Customer.create("ann@example.com", "IN", north);
        bob = Customer.create("bob@example.com", "FR", null);
        Order.create(ann, "paid");
        Order.create(ann, "new");
        Order.create(bob, "paid");
    }

    private static List<String> statuses(Iterable<Order> orders) {
        List<String> statuses = new java.util.ArrayList<>();
        orders.forEach(order -> statuses.add(order.status));
        return statuses.stream().sorted().toList();
    }

    @Test
    void aReverseManagerHasTheQuerySetApiScopedToItsInstance() {
        assertThat(ann.orders.count()).isEqualTo(2);
        assertThat(statuses(ann.orders.all())).containsExactly("new", "paid");
        assertThat(ann.orders.filter("status", "paid").count()).isEqualTo(1);
        assertThat(ann.orders.exclude("status", "paid").get().status).isEqualTo("new");
        assertThat(ann.orders.orderBy("-status").first().orElseThrow().status).isEqualTo("paid");
        assertThat(ann.orders.getQuerySet().query().toString())
                .contains("WHERE \"relapp_order\".\"customer_id\" = " + ann.id);
    }

    @Test
    void objectsLoadedThroughTheManagerKnowTheirOwner() {
        List<Order> orders = ann.orders.all().list();
        try (QueryCapture capture = connection.captureQueries()) {
            assertThat(orders).allSatisfy(order -> assertThat(order.customer.get()).isSameAs(ann));
            assertThat(capture.count()).isZero();
        }
    }

    @Test
    void createRelatesTheNewObject() {
        Order created = ann.orders.create(order -> order.status = "draft");
        assertThat(created.customer.id()).isEqualTo(ann.id);
        assertThat(Order.objects.get("status", "draft").customer.id()).isEqualTo(ann.id);
    }

    @Test
    void addMovesSavedObjectsAndRefusesUnsavedOnes() {
        Order bobs = Order.objects.get("customer", bob);
        ann.orders.add(bobs);
        assertThat(bobs.customer.id()).isEqualTo(ann.id);
        assertThat(ann.orders.count()).isEqualTo(3);
        assertThat(bob.orders.exists()).isFalse();
        Order unsaved = new Order();
        assertThatThrownBy(() -> ann.orders.add(unsaved)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("isn't saved");
    }

    @Test
    void removeClearAndSetNeedANullableKey() {
        Customer cid = Customer.create("cid@example.com", "IN", north);
        assertThat(north.customers.count()).isEqualTo(2);
        north.customers.remove(ann);
        assertThat(Customer.objects.get("pk", ann.id).region.id()).isNull();
        assertThat(north.customers.list()).containsExactly(cid);
        north.customers.set(List.of(ann, bob));
        assertThat(north.customers.list()).extracting(c -> c.email)
                .containsExactly("ann@example.com", "bob@example.com");
        north.customers.clear();
        assertThat(north.customers.exists()).isFalse();
        assertThatThrownBy(() -> ann.orders.clear()).isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining("Order.customer empty, but it is not nullable");
        Customer unrelated = Customer.objects.get("pk", cid.id);
        assertThatThrownBy(() -> north.customers.remove(unrelated)).isInstanceOf(Customer.DoesNotExist.class)
                .hasMessage("Customer object (" + cid.id + ") is not related to Region object (" + north.id + ").");
    }

    @Test
    void theDefaultAccessorIsModelSetAndReachableWithoutAField() {
        Blog blog = Blog.create("Cheddar Talk");
        Entry.create(blog, "Cheese", LocalDate.of(2020, 1, 1));
        assertThat(blog.entrySet.count()).isEqualTo(1);
        Related<Entry> byName = blog.related("entry_set", Entry.class);
        assertThat(byName.all().list()).extracting(e -> e.headline).containsExactly("Cheese");
        assertThat(ann.related("orders", Order.class).count()).isEqualTo(2);
        assertThatThrownBy(() -> blog.related("entries", Entry.class)).isInstanceOf(FieldError.class)
                .hasMessage("Blog has no relation named 'entries'. Reverse accessors: entry_set; many-to-many "
                        + "fields: [].");
    }

    @Test
    void aReverseOneToOneRaisesTheRelatedModelsDoesNotExistWhenAbsent() {
        assertThatThrownBy(ann.profile::get).isInstanceOf(Profile.DoesNotExist.class)
                .hasMessage("Customer has no profile.");
        Profile profile = new Profile();
        profile.customer.set(ann);
        profile.save();
        Customer reloaded = Customer.objects.get("pk", ann.id);
        assertThat(reloaded.profile.get().id).isEqualTo(profile.id);
        assertThat(reloaded.profile.get().customer.get()).isSameAs(reloaded);
        assertThat(Customer.objects.filter("profile__isnull", false).list()).containsExactly(ann);
    }

    @Test
    void aManagerOfAnUnsavedInstanceExplainsWhatToDo() {
        Customer unsaved = new Customer();
        assertThatThrownBy(() -> unsaved.orders.count()).isInstanceOf(IllegalStateException.class)
                .hasMessage("'Customer' instance needs to have a primary key value before this relationship can be "
                        + "used; save it first.");
    }
}
