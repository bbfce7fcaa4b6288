package bench.jmh;

import bench.jmh.app.BenchApp;
import bench.jmh.app.models.Item;
import bench.jmh.app.models.Order;
import bench.jmh.app.models.OrderLine;
import dev.reinhardt.Reinhardt;
import dev.reinhardt.conf.DatabaseSettings;
import dev.reinhardt.conf.Settings;
import dev.reinhardt.db.Connections;
import dev.reinhardt.db.backends.base.DatabaseWrapper;
import dev.reinhardt.db.backends.base.Sql;
import dev.reinhardt.db.models.Model;
import dev.reinhardt.db.models.Options;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The database an ORM benchmark runs against: a fresh SQLite file, or the
 * PostgreSQL database of {@code DATABASE_URL} (default
 * {@code postgres://postgres@127.0.0.1:5432/reinhardt_bench}), set up once per
 * JMH fork as a project's settings would, with empty {@code bench_item},
 * {@code bench_order} and {@code bench_order_line} tables.
 */
final class OrmDatabase {

    /** The rows each ORM benchmark reads or writes. */
    static final int ROWS = 10_000;

    private OrmDatabase() {
    }

    /** Configure the project for {@code vendor} ("sqlite" or "postgresql") and return its default connection. */
    static DatabaseWrapper setUp(String vendor) {
        if (!Settings.isConfigured()) {
            Settings.configure(new OrmSettings(database(vendor)));
            Reinhardt.setup();
        }
        DatabaseWrapper connection = Connections.defaultConnection();
        // Children before parents, so no foreign key stands in the way of dropping a table.
        for (Class<? extends Model> model : List.of(OrderLine.class, Order.class, Item.class)) {
            connection.executeUpdate(Sql.of("DROP TABLE IF EXISTS "
                    + connection.ops().quoteName(Options.of(model).dbTable())));
        }
        for (Class<? extends Model> model : List.of(Item.class, Order.class, OrderLine.class)) {
            connection.schemaEditor().createTable(Options.of(model).tableSpec(connection));
        }
        return connection;
    }

    /** Empty the item table. */
    static void empty(DatabaseWrapper connection) {
        connection.executeUpdate(Sql.of("DELETE FROM " + connection.ops().quoteName(Options.of(Item.class).dbTable())));
    }

    /** Return {@code count} new, unsaved items. */
    static List<Item> newItems(int count) {
        List<Item> items = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Item item = new Item();
            item.name = "item-" + i;
            item.quantity = i % 1000;
            item.price = i * 0.25;
            item.active = i % 3 != 0;
            items.add(item);
        }
        return items;
    }

    private static DatabaseSettings database(String vendor) {
        return switch (vendor) {
            case "sqlite" -> DatabaseSettings.sqlite(tempFile());
            case "postgresql" -> {
                String url = System.getenv("DATABASE_URL");
                DatabaseSettings settings = DatabaseSettings.fromUrl(url == null || url.isBlank()
                        ? "postgres://postgres@127.0.0.1:5432/reinhardt_bench" : url);
                createIfMissing(settings);
                yield settings;
            }
            default -> throw new IllegalArgumentException("Unknown vendor '" + vendor + "'. Choices are: postgresql, sqlite.");
        };
    }

    private static void createIfMissing(DatabaseSettings settings) {
        if (!settings.name().matches("[A-Za-z0-9_]+")) {
            throw new IllegalArgumentException("Use a database name of letters, digits and underscores, not '"
                    + settings.name() + "'.");
        }
        String server = "jdbc:postgresql://" + (settings.host().isEmpty() ? "localhost" : settings.host()) + ":"
                + (settings.port() == 0 ? 5432 : settings.port()) + "/postgres";
        try (Connection connection = DriverManager.getConnection(server, settings.user(), settings.password());
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + settings.name() + "'")) {
            if (!rs.next()) {
                statement.execute("CREATE DATABASE " + settings.name());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + server + " is not usable: " + e.getMessage()
                    + ". Start it, set DATABASE_URL, or run only the sqlite benchmarks (-p vendor=sqlite).", e);
        }
    }

    private static Path tempFile() {
        try {
            Path directory = Files.createTempDirectory("reinhardt-jmh-");
            directory.toFile().deleteOnExit();
            return directory.resolve("bench.sqlite3");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The settings of the benchmark project: the benchmark app and one database. */
    static final class OrmSettings extends Settings {
        OrmSettings(DatabaseSettings database) {
            debug = false;
            secretKey = "jmh-only-key-not-for-production";
            installedApps = List.of(BenchApp.class);
            databases = Map.of("default", database);
        }
    }
}
