package dev.reinhardt.db;

import dev.reinhardt.apps.Apps;
import dev.reinhardt.conf.DatabaseSettings;
import dev.reinhardt.db.backends.base.DatabaseWrapper;
import dev.reinhardt.db.backends.base.SchemaEditor;
import dev.reinhardt.db.backends.base.Sql;
import dev.reinhardt.db.models.Model;
import dev.reinhardt.db.models.Options;
import dev.reinhardt.db.testapp.TestApp;
import dev.reinhardt.db.testapp.models.Article;
import dev.reinhardt.db.testapp.models.Everything;
import dev.reinhardt.db.testapp.models.Order;
import dev.reinhardt.db.testapp.models.Product;
import dev.reinhardt.db.testapp.models.Reading;
import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The real databases the ORM tests run against: SQLite files always, and
 * PostgreSQL at 127.0.0.1:5432 when it answers (a missing server skips the
 * test, or fails it under {@code CI=true}). Each backend gets the test
 * app's tables once per JVM; {@link #use(String)} empties them before each test.
 */
public final class TestDatabases {

    public static final List<Class<? extends Model>> MODELS =
            List.of(Order.class, Everything.class, Article.class, Product.class, Reading.class);

    private static final Apps APPS = new Apps();
    private static final Map<String, Connections> HANDLERS = new HashMap<>();
    private static Boolean postgresAvailable;

    static {
        APPS.populate(List.of(TestApp.class), config -> List.copyOf(MODELS));
        Apps.setRegistry(APPS);
    }

    private TestDatabases() {
    }

    /** Bind the test app registry (for tests that need no database). */
    public static void registry() {
        Apps.setRegistry(APPS);
    }

    /** Make {@code vendor} ("sqlite" or "postgresql") the default database, with empty test tables. */
    public static synchronized DatabaseWrapper use(String vendor) {
        Apps.setRegistry(APPS);
        if (vendor.equals("postgresql")) {
            requirePostgres();
        }
        Connections handler = HANDLERS.computeIfAbsent(vendor, TestDatabases::create);
        Connections.install(handler);
        DatabaseWrapper connection = handler.wrapper(Connections.DEFAULT_DB_ALIAS);
        for (Class<? extends Model> model : MODELS) {
            connection.executeUpdate(Sql.of("DELETE FROM " + connection.ops().quoteName(Options.of(model).dbTable())));
        }
        DatabaseWrapper other = handler.wrapper("other");
        other.executeUpdate(Sql.of("DELETE FROM " + other.ops().quoteName(Options.of(Order.class).dbTable())));
        return connection;
    }

    private static Connections create(String vendor) {
        Map<String, DatabaseSettings> databases = new LinkedHashMap<>();
        databases.put(Connections.DEFAULT_DB_ALIAS, vendor.equals("postgresql")
                ? DatabaseSettings.postgresql(postgresDatabase(), "postgres", "", "127.0.0.1", 5432)
                : DatabaseSettings.sqlite(tempFile("default")));
        databases.put("other", DatabaseSettings.sqlite(tempFile("other")));
        Connections handler = Connections.create(databases, false);
        createTables(handler.wrapper(Connections.DEFAULT_DB_ALIAS), MODELS);
        createTables(handler.wrapper("other"), List.of(Order.class));
        return handler;
    }

    private static void createTables(DatabaseWrapper connection, List<Class<? extends Model>> models) {
        SchemaEditor editor = connection.schemaEditor();
        for (Class<? extends Model> model : models) {
            String table = Options.of(model).dbTable();
            connection.executeUpdate(Sql.of("DROP TABLE IF EXISTS " + connection.ops().quoteName(table)));
            editor.createTable(Options.of(model).tableSpec(connection));
        }
    }

    private static Path tempFile(String name) {
        try {
            Path directory = Files.createTempDirectory("reinhardt-orm-");
            directory.toFile().deleteOnExit();
            return directory.resolve(name + ".sqlite3");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The PostgreSQL database the tests use: {@code test}, or the one named by
     * {@code REINHARDT_TEST_PG_DATABASE} so that several checkouts can run their
     * suites side by side without dropping each other's tables.
     */
    static String postgresDatabase() {
        String name = System.getenv("REINHARDT_TEST_PG_DATABASE");
        return name == null || name.isBlank() ? "test" : name;
    }

    /** Skip (or, under {@code CI=true}, fail) when PostgreSQL does not answer. */
    public static void requirePostgres() {
        if (postgresAvailable == null) {
            DriverManager.setLoginTimeout(3);
            try (var ignored = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/" + postgresDatabase(), "postgres", "")) {
                postgresAvailable = true;
            } catch (Exception e) {
                postgresAvailable = false;
            }
        }
        if (!postgresAvailable) {
            if ("true".equals(System.getenv("CI"))) {
                throw new AssertionError("PostgreSQL at 127.0.0.1:5432 is required when CI=true, but it does not answer.");
            }
            Assumptions.assumeTrue(false, "PostgreSQL at 127.0.0.1:5432 is not running");
        }
    }
}
