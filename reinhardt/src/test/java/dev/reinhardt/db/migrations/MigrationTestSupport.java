package dev.reinhardt.db.migrations;

import dev.reinhardt.apps.Apps;
import dev.reinhardt.conf.DatabaseSettings;
import dev.reinhardt.db.Connections;
import dev.reinhardt.db.TestDatabases;
import dev.reinhardt.db.backends.base.DatabaseWrapper;
import dev.reinhardt.db.backends.base.Sql;
import dev.reinhardt.db.models.Model;
import dev.reinhardt.utils.ClassFinder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Real databases and app registries for the migration tests: a fresh SQLite
 * file per database, or the PostgreSQL test database emptied of the tables
 * these tests create.
 */
public final class MigrationTestSupport {

    /** Table name prefixes of the fixture apps, dropped from PostgreSQL before each use. */
    private static final List<String> PREFIXES = List.of("alpha_", "beta_", "evolution_", "library_", "drafts_",
            "geo_", "store_", "relmig_");

    private MigrationTestSupport() {
    }

    /** A database for one test; closing it closes its pool. */
    public record TestDb(Connections handler, DatabaseWrapper connection) implements AutoCloseable {
        @Override
        public void close() {
            handler.close();
        }
    }

    /** Return a populated registry of {@code configs}, with the models in their models packages. */
    public static Apps apps(Class<?>... configs) {
        Apps apps = new Apps();
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        apps.populate(List.of(configs), config -> ClassFinder.find(config.modelsPackage(), loader).stream()
                .filter(type -> Model.class.isAssignableFrom(type) && !Modifier.isAbstract(type.getModifiers()))
                .toList());
        return apps;
    }

    /** Return an empty database of {@code vendor} ("sqlite" or "postgresql"); PostgreSQL may skip the test. */
    public static TestDb open(String vendor) {
        DatabaseSettings settings;
        if (vendor.equals("postgresql")) {
            TestDatabases.requirePostgres();
            String name = System.getenv("REINHARDT_TEST_PG_DATABASE");
            settings = DatabaseSettings.postgresql(name == null || name.isBlank() ? "test" : name, "postgres", "",
                    "127.0.0.1", 5432);
        } else {
            settings = DatabaseSettings.sqlite(tempFile());
        }
        Connections handler = Connections.create(Map.of(Connections.DEFAULT_DB_ALIAS, settings), false);
        DatabaseWrapper connection = handler.wrapper(Connections.DEFAULT_DB_ALIAS);
        if (vendor.equals("postgresql")) {
            for (String table : connection.introspection().tableNames()) {
                if (table.equals(MigrationRecorder.TABLE) || PREFIXES.stream().anyMatch(table::startsWith)) {
                    connection.executeUpdate(Sql.of("DROP TABLE IF EXISTS " + connection.ops().quoteName(table)
                            + " CASCADE"));
                }
            }
        }
        return new TestDb(handler, connection);
    }

    private static Path tempFile() {
        try {
            Path directory = Files.createTempDirectory("reinhardt-migrations-");
            directory.toFile().deleteOnExit();
            return directory.resolve("db.sqlite3");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Return the rows of {@code sql} as lists of column values. */
    public static List<List<Object>> rows(DatabaseWrapper connection, String sql, Object... params) {
        return connection.fetchAll(sql, params);
    }

    /** Return the column names of {@code table}. */
    public static List<String> columns(DatabaseWrapper connection, String table) {
        return connection.introspection().columns(table).stream().map(c -> c.name()).toList();
    }

    /** Return whether {@code table} exists. */
    public static boolean tableExists(DatabaseWrapper connection, String table) {
        return connection.introspection().tableNames().contains(table);
    }
}
