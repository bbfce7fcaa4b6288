package dev.reinhardt.test;

import dev.reinhardt.apps.Apps;
import dev.reinhardt.conf.DatabaseSettings;
import dev.reinhardt.conf.Settings;
import dev.reinhardt.db.Connections;
import dev.reinhardt.db.backends.base.DatabaseWrapper;
import dev.reinhardt.exceptions.DatabaseError;
import dev.reinhardt.exceptions.ImproperlyConfigured;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Test databases: made on demand, lent to one test class at a time, and
 * dropped when the test run ends. The extension uses the {@link #shared()}
 * pool of the JVM, which closes when the last test run using it ends.
 *
 * <p>Classes running concurrently each borrow their own set; a set is given
 * back when its class ends and lent again to a later class with the same
 * apps and databases, so a run makes as many sets as classes ran at once
 * (one per worker). The first set's databases are named
 * {@code test_<name>}, later ones {@code test_<name>_1}, {@code test_<name>_2} ...
 * Thread-safe.
 */
final class TestDatabasePool {

    private record Key(List<Class<?>> installedApps, Map<String, DatabaseSettings> databases) {
    }

    private static final TestDatabasePool SHARED = new TestDatabasePool();
    private static int sharedUsers;

    private final Map<Key, Deque<TestDatabases>> free = new HashMap<>();
    private final List<TestDatabases> all = new ArrayList<>();
    private final Map<TestDatabases, Key> keys = new HashMap<>();
    private final Map<String, Integer> nextNumber = new HashMap<>();
    private final Map<String, DatabaseWrapper> maintenanceConnections = new HashMap<>();
    private Path sqliteDirectory;

    /** Start one test run's use of the JVM's pool; it calls {@link #leaveShared()} once when it ends. */
    static void joinShared() {
        synchronized (TestDatabasePool.class) {
            sharedUsers++;
        }
    }

    /** Return the JVM's pool. */
    static TestDatabasePool shared() {
        return SHARED;
    }

    /** End one test run's use of the JVM's pool; the last to leave closes it. */
    static void leaveShared() {
        synchronized (TestDatabasePool.class) {
            sharedUsers--;
            if (sharedUsers > 0) {
                return;
            }
        }
        SHARED.closeAll();
    }

    /** Lend a set of test databases for {@code settings}, making one when none is free; call in the scope of {@code apps}. */
    synchronized TestDatabases acquire(Settings settings, Apps apps) {
        Key key = new Key(settings.installedApps(), settings.databases());
        Deque<TestDatabases> available = free.computeIfAbsent(key, k -> new ArrayDeque<>());
        if (!available.isEmpty()) {
            return available.pop();
        }
        TestDatabases databases = create(settings.databases(), apps, key);
        all.add(databases);
        return databases;
    }

    /** Take back {@code databases}, empty, for the next class. */
    synchronized void release(TestDatabases databases) {
        Key key = keys.get(databases);
        if (key != null) {
            free.get(key).push(databases);
        }
    }

    /** Close every pool and drop every test database; the pool may be used again afterwards. */
    synchronized void closeAll() {
        List<RuntimeException> failures = new ArrayList<>();
        for (TestDatabases databases : all) {
            try {
                databases.close();
            } catch (RuntimeException e) {
                failures.add(e);
            }
        }
        all.clear();
        free.clear();
        keys.clear();
        nextNumber.clear();
        maintenanceConnections.values().forEach(DatabaseWrapper::close);
        maintenanceConnections.clear();
        deleteSqliteDirectory();
        if (!failures.isEmpty()) {
            RuntimeException first = failures.getFirst();
            failures.subList(1, failures.size()).forEach(first::addSuppressed);
            throw first;
        }
    }

    private TestDatabases create(Map<String, DatabaseSettings> databases, Apps apps, Key key) {
        Map<String, DatabaseSettings> testSettings = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        List<Runnable> cleanup = new ArrayList<>();
        try {
            databases.forEach((alias, settings) -> {
                DatabaseSettings test = switch (settings.engine()) {
                    case "sqlite" -> sqlite(settings, cleanup);
                    case "postgresql" -> postgresql(alias, settings, cleanup);
                    default -> throw new ImproperlyConfigured("Test databases for the " + settings.engine()
                            + " backend are not supported yet (alias '" + alias + "'). Use sqlite or postgresql.");
                };
                testSettings.put(alias, test);
                names.add(test.name());
            });
            Connections connections = Connections.create(testSettings, false);
            TestDatabases created = new TestDatabases(connections, names, cleanup);
            try {
                for (DatabaseWrapper connection : created.wrappers()) {
                    TestSchema.create(connection, apps);
                }
                created.recordBaseline();
            } catch (RuntimeException e) {
                created.close();
                throw e;
            }
            keys.put(created, key);
            return created;
        } catch (RuntimeException e) {
            cleanup.forEach(Runnable::run);
            throw e;
        }
    }

    private String numbered(String counterKey, String base) {
        int number = nextNumber.merge(counterKey, 1, Integer::sum) - 1;
        return number == 0 ? base : base + "_" + number;
    }

    // ---------------------------------------------------------------- SQLite

    private DatabaseSettings sqlite(DatabaseSettings settings, List<Runnable> cleanup) {
        if (settings.name().isEmpty() || settings.name().equals(":memory:")) {
            // Each wrapper of ":memory:" keeps one connection to its own database: fresh and private already.
            return settings.withName(":memory:");
        }
        String fileName = Path.of(settings.name()).getFileName().toString();
        int dot = fileName.indexOf('.');
        String stem = dot > 0 ? fileName.substring(0, dot) : fileName;
        String name = numbered("sqlite:" + stem, "test_" + stem);
        Path file = sqliteDirectory().resolve(name + ".sqlite3");
        deleteSqliteFiles(file);
        cleanup.add(() -> deleteSqliteFiles(file));
        return settings.withName(file.toString());
    }

    private Path sqliteDirectory() {
        if (sqliteDirectory == null) {
            try {
                sqliteDirectory = Files.createTempDirectory("reinhardt-test-");
            } catch (IOException e) {
                throw new UncheckedIOException("Could not create a directory for the SQLite test databases: "
                        + e.getMessage(), e);
            }
        }
        return sqliteDirectory;
    }

    private static void deleteSqliteFiles(Path file) {
        try {
            for (String suffix : List.of("", "-wal", "-shm", "-journal")) {
                Files.deleteIfExists(Path.of(file + suffix));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete the SQLite test database " + file + ": "
                    + e.getMessage(), e);
        }
    }

    private void deleteSqliteDirectory() {
        if (sqliteDirectory == null) {
            return;
        }
        try (Stream<Path> files = Files.list(sqliteDirectory)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(sqliteDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete " + sqliteDirectory + ": " + e.getMessage(), e);
        } finally {
            sqliteDirectory = null;
        }
    }

    // ---------------------------------------------------------------- PostgreSQL

    private DatabaseSettings postgresql(String alias, DatabaseSettings settings, List<Runnable> cleanup) {
        String server = settings.host() + ":" + settings.port() + ":" + settings.user();
        String name = numbered("postgresql:" + server + ":" + settings.name(), "test_" + settings.name());
        DatabaseWrapper maintenance = maintenance(alias, settings, server);
        String quoted = maintenance.ops().quoteName(name);
        try {
            maintenance.execute("DROP DATABASE IF EXISTS " + quoted + " WITH (FORCE)");
            maintenance.execute("CREATE DATABASE " + quoted);
        } catch (DatabaseError e) {
            throw new ImproperlyConfigured("Could not create the test database " + name + " for alias '" + alias
                    + "': " + e.getMessage() + ". The user needs the CREATEDB privilege.", e);
        }
        cleanup.add(() -> maintenance.execute("DROP DATABASE IF EXISTS " + quoted + " WITH (FORCE)"));
        return settings.withName(name);
    }

    /** Return a connection to the server's {@code postgres} database (else the alias's own) for CREATE and DROP DATABASE. */
    private DatabaseWrapper maintenance(String alias, DatabaseSettings settings, String server) {
        DatabaseWrapper existing = maintenanceConnections.get(server);
        if (existing != null) {
            return existing;
        }
        RuntimeException failure = null;
        for (String database : List.of("postgres", settings.name())) {
            DatabaseWrapper wrapper = Connections.create(Map.of("maintenance", settings.withName(database)), false)
                    .wrapper("maintenance");
            try {
                wrapper.fetchAll("SELECT 1");
                maintenanceConnections.put(server, wrapper);
                return wrapper;
            } catch (RuntimeException e) {
                // A refused connection fails the pool's start (not a DatabaseError): try the next database.
                wrapper.close();
                failure = failure == null ? e : failure;
            }
        }
        String host = settings.host().isEmpty() ? "localhost" : settings.host();
        int port = settings.port() == 0 ? 5432 : settings.port();
        throw new ImproperlyConfigured("Could not connect to PostgreSQL at " + host + ":" + port + " to create the "
                + "test database of alias '" + alias + "': " + failure.getMessage() + " Start the server, or point "
                + "the alias at one that runs.", failure);
    }
}
