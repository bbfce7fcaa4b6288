package bench.jmh;

import bench.jmh.app.models.Item;
import dev.reinhardt.db.backends.base.DatabaseWrapper;
import dev.reinhardt.db.backends.base.Sql;
import dev.reinhardt.db.models.QuerySet;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * (c) Turn one query shape, repeated with new values, into SQL and
 * parameters without running it: chaining the queryset and compiling it, or
 * compiling an already built queryset, beside writing the SQL string by hand;
 * and the same for the plan of {@code get("id", n)}, the one {@code /db} runs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class QueryCompileBenchmark {

    @Param({"sqlite", "postgresql"})
    public String vendor;

    private QuerySet<Item> built;
    private DatabaseWrapper connection;
    private int next;

    @Setup
    public void setUp() {
        connection = OrmDatabase.setUp(vendor);
        built = shape(10, "item-1");
    }

    private static QuerySet<Item> shape(int quantity, String prefix) {
        return Item.objects.filter("quantity__gte", quantity)
                .filter("name__startswith", prefix)
                .exclude("active", false)
                .orderBy("-price")
                .slice(0, 20);
    }

    @Benchmark
    public Sql chainAndCompile() {
        int n = next++ & 1023;
        return shape(n, "item-" + n).sql();
    }

    @Benchmark
    public Sql compileBuilt() {
        return built.sql();
    }

    /**
     * The plan {@code get("id", n)} runs for the {@code /db} endpoint: the filter, no ordering and at most 21 rows,
     * chained and compiled anew for each value.
     */
    @Benchmark
    public Sql chainAndCompileGet() {
        return Item.objects.filter("id", (long) (next++ & 1023)).orderBy().slice(0, 21).sql();
    }

    /** The SQL of {@code get("id", n)} and its one parameter, written by hand. */
    @Benchmark
    public Sql handWrittenGet() {
        String q = connection.ops().quoteName("bench_item");
        String sql = "SELECT " + q + ".\"id\", " + q + ".\"name\", " + q + ".\"quantity\", " + q + ".\"price\", "
                + q + ".\"active\" FROM " + q + " WHERE " + q + ".\"id\" = ? LIMIT 21";
        return new Sql(sql, List.of((long) (next++ & 1023)));
    }

    @Benchmark
    public Sql handWritten() {
        int n = next++ & 1023;
        String q = connection.ops().quoteName("bench_item");
        String sql = "SELECT " + q + ".\"id\", " + q + ".\"name\", " + q + ".\"quantity\", " + q + ".\"price\", "
                + q + ".\"active\" FROM " + q + " WHERE (" + q + ".\"quantity\" >= ? AND " + q
                + ".\"name\" LIKE ? ESCAPE '\\' AND NOT (" + q + ".\"active\" = ?)) ORDER BY " + q
                + ".\"price\" DESC LIMIT 20";
        return new Sql(sql, List.of(n, "item-" + n + "%", false));
    }
}
