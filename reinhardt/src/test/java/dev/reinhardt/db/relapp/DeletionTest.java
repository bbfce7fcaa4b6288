package dev.reinhardt.db.relapp;

import dev.reinhardt.db.RelDatabases;
import dev.reinhardt.db.backends.base.DatabaseWrapper;
import dev.reinhardt.db.backends.base.QueryCapture;
import dev.reinhardt.db.models.DeleteResult;
import dev.reinhardt.db.models.ModelSignals;
import dev.reinhardt.db.models.ProtectedError;
import dev.reinhardt.db.models.RestrictedError;
import dev.reinhardt.db.relapp.models.Album;
import dev.reinhardt.db.relapp.models.Artist;
import dev.reinhardt.db.relapp.models.Author;
import dev.reinhardt.db.relapp.models.Blog;
import dev.reinhardt.db.relapp.models.Category;
import dev.reinhardt.db.relapp.models.Customer;
import dev.reinhardt.db.relapp.models.Entry;
import dev.reinhardt.db.relapp.models.Invoice;
import dev.reinhardt.db.relapp.models.Order;
import dev.reinhardt.db.relapp.models.OrderItem;
import dev.reinhardt.db.relapp.models.Product;
import dev.reinhardt.db.relapp.models.Profile;
import dev.reinhardt.db.relapp.models.Region;
import dev.reinhardt.db.relapp.models.Shipment;
import dev.reinhardt.db.relapp.models.Song;
import dev.reinhardt.db.relapp.models.Warehouse;
import dev.reinhardt.dispatch.Receiver;
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

/** Deletion through the collector: onDelete modes, order, counts, signals and the fast path. */
@ParameterizedClass
@ValueSource(strings = {"sqlite", "postgresql"})
class DeletionTest {

    @Parameter
    String vendor;

    DatabaseWrapper connection;
    Region north;
    Customer ann;
    Customer bob;
    Product pen;

    @BeforeEach
    void setUp() {
        connection = RelDatabases.use(vendor);
        north = Region.named("North");
        ann = Customer.create("ann@example.com", "IN", north);
        bob = Customer.create("bob@example.com", "FR", north);
        pen = Product.create("PEN", "1.00");
        Order first = Order.create(ann, "paid");
        Order second = Order.create(ann, "new");
        OrderItem.create(first, pen, 1);
        OrderItem.create(first, pen, 2);
        OrderItem.create(second, pen, 3);
        OrderItem.create(Order.create(bob, "paid"), pen, 4);
        Profile profile = new Profile();
        profile.customer.set(ann);
        profile.save();
    }

    private List<String> deletes(QueryCapture capture) {
        return capture.queries().stream().map(q -> q.sql()).filter(sql -> sql.startsWith("DELETE"))
                .map(sql -> sql.substring("DELETE FROM \"".length(), sql.indexOf('"', "DELETE FROM \"".length())))
                .toList();
    }

    @Test
    void cascadeDeletesDependentsFirstAndCountsEachModel() {
        DeleteResult result;
        List<String> tables;
        try (QueryCapture capture = connection.captureQueries()) {
            result = ann.delete();
            tables = deletes(capture);
        }
        assertThat(result.total()).isEqualTo(7);
        assertThat(result.perModel()).containsExactly(Map.entry("relapp.Profile", 1L),
                Map.entry("relapp.OrderItem", 3L), Map.entry("relapp.Order", 2L), Map.entry("relapp.Customer", 1L));
        assertThat(tables).containsExactly("relapp_profile", "relapp_orderitem", "relapp_referral", "relapp_order",
                "relapp_customer");
        assertThat(ann.id).isNull();
        assertThat(Order.objects.count()).isEqualTo(1);
        assertThat(OrderItem.objects.count()).isEqualTo(1);
    }

    @Test
    void protectRefusesAndNothingIsHalfDeleted() {
        Order invoiced = Order.objects.filter("customer", ann).orderBy("id").first().orElseThrow();
        Invoice invoice = Invoice.create(invoiced, "INV-1");
        assertThatThrownBy(() -> Customer.objects.get("pk", ann.id).delete())
                .isInstanceOf(ProtectedError.class)
                .hasMessage("Cannot delete some instances of model 'Customer' because they are referenced through "
                        + "protected foreign keys: 'Order.customer'.")
                .satisfies(error -> assertThat(((ProtectedError) error).protectedObjects()).containsExactly(invoice));
        assertThatThrownBy(() -> pen.delete()).isInstanceOf(ProtectedError.class)
                .hasMessage("Cannot delete some instances of model 'Product' because they are referenced through "
                        + "protected foreign keys: 'OrderItem.product'.");
        assertThat(Customer.objects.count()).isEqualTo(2);
        assertThat(Order.objects.count()).isEqualTo(3);
        assertThat(OrderItem.objects.count()).isEqualTo(4);
        assertThat(Profile.objects.count()).isEqualTo(1);
    }

    @Test
    void restrictIsAllowedOnlyWhenACascadeDeletesTheReferringObjectsToo() {
        Artist artistOne = Artist.create("one");
        Artist artistTwo = Artist.create("two");
        Album albumOne = Album.create(artistOne);
        Album albumTwo = Album.create(artistTwo);
        Song.create(artistOne, albumOne);
        Song.create(artistOne, albumTwo);
        assertThatThrownBy(albumOne::delete).isInstanceOf(RestrictedError.class)
                .hasMessage("Cannot delete some instances of model 'Album' because they are referenced through "
                        + "restricted foreign keys: 'Song.album'.");
        assertThatThrownBy(artistTwo::delete).isInstanceOf(RestrictedError.class)
                .hasMessage("Cannot delete some instances of model 'Artist' because they are referenced through "
                        + "restricted foreign keys: 'Song.album'.");
        DeleteResult result = artistOne.delete();
        assertThat(result.total()).isEqualTo(4);
        assertThat(result.perModel()).containsOnly(Map.entry("relapp.Song", 2L), Map.entry("relapp.Album", 1L),
                Map.entry("relapp.Artist", 1L));
    }

    @Test
    void setNullSetDefaultSetAndDoNothingUpdateOrLeaveTheReferringRows() {
        Warehouse.create("MAIN");
        Warehouse.create("LOST");
        Warehouse west = Warehouse.create("WEST");
        Shipment shipment = new Shipment();
        shipment.warehouse.set(west);
        shipment.returnTo.set(west);
        shipment.origin.set(west);
        shipment.save();
        DeleteResult result = west.delete();
        assertThat(result.perModel()).containsExactly(Map.entry("relapp.Warehouse", 1L));
        Shipment reloaded = Shipment.objects.get("pk", shipment.id);
        assertThat(reloaded.warehouse.id()).isEqualTo("MAIN");
        assertThat(reloaded.returnTo.id()).isEqualTo("LOST");
        assertThat(reloaded.origin.id()).isEqualTo("WEST");

        assertThat(north.delete().total()).isEqualTo(1);
        assertThat(Customer.objects.filter("region__isnull", true).count()).isEqualTo(2);
    }

    @Test
    void rowsNothingDependsOnAreDeletedByOneQueryWithoutLoading() {
        try (QueryCapture capture = connection.captureQueries()) {
            assertThat(OrderItem.objects.filter("order__customer", ann).delete()).isEqualTo(3);
            assertThat(capture.queries()).singleElement().satisfies(query ->
                    assertThat(query.sql()).startsWith("DELETE FROM \"relapp_orderitem\" WHERE"));
        }
    }

    @Test
    void signalReceiversTurnTheFastPathIntoPerObjectSignals() {
        List<String> events = new ArrayList<>();
        Receiver<ModelSignals.DeleteEvent> pre = (sender, event) -> events.add("pre " + ((OrderItem) event.instance()).quantity);
        Receiver<ModelSignals.DeleteEvent> post = (sender, event) -> events.add("post " + event.instance().id);
        ModelSignals.preDelete.connect(pre, OrderItem.class);
        ModelSignals.postDelete.connect(post, OrderItem.class);
        try {
            List<OrderItem> items = OrderItem.objects.filter("order__customer", bob).list();
            assertThat(OrderItem.objects.filter("order__customer", bob).deleteWithCounts().perModel())
                    .containsExactly(Map.entry("relapp.OrderItem", 1L));
            assertThat(events).containsExactly("pre 4", "post " + items.getFirst().id);
        } finally {
            ModelSignals.preDelete.disconnect(pre, OrderItem.class, null);
            ModelSignals.postDelete.disconnect(post, OrderItem.class, null);
        }
    }

    @Test
    void aCascadeThroughASelfReferenceDeletesTheWholeSubtree() {
        Category root = Category.create("root", null);
        Category child = Category.create("child", root);
        Category.create("grandchild", child);
        Category other = Category.create("other", null);
        assertThat(root.delete().perModel()).containsExactly(Map.entry("relapp.Category", 3L));
        assertThat(Category.objects.all().list()).containsExactly(other);
    }

    @Test
    void deletingEitherSideOfAManyToManyRemovesItsJoinRows() {
        Blog blog = Blog.create("b");
        Entry entry = Entry.create(blog, "e", LocalDate.of(2020, 1, 1));
        Author paul = Author.create("Paul");
        Author john = Author.create("John");
        entry.authors.add(paul, john);
        DeleteResult result = paul.delete();
        assertThat(result.perModel()).containsExactly(Map.entry("relapp.Entry_authors", 1L),
                Map.entry("relapp.Author", 1L));
        assertThat(entry.authors.list()).containsExactly(john);
        assertThat(blog.delete().perModel()).containsExactly(Map.entry("relapp.Entry_authors", 1L),
                Map.entry("relapp.Entry", 1L), Map.entry("relapp.Blog", 1L));
    }
}
