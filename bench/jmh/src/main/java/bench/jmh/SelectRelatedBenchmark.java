package bench.jmh;

import bench.jmh.app.PlainOrderLine;
import bench.jmh.app.PlainOrderLine.PlainOrder;
import bench.jmh.app.models.Order;
import bench.jmh.app.models.OrderLine;
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
 * (f) Load 1,000 rows with their parent row through a join and read a field
 * of each parent: {@code OrderLine.objects.selectRelated("order")}, beside a
 * hand-written JDBC join loop filling a plain line and a plain order per row.
 * Each line's parent is one of 100 orders. Target: the ORM within 1.5x of JDBC.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SelectRelatedBenchmark {

    static final int LINES = 1000;
    static final int ORDERS = 100;

    @Param({"sqlite", "postgresql"})
    public String vendor;

    private DatabaseWrapper connection;

    @Setup
    public void fill() {
        connection = OrmDatabase.setUp(vendor);
        List<Order> orders = new ArrayList<>(ORDERS);
        for (int i = 0; i < ORDERS; i++) {
            Order order = new Order();
            order.customer = "customer-" + i;
            order.number = i;
            orders.add(order);
        }
        Order.objects.bulkCreate(orders);
        orders = Order.objects.all().list();
        List<OrderLine> lines = new ArrayList<>(LINES);
        for (int i = 0; i < LINES; i++) {
            OrderLine line = new OrderLine();
            line.order.set(orders.get(i % orders.size()));
            line.quantity = i % 10;
            line.price = i * 0.5;
            lines.add(line);
        }
        OrderLine.objects.bulkCreate(lines);
    }

    @Benchmark
    public long ormSelectRelated() {
        long total = 0;
        for (OrderLine line : OrderLine.objects.selectRelated("order").list()) {
            total += line.order.get().number + line.quantity;
        }
        return total;
    }

    @Benchmark
    public long jdbcJoinLoop() {
        List<PlainOrderLine> lines = connection.withConnection(jdbc -> {
            try (PreparedStatement statement = jdbc.prepareStatement(
                    "SELECT l.id, l.quantity, l.price, o.id, o.customer, o.number FROM bench_order_line l "
                            + "INNER JOIN bench_order o ON (l.order_id = o.id)");
                 ResultSet rs = statement.executeQuery()) {
                List<PlainOrderLine> rows = new ArrayList<>();
                while (rs.next()) {
                    PlainOrder order = new PlainOrder(rs.getLong(4), rs.getString(5), rs.getInt(6));
                    rows.add(new PlainOrderLine(rs.getLong(1), rs.getInt(2), rs.getDouble(3), order));
                }
                return rows;
            }
        });
        long total = 0;
        for (PlainOrderLine line : lines) {
            total += line.order.number + line.quantity;
        }
        return total;
    }
}
