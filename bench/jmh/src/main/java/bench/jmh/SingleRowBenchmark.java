package bench.jmh;

import bench.jmh.app.PlainItem;
import bench.jmh.app.models.Item;
import dev.reinhardt.db.backends.base.DatabaseWrapper;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Load one row by primary key, as the {@code /db} endpoint does: a manager's
 * {@code get("id", n)}, beside a hand-written JDBC query over a connection
 * from the same pool. Shows the fixed cost of one ORM query.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SingleRowBenchmark {

    @Param({"sqlite", "postgresql"})
    public String vendor;

    private DatabaseWrapper connection;
    private long[] ids;
    private int next;

    @Setup
    public void fill() {
        connection = OrmDatabase.setUp(vendor);
        List<Item> items = Item.objects.bulkCreate(OrmDatabase.newItems(1000));
        ids = Item.objects.all().list().stream().mapToLong(item -> item.id).toArray();
        if (ids.length != items.size()) {
            throw new IllegalStateException("Expected " + items.size() + " rows, found " + ids.length + ".");
        }
    }

    private long nextId() {
        return ids[next++ % ids.length];
    }

    @Benchmark
    public Item ormGet() {
        return Item.objects.get("id", nextId());
    }

    @Benchmark
    public PlainItem jdbcGet() {
        long id = nextId();
        return connection.withConnection(jdbc -> {
            try (PreparedStatement statement = jdbc.prepareStatement(
                    "SELECT id, name, quantity, price, active FROM bench_item WHERE id = ?")) {
                statement.setLong(1, id);
                try (ResultSet rs = statement.executeQuery()) {
                    rs.next();
                    return new PlainItem(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getDouble(4), rs.getBoolean(5));
                }
            }
        });
    }
}
