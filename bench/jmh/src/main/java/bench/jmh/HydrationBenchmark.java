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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * (a) Load 10,000 rows into objects: {@code QuerySet.list()} building model
 * instances, beside a hand-written JDBC loop filling plain objects over a
 * connection from the same pool. Target: the ORM within 1.5x of JDBC.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class HydrationBenchmark {

    @Param({"sqlite", "postgresql"})
    public String vendor;

    private DatabaseWrapper connection;

    @Setup
    public void fill() {
        connection = OrmDatabase.setUp(vendor);
        Item.objects.bulkCreate(OrmDatabase.newItems(OrmDatabase.ROWS));
    }

    @Benchmark
    public List<Item> ormList() {
        return Item.objects.all().list();
    }

    @Benchmark
    public List<PlainItem> jdbcLoop() {
        return connection.withConnection(jdbc -> {
            try (PreparedStatement statement = jdbc.prepareStatement(
                    "SELECT id, name, quantity, price, active FROM bench_item");
                 ResultSet rs = statement.executeQuery()) {
                List<PlainItem> items = new ArrayList<>();
                while (rs.next()) {
                    items.add(new PlainItem(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getDouble(4),
                            rs.getBoolean(5)));
                }
                return items;
            }
        });
    }
}
