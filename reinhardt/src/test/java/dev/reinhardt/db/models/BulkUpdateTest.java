package dev.reinhardt.db.models;

import dev.reinhardt.db.TestDatabases;
import dev.reinhardt.db.backends.base.DatabaseWrapper;
import dev.reinhardt.db.backends.base.QueryCapture;
import dev.reinhardt.db.testapp.models.Order;
import dev.reinhardt.exceptions.FieldError;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code bulkUpdate}: each object's own values written by one UPDATE per batch, as Django's {@code bulk_update}. */
@ParameterizedClass
@ValueSource(strings = {"sqlite", "postgresql"})
class BulkUpdateTest {

    @Parameter
    String vendor;

    DatabaseWrapper connection;
    List<Order> orders;

    @BeforeEach
    void setUp() {
        connection = TestDatabases.use(vendor);
        orders = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            Order order = new Order("new", "customer-" + i, i + ".00", i);
            order.note = "note " + i;
            order.save();
            orders.add(order);
        }
    }

    private Order reloaded(Order order) {
        return Order.objects.get("pk", order.pk());
    }

    @Test
    void eachObjectGetsItsOwnValuesOfEveryNamedFieldAndOthersAreLeftAlone() {
        orders.get(0).quantity = 10;
        orders.get(0).status = "paid";
        orders.get(1).quantity = 20;
        orders.get(1).status = "shipped";
        orders.get(1).customer = "not written";

        assertThat(Order.objects.bulkUpdate(orders.subList(0, 2), "quantity", "status")).isEqualTo(2);

        assertThat(reloaded(orders.get(0)).quantity).isEqualTo(10);
        assertThat(reloaded(orders.get(0)).status).isEqualTo("paid");
        assertThat(reloaded(orders.get(1)).quantity).isEqualTo(20);
        assertThat(reloaded(orders.get(1)).status).isEqualTo("shipped");
        assertThat(reloaded(orders.get(1)).customer).isEqualTo("customer-2");
        assertThat(reloaded(orders.get(2)).quantity).isEqualTo(3);
        assertThat(reloaded(orders.get(2)).status).isEqualTo("new");
    }

    @Test
    void nullIsWrittenToANullableFieldBesideOtherValues() {
        orders.get(0).note = null;
        orders.get(1).note = "changed";
        orders.get(2).note = null;

        Order.objects.bulkUpdate(orders.subList(0, 3), "note");

        assertThat(reloaded(orders.get(0)).note).isNull();
        assertThat(reloaded(orders.get(1)).note).isEqualTo("changed");
        assertThat(reloaded(orders.get(2)).note).isNull();
        assertThat(reloaded(orders.get(3)).note).isEqualTo("note 4");
    }

    @Test
    void aBatchIsOneStatementWhoseTextIsBuiltOncePerShape() {
        orders.forEach(order -> order.total = new BigDecimal("7.25"));
        try (QueryCapture capture = connection.captureQueries()) {
            Order.objects.bulkUpdate(orders, "total");
            Order.objects.bulkUpdate(orders, "total");
            Order.objects.bulkUpdate(orders.subList(0, 1), "total");

            assertThat(capture.queries()).hasSize(3);
            String sql = capture.queries().get(0).sql();
            assertThat(sql).isEqualTo("UPDATE \"testapp_order\" SET \"total\" = CASE"
                    + " WHEN \"id\" = ? THEN ?".repeat(4) + " ELSE \"total\" END WHERE \"id\" IN (?, ?, ?, ?)");
            assertThat(capture.queries().get(1).sql()).isSameAs(sql);
            assertThat(capture.queries().get(2).sql()).isEqualTo("UPDATE \"testapp_order\" SET \"total\" = CASE"
                    + " WHEN \"id\" = ? THEN ? ELSE \"total\" END WHERE \"id\" IN (?)");
            assertThat(capture.queries().get(0).params()).hasSize(12);
        }
        assertThat(orders).allSatisfy(order -> assertThat(reloaded(order).total).isEqualByComparingTo("7.25"));
    }

    @Test
    void noObjectsUpdateNothingWithoutAQuery() {
        try (QueryCapture capture = connection.captureQueries()) {
            assertThat(Order.objects.bulkUpdate(List.of(), "quantity")).isZero();
            assertThat(capture.queries()).isEmpty();
        }
    }

    @Test
    void theFirstOfDuplicateObjectsWins() {
        Order copy = reloaded(orders.get(0));
        orders.get(0).quantity = 111;
        copy.quantity = 222;

        Order.objects.bulkUpdate(List.of(orders.get(0), copy), "quantity");

        assertThat(reloaded(orders.get(0)).quantity).isEqualTo(111);
    }

    @Test
    void insideAnAtomicBlockTheUpdateRollsBackWithTheBlock() {
        orders.get(0).quantity = 99;
        assertThatThrownBy(() -> connection.atomic(() -> {
            Order.objects.bulkUpdate(orders.subList(0, 1), "quantity");
            assertThat(reloaded(orders.get(0)).quantity).isEqualTo(99);
            throw new IllegalStateException("roll back");
        })).hasMessage("roll back");

        assertThat(reloaded(orders.get(0)).quantity).isEqualTo(1);
    }

    @Test
    void badArgumentsFailBeforeAnythingIsWritten() {
        Order unsaved = new Order("new", "nobody", "1.00", 1);
        orders.get(0).quantity = 50;

        assertThatThrownBy(() -> Order.objects.bulkUpdate(List.of(orders.get(0), unsaved), "quantity"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("All bulkUpdate() objects must have a primary key set.");
        assertThatThrownBy(() -> Order.objects.bulkUpdate(orders, "id"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("bulkUpdate() cannot be used with primary key fields.");
        assertThatThrownBy(() -> Order.objects.bulkUpdate(orders))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Field names must be given to bulkUpdate().");
        assertThatThrownBy(() -> Order.objects.bulkUpdate(orders, "nope")).isInstanceOf(FieldError.class);
        assertThat(reloaded(orders.get(0)).quantity).isEqualTo(1);
    }
}
