package dev.reinhardt.db.migrations;

import dev.reinhardt.apps.Apps;
import dev.reinhardt.conf.DatabaseSettings;
import dev.reinhardt.conf.Settings;
import dev.reinhardt.core.management.ManagementUtility;
import dev.reinhardt.db.Connections;
import dev.reinhardt.db.TestDatabases;
import dev.reinhardt.db.backends.base.DatabaseWrapper;
import dev.reinhardt.db.backends.base.Sql;
import dev.reinhardt.db.models.Model;
import dev.reinhardt.utils.ClassFinder;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real databases and app registries for the migration tests: a fresh SQLite
 * file per database, or the PostgreSQL test database emptied of the tables
 * these tests create.
 */
public final class MigrationTestSupport {

    /** Table name prefixes of the fixture apps, dropped from PostgreSQL before each use. */
    private static final List<String> PREFIXES = List.of("alpha_", "beta_", "evolution_", "library_", "drafts_",
            "geo_", "store_", "relmig_", "people_", "teams_");

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

    /** What a management command printed and returned. */
    public record Run(int status, String out, String err) {
    }

    /** Run the management command {@code args} with {@code settings}, catching what it prints. */
    public static Run manage(Class<? extends Settings> settings, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--settings");
        all.add(settings.getName());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = new ManagementUtility(new PrintWriter(out), new PrintWriter(err))
                .execute(all.toArray(String[]::new));
        return new Run(status, out.toString(), err.toString());
    }

    /** Compile {@code files} (migrations makemigrations wrote) into {@code classes}, failing the test on errors. */
    public static Path compile(Path classes, Path... files) throws IOException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        Files.createDirectories(classes);
        List<String> arguments = new ArrayList<>(List.of("-d", classes.toString(), "-classpath",
                System.getProperty("java.class.path")));
        for (Path file : files) {
            arguments.add(file.toString());
        }
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int status = compiler.run(null, null, errors, arguments.toArray(String[]::new));
        assertThat(status).as(errors.toString()).isZero();
        return classes;
    }

    /** Run {@code work} with the compiled migrations in {@code classes} visible to the migration loader. */
    public static <T> T withClasses(Path classes, Callable<T> work) throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader original = thread.getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(new URL[]{classes.toUri().toURL()}, original)) {
            thread.setContextClassLoader(loader);
            return work.call();
        } finally {
            thread.setContextClassLoader(original);
        }
    }
}
