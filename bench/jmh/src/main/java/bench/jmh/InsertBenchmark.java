package bench.jmh;

import bench.jmh.app.PlainItem;
import bench.jmh.app.models.Item;
import dev.reinhardt.db.backends.base.DatabaseWrapper;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * (b) Insert 10,000 rows in one transaction: {@code bulkCreate} (multi-row
 * INSERTs, returning the new ids where the backend can), beside a hand-written
 * JDBC batch insert. The objects are made, and the table emptied, outside the
 * measured time. Target: the ORM within 1.5x of JDBC.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class InsertBenchmark {

    @Param({"sqlite", "postgresql"})
    public String vendor;

    private DatabaseWrapper connection;
    private List<Item> items;
    private List<PlainItem> plainItems;

    @Setup
    public void connect() {
        connection = OrmDatabase.setUp(vendor);
    }

    @Setup(Level.Invocation)
    public void prepare() {
        OrmDatabase.empty(connection);
        items = OrmDatabase.newItems(OrmDatabase.ROWS);
        plainItems = new ArrayList<>(items.size());
        for (Item item : items) {
            plainItems.add(new PlainItem(0, item.name, item.quantity, item.price, item.active));
        }
    }

    @Benchmark
    public List<Item> ormBulkCreate() {
        return Item.objects.bulkCreate(items);
    }

    @Benchmark
    public int[] jdbcBatchInsert() {
        return connection.atomic(() -> connection.withConnection(jdbc -> {
            try (PreparedStatement statement = jdbc.prepareStatement(
                    "INSERT INTO bench_item (name, quantity, price, active) VALUES (?, ?, ?, ?)")) {
                for (PlainItem item : plainItems) {
                    statement.setString(1, item.name);
                    statement.setInt(2, item.quantity);
                    statement.setDouble(3, item.price);
                    statement.setBoolean(4, item.active);
                    statement.addBatch();
                }
                return statement.executeBatch();
            }
        }));
    }
}
