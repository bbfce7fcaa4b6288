package bench;

import bench.baseline.PostgresUrl;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Prepare the order list's tables in the benchmark database (idempotent; run
 * after {@link WorldTable}, which creates the database): the shop's
 * {@code orders_customer}, {@code orders_product}, {@code orders_order} and
 * {@code orders_orderitem}, filled with the same rows on every machine:
 * {@value #CUSTOMERS} customers, {@value #PRODUCTS} products,
 * {@value #ORDERS} orders (a quarter of each status, their times a
 * permutation of one a minute, so no two orders share one) and
 * {@value #ITEMS_PER_ORDER} items per order. Tables already holding exactly
 * these rows are left alone; otherwise they are emptied and filled again.
 *
 * <pre>{@code DATABASE_URL=postgres://postgres@127.0.0.1:5432/reinhardt_bench java -cp ... bench.OrderTables}</pre>
 */
public final class OrderTables {

    public static final int CUSTOMERS = 1_000;
    public static final int PRODUCTS = 500;
    public static final int ORDERS = 20_000;
    public static final int ITEMS_PER_ORDER = 3;

    private static final List<String> CREATE = List.of(
            "CREATE TABLE IF NOT EXISTS orders_customer (id bigint PRIMARY KEY, email varchar(254) NOT NULL UNIQUE, "
                    + "country varchar(2) NOT NULL)",
            "CREATE INDEX IF NOT EXISTS orders_customer_country ON orders_customer (country)",
            "CREATE TABLE IF NOT EXISTS orders_product (id bigint PRIMARY KEY, sku varchar(32) NOT NULL UNIQUE, "
                    + "name varchar(200) NOT NULL, price numeric(10, 2) NOT NULL)",
            "CREATE TABLE IF NOT EXISTS orders_order (id bigint PRIMARY KEY, status varchar(20) NOT NULL, "
                    + "customer_id bigint NOT NULL REFERENCES orders_customer (id), "
                    + "created_at timestamp with time zone NOT NULL)",
            "CREATE INDEX IF NOT EXISTS orders_order_status ON orders_order (status)",
            "CREATE INDEX IF NOT EXISTS orders_order_created_at ON orders_order (created_at)",
            "CREATE INDEX IF NOT EXISTS orders_order_customer_id ON orders_order (customer_id)",
            "CREATE TABLE IF NOT EXISTS orders_orderitem (id bigint PRIMARY KEY, "
                    + "order_id bigint NOT NULL REFERENCES orders_order (id), "
                    + "product_id bigint NOT NULL REFERENCES orders_product (id), qty integer NOT NULL)",
            "CREATE INDEX IF NOT EXISTS orders_orderitem_order_id ON orders_orderitem (order_id)",
            "CREATE INDEX IF NOT EXISTS orders_orderitem_product_id ON orders_orderitem (product_id)");

    // Every value is a function of the row's number, so every machine gets the same rows.
    private static final List<String> FILL = List.of(
            "INSERT INTO orders_customer (id, email, country) SELECT g, 'customer' || g || '@example.com', "
                    + "(ARRAY['IN', 'DE', 'US', 'BR', 'JP'])[g % 5 + 1] FROM generate_series(1, " + CUSTOMERS + ") g",
            "INSERT INTO orders_product (id, sku, name, price) SELECT g, 'SKU-' || lpad(g::text, 5, '0'), "
                    + "'Product ' || g, (g % 100) + 0.99 FROM generate_series(1, " + PRODUCTS + ") g",
            "INSERT INTO orders_order (id, status, customer_id, created_at) SELECT g, "
                    + "(ARRAY['new', 'paid', 'shipped', 'cancelled'])[g % 4 + 1], (g * 7919) % " + CUSTOMERS + " + 1, "
                    + "timestamptz '2026-01-01 00:00:00+00' + ((g * 7919) % " + ORDERS + ") * interval '1 minute' "
                    + "FROM generate_series(1, " + ORDERS + ") g",
            "INSERT INTO orders_orderitem (id, order_id, product_id, qty) SELECT (o - 1) * " + ITEMS_PER_ORDER
                    + " + k, o, ((o * " + ITEMS_PER_ORDER + " + k) * 131) % " + PRODUCTS + " + 1, (o + k) % 5 + 1 "
                    + "FROM generate_series(1, " + ORDERS + ") o, generate_series(1, " + ITEMS_PER_ORDER + ") k");

    private OrderTables() {
    }

    public static void main(String[] args) throws SQLException {
        PostgresUrl url = PostgresUrl.parse(PostgresUrl.fromEnvironment());
        try (Connection connection = DriverManager.getConnection(url.jdbcUrl(), url.user(), url.password());
             Statement statement = connection.createStatement()) {
            for (String sql : CREATE) {
                statement.execute(sql);
            }
            if (isFilled(statement)) {
                System.out.println("orders: already filled in " + url.databaseName());
                return;
            }
            connection.setAutoCommit(false);
            statement.execute("TRUNCATE orders_orderitem, orders_order, orders_product, orders_customer");
            for (String sql : FILL) {
                statement.execute(sql);
            }
            connection.commit();
            connection.setAutoCommit(true);
            statement.execute("ANALYZE orders_customer, orders_product, orders_order, orders_orderitem");
            System.out.println("orders: " + ORDERS + " orders of " + CUSTOMERS + " customers, "
                    + ORDERS * ITEMS_PER_ORDER + " items of " + PRODUCTS + " products in " + url.databaseName());
        }
    }

    /** Return whether the tables hold exactly the rows {@link #FILL} makes, judged by counts and a checksum. */
    private static boolean isFilled(Statement statement) throws SQLException {
        try (ResultSet rs = statement.executeQuery("SELECT (SELECT count(*) FROM orders_customer), "
                + "(SELECT count(*) FROM orders_product), (SELECT count(*) FROM orders_order), "
                + "(SELECT count(*) FROM orders_orderitem), "
                + "(SELECT coalesce(sum(id * product_id + qty), 0) FROM orders_orderitem)")) {
            rs.next();
            long items = (long) ORDERS * ITEMS_PER_ORDER;
            return rs.getLong(1) == CUSTOMERS && rs.getLong(2) == PRODUCTS && rs.getLong(3) == ORDERS
                    && rs.getLong(4) == items && rs.getLong(5) == expectedItemChecksum();
        }
    }

    private static long expectedItemChecksum() {
        long sum = 0;
        for (long o = 1; o <= ORDERS; o++) {
            for (long k = 1; k <= ITEMS_PER_ORDER; k++) {
                long id = (o - 1) * ITEMS_PER_ORDER + k;
                sum += id * ((o * ITEMS_PER_ORDER + k) * 131 % PRODUCTS + 1) + (o + k) % 5 + 1;
            }
        }
        return sum;
    }
}
