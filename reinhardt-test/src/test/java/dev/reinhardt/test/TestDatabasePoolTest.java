package dev.reinhardt.test;

import dev.reinhardt.Reinhardt;
import dev.reinhardt.apps.Apps;
import dev.reinhardt.conf.DatabaseSettings;
import dev.reinhardt.conf.Settings;
import dev.reinhardt.db.Connections;
import dev.reinhardt.db.backends.base.DatabaseWrapper;
import dev.reinhardt.exceptions.ImproperlyConfigured;
import dev.reinhardt.test.library.models.Book;
import dev.reinhardt.test.library.settings.LibrarySettings;
import dev.reinhardt.test.library.settings.PostgresSettings;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The pool of test databases on its own: naming, recycling, replacing leftovers, dropping at the end. */
class TestDatabasePoolTest {

    /** The library on PostgreSQL under a name no other test uses, so that this test may drop its databases. */
    static final class PoolSettings extends PostgresSettings {
        PoolSettings() {
            databases = Map.of("default", DatabaseSettings.postgresql(baseName() + "_pool", "postgres", "",
                    "127.0.0.1", 5432));
        }
    }

    private static <T> T inScope(Settings settings, Apps apps, java.util.concurrent.Callable<T> work) throws Exception {
        return Settings.callWith(settings, () -> Apps.callWith(apps, work::call));
    }

    @Test
    void sqliteSetsAreFreshFilesNumberedPerConcurrentUseAndDeletedAtTheEnd() throws Exception {
        Settings settings = new LibrarySettings();
        Apps apps = Reinhardt.setup(settings);
        TestDatabasePool pool = new TestDatabasePool();

        TestDatabases first = inScope(settings, apps, () -> pool.acquire(settings, apps));
        TestDatabases second = inScope(settings, apps, () -> pool.acquire(settings, apps));
        Path firstFile = Path.of(first.connections().wrapper("default").settings().name());
        Path secondFile = Path.of(second.connections().wrapper("default").settings().name());

        assertThat(firstFile.getFileName()).hasToString("test_library.sqlite3");
        assertThat(secondFile.getFileName()).hasToString("test_library_1.sqlite3");
        assertThat(first.connections().wrapper("default").introspection().tableNames())
                .containsExactly("library_book", "library_member", "reinhardt_migrations");

        pool.release(first);
        assertThat(inScope(settings, apps, () -> pool.acquire(settings, apps))).isSameAs(first);

        pool.closeAll();
        assertThat(firstFile).doesNotExist();
        assertThat(secondFile).doesNotExist();
        assertThat(firstFile.getParent()).doesNotExist();
    }

    @Test
    @RequiresPostgres
    void aPostgresLeftoverIsReplacedAndTheDatabaseDroppedAtTheEnd() throws Exception {
        Settings settings = new PoolSettings();
        Apps apps = Reinhardt.setup(settings);
        String testName = "test_" + PostgresSettings.baseName() + "_pool";
        try (Connections server = Connections.create(Map.of("server", DatabaseSettings.postgresql("postgres",
                "postgres", "", "127.0.0.1", 5432)), false)) {
            DatabaseWrapper maintenance = server.wrapper("server");
            maintenance.execute("DROP DATABASE IF EXISTS \"" + testName + "\" WITH (FORCE)");
            maintenance.execute("CREATE DATABASE \"" + testName + "\"");
            try (Connections leftover = Connections.create(Map.of("default",
                    settings.databases().get("default").withName(testName)), false)) {
                leftover.wrapper("default").execute("CREATE TABLE from_a_crashed_run (id integer)");
            }
            TestDatabasePool pool = new TestDatabasePool();

            TestDatabases databases = inScope(settings, apps, () -> pool.acquire(settings, apps));

            DatabaseWrapper test = databases.connections().wrapper("default");
            assertThat(test.settings().name()).isEqualTo(testName);
            assertThat(test.introspection().tableNames()).containsExactly("library_book", "library_member", "reinhardt_migrations");
            inScope(settings, apps, () -> Connections.callWith(databases.connections(), () -> Book.create("Dune", 1)));
            assertThat(databases.rowCounts()).containsExactly(Map.entry("default.library_book", 1L));
            databases.flush();
            assertThat(databases.rowCounts()).isEmpty();

            pool.closeAll();
            assertThat(maintenance.fetchAll("SELECT datname FROM pg_database WHERE datname = ?", testName)).isEmpty();
        }
    }

    @Test
    void anEngineWithoutTestDatabasesIsRefusedClearly() {
        Settings settings = new LibrarySettings() {
            {
                databases = Map.of("default", new DatabaseSettings("mysql", "shop", "", "", "", 0, Map.of()));
            }
        };
        Apps apps = Reinhardt.setup(new LibrarySettings());

        assertThatThrownBy(() -> new TestDatabasePool().acquire(settings, apps))
                .isInstanceOf(ImproperlyConfigured.class)
                .hasMessage("Test databases for the mysql backend are not supported yet (alias 'default'). "
                        + "Use sqlite or postgresql.");
    }

    @Test
    void anUnreachablePostgresServerIsReportedWithItsAddress() {
        Settings settings = new LibrarySettings() {
            {
                databases = Map.of("default", DatabaseSettings.postgresql("shop", "postgres", "", "127.0.0.1", 1));
            }
        };
        Apps apps = Reinhardt.setup(new LibrarySettings());

        assertThatThrownBy(() -> new TestDatabasePool().acquire(settings, apps))
                .isInstanceOf(ImproperlyConfigured.class)
                .hasMessageStartingWith("Could not connect to PostgreSQL at 127.0.0.1:1 to create the test database "
                        + "of alias 'default':")
                .hasMessageEndingWith("Start the server, or point the alias at one that runs.");
    }

    @Test
    void sqliteFilesOfTheSameNameInDifferentFoldersGetDifferentTestFiles() throws Exception {
        Settings settings = new LibrarySettings() {
            {
                databases = Map.of("default", DatabaseSettings.sqlite(Path.of("a", "db.sqlite3")),
                        "other", DatabaseSettings.sqlite(Path.of("b", "db.sqlite3")));
            }
        };
        Apps apps = Reinhardt.setup(new LibrarySettings());
        TestDatabasePool pool = new TestDatabasePool();
        try {
            TestDatabases databases = inScope(settings, apps, () -> pool.acquire(settings, apps));

            assertThat(databases.wrappers()).extracting(wrapper -> Path.of(wrapper.settings().name()).getFileName()
                    .toString()).containsExactlyInAnyOrder("test_db.sqlite3", "test_db_1.sqlite3");
            assertThat(Files.exists(Path.of(databases.wrappers().getFirst().settings().name()))).isTrue();
        } finally {
            pool.closeAll();
        }
    }
}
