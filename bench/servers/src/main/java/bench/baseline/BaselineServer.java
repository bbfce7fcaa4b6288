package bench.baseline;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.eclipse.jetty.util.thread.VirtualThreadPool;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The hand-written server Reinhardt is measured against: a plain Jetty 12
 * {@link Handler.Abstract} on virtual threads, HikariCP, pgjdbc and Jackson,
 * serving the TechEmpower endpoints and the shop's order list with the least
 * code that does the job.
 *
 * <pre>{@code DATABASE_URL=postgres://postgres@127.0.0.1:5432/reinhardt_bench java -cp ... bench.baseline.BaselineServer 8081}</pre>
 */
public final class BaselineServer extends Handler.Abstract {

    private static final byte[] HELLO = "Hello, World!".getBytes(StandardCharsets.UTF_8);
    private static final String SELECT = "SELECT id, randomnumber FROM world WHERE id = ?";
    private static final String UPDATE = "UPDATE world SET randomnumber = ? WHERE id = ?";
    private static final String ORDERS = "SELECT o.id, o.created_at, c.email FROM orders_order o "
            + "JOIN orders_customer c ON c.id = o.customer_id WHERE o.status = ? "
            + "ORDER BY o.created_at DESC, o.id DESC LIMIT ?";
    private static final String ORDER_ITEMS = "SELECT i.order_id, p.sku, i.qty FROM orders_orderitem i "
            + "JOIN orders_product p ON p.id = i.product_id WHERE i.order_id = ANY (?) ORDER BY i.id";

    /** The JSON test's message object; a new one per request, as the TechEmpower rules ask. */
    public record Message(String message) {
    }

    /** One row of the world table. */
    public record World(int id, int randomNumber) {
    }

    /** An order as the order list shows it. */
    public record OrderSummary(long id, @JsonProperty("created_at") String createdAt, String customer,
                               List<Line> items) {
    }

    /** One item of an order: the product's SKU and the quantity. */
    public record Line(String sku, int qty) {
    }

    /** The order list's answer. */
    public record OrderList(List<OrderSummary> orders) {
    }

    private final ObjectMapper json = new ObjectMapper();
    private final HikariDataSource pool;

    private BaselineServer(HikariDataSource pool) {
        super(InvocationType.BLOCKING);
        this.pool = pool;
    }

    public static void main(String[] args) throws Exception {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 8081;
        PostgresUrl url = PostgresUrl.parse(PostgresUrl.fromEnvironment());
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url.jdbcUrl());
        config.setUsername(url.user());
        config.setPassword(url.password());
        config.setMaximumPoolSize(url.poolSize());
        config.addDataSourceProperty("socketTimeout", "300");
        config.addDataSourceProperty("connectTimeout", "10");
        config.addDataSourceProperty("tcpKeepAlive", "true");

        VirtualThreadPool threads = new VirtualThreadPool();
        threads.setName("baseline");
        Server server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost("127.0.0.1");
        connector.setPort(port);
        server.addConnector(connector);
        server.setHandler(new BaselineServer(new HikariDataSource(config)));
        server.start();
        System.out.println("baseline listening on http://127.0.0.1:" + connector.getLocalPort() + "/");
        server.join();
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        switch (Request.getPathInContext(request)) {
            case "/plaintext" -> send(response, callback, "text/plain", HELLO);
            case "/json" -> send(response, callback, "application/json",
                    json.writeValueAsBytes(new Message("Hello, World!")));
            case "/db" -> send(response, callback, "application/json", json.writeValueAsBytes(readWorlds(1)[0]));
            case "/queries" -> send(response, callback, "application/json",
                    json.writeValueAsBytes(readWorlds(queries(request))));
            case "/updates" -> send(response, callback, "application/json",
                    json.writeValueAsBytes(updateWorlds(queries(request))));
            case "/api/orders/" -> send(response, callback, "application/json",
                    json.writeValueAsBytes(new OrderList(orders(Request.extractQueryParameters(request)))));
            default -> {
                response.setStatus(404);
                send(response, callback, "text/plain", "Not Found".getBytes(StandardCharsets.UTF_8));
            }
        }
        return true;
    }

    private static void send(Response response, Callback callback, String contentType, byte[] body) {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    /** Return the {@code queries} parameter clamped to 1..500 as TechEmpower says; 1 when missing or not a number. */
    private static int queries(Request request) {
        Fields.Field field = Request.extractQueryParameters(request).get("queries");
        if (field == null) {
            return 1;
        }
        try {
            return Math.clamp(Integer.parseInt(field.getValue()), 1, 500);
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /**
     * The newest orders with a status (all when none is given), each with its customer's email and
     * its items' SKUs and quantities: the orders joined with their customers, then every item of the
     * page joined with its product in one more query.
     */
    private List<OrderSummary> orders(Fields query) throws SQLException {
        String status = query.getValue("status");
        int limit = limit(query.getValue("limit"));
        try (Connection connection = pool.getConnection();
             PreparedStatement select = connection.prepareStatement(status == null
                     ? ORDERS.replace("WHERE o.status = ? ", "") : ORDERS)) {
            int parameter = 1;
            if (status != null) {
                select.setString(parameter++, status);
            }
            select.setInt(parameter, limit);
            List<OrderSummary> orders = new ArrayList<>(limit);
            Map<Long, List<Line>> itemsByOrder = new HashMap<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    List<Line> items = new ArrayList<>(3);
                    long id = rs.getLong(1);
                    itemsByOrder.put(id, items);
                    orders.add(new OrderSummary(id, rs.getObject(2, OffsetDateTime.class).toInstant().toString(),
                            rs.getString(3), items));
                }
            }
            if (orders.isEmpty()) {
                return orders;
            }
            try (PreparedStatement items = connection.prepareStatement(ORDER_ITEMS)) {
                items.setArray(1, connection.createArrayOf("bigint", itemsByOrder.keySet().toArray()));
                try (ResultSet rs = items.executeQuery()) {
                    while (rs.next()) {
                        itemsByOrder.get(rs.getLong(1)).add(new Line(rs.getString(2), rs.getInt(3)));
                    }
                }
            }
            return orders;
        }
    }

    /** Return the order list's {@code limit} clamped to 1..100; 25 when missing or not a number. */
    private static int limit(String value) {
        if (value == null) {
            return 25;
        }
        try {
            return Math.clamp(Integer.parseInt(value), 1, 100);
        } catch (NumberFormatException e) {
            return 25;
        }
    }

    private World[] readWorlds(int count) throws SQLException {
        World[] worlds = new World[count];
        try (Connection connection = pool.getConnection();
             PreparedStatement select = connection.prepareStatement(SELECT)) {
            for (int i = 0; i < count; i++) {
                worlds[i] = read(select, randomId());
            }
        }
        return worlds;
    }

    private World[] updateWorlds(int count) throws SQLException {
        World[] worlds = new World[count];
        try (Connection connection = pool.getConnection();
             PreparedStatement select = connection.prepareStatement(SELECT);
             PreparedStatement update = connection.prepareStatement(UPDATE)) {
            for (int i = 0; i < count; i++) {
                World read = read(select, randomId());
                worlds[i] = new World(read.id(), randomId());
            }
            // Sorted, so concurrent batches lock rows in the same order and cannot deadlock.
            World[] sorted = worlds.clone();
            Arrays.sort(sorted, Comparator.comparingInt(World::id));
            for (World world : sorted) {
                update.setInt(1, world.randomNumber());
                update.setInt(2, world.id());
                update.addBatch();
            }
            update.executeBatch();
        }
        return worlds;
    }

    private static World read(PreparedStatement select, int id) throws SQLException {
        select.setInt(1, id);
        try (ResultSet rs = select.executeQuery()) {
            rs.next();
            return new World(rs.getInt(1), rs.getInt(2));
        }
    }

    private static int randomId() {
        return ThreadLocalRandom.current().nextInt(1, 10_001);
    }
}
