package dev.reinhardt.db.models;

import dev.reinhardt.db.TestDatabases;
import dev.reinhardt.db.backends.base.DatabaseWrapper;
import dev.reinhardt.db.backends.base.QueryCapture;
import dev.reinhardt.db.testapp.models.Order;
import dev.reinhardt.db.transaction.Transaction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Django's {@code iterator()}: streamed rows, fetched in chunks, never cached. */
@ParameterizedClass
@ValueSource(strings = {"sqlite", "postgresql"})
class StreamTest {

    @Parameter
    String vendor;

    DatabaseWrapper connection;

    @BeforeEach
    void setUp() {
        connection = TestDatabases.use(vendor);
        List<Order> orders = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            orders.add(new Order("new", "c" + i, "1.00", i));
        }
        Order.objects.bulkCreate(orders);
    }

    @Test
    void streamWithoutAChunkSizeUsesDjangosDefault() {
        assertThat(AbstractQuerySet.DEFAULT_CHUNK_SIZE).isEqualTo(2000);
        try (Stream<Order> orders = Order.objects.orderBy("quantity").stream()) {
            assertThat(orders.map(order -> order.quantity).toList()).containsExactly(0, 1, 2, 3, 4, 5, 6);
        }
    }

    @Test
    void streamedRowsAreNotCached() {
        QuerySet<Order> all = Order.objects.orderBy("quantity");
        try (QueryCapture capture = connection.captureQueries()) {
            try (Stream<Order> orders = all.stream(3)) {
                assertThat(orders.count()).isEqualTo(7);
            }
            assertThat(all.list()).hasSize(7);
            assertThat(capture.count()).isEqualTo(2);
        }
    }

    @Test
    void chunkSizeMustBePositive() {
        assertThatThrownBy(() -> Order.objects.all().stream(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Chunk size must be strictly positive, got 0.");
    }

    @Test
    void streamInsideAnAtomicBlockReadsThroughTheBlocksConnection() {
        Transaction.atomic(() -> {
            new Order("new", "in-block", "1.00", 99).save();
            try (Stream<Order> orders = Order.objects.filter("quantity", 99).stream(2)) {
                assertThat(orders.map(order -> order.customer).toList()).containsExactly("in-block");
            }
        });
    }

    @Test
    void postgresqlStreamsThroughAServerSideCursor() {
        assumeTrue(connection.features().streamsOnlyInTransaction(), "the backend streams without a server-side cursor");
        Transaction.atomic(() -> {
            try (Stream<Order> orders = Order.objects.orderBy("quantity").stream(2)) {
                Iterator<Order> rows = orders.iterator();
                assertThat(rows.next().quantity).isZero();
                // The open portal is this session's cursor until the stream is closed.
                assertThat(connection.fetchAll("SELECT name FROM pg_cursors")).isNotEmpty();
                List<Integer> rest = new ArrayList<>();
                rows.forEachRemaining(order -> rest.add(order.quantity));
                assertThat(rest).containsExactly(1, 2, 3, 4, 5, 6);
            }
        });
    }

    @Test
    void postgresqlStreamOutsideABlockOpensItsOwnTransaction() {
        assumeTrue(connection.features().streamsOnlyInTransaction(), "the backend streams without a server-side cursor");
        String idleInTransaction = "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database() "
                + "AND state = 'idle in transaction'";
        long before = ((Number) connection.fetchAll(idleInTransaction).getFirst().getFirst()).longValue();
        try (Stream<Order> orders = Order.objects.orderBy("quantity").stream(2)) {
            Iterator<Order> rows = orders.iterator();
            assertThat(rows.next().quantity).isZero();
            long during = ((Number) connection.fetchAll(idleInTransaction).getFirst().getFirst()).longValue();
            assertThat(during).isEqualTo(before + 1);
        }
        long after = ((Number) connection.fetchAll(idleInTransaction).getFirst().getFirst()).longValue();
        assertThat(after).isEqualTo(before);
    }
}
