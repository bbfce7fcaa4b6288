package dev.reinhardt.db.backends;

import dev.reinhardt.conf.DatabaseSettings;
import dev.reinhardt.db.Connections;
import dev.reinhardt.db.TestDatabases;
import dev.reinhardt.db.backends.base.ConnectionScope;
import dev.reinhardt.db.backends.base.DatabaseWrapper;
import dev.reinhardt.db.backends.base.Sql;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One connection per database for a unit of work, on a real PostgreSQL server and SQLite. */
class ConnectionScopeTest {

    private Connections handler;

    /** A PostgreSQL alias whose pool has exactly one connection, so a connection kept too long shows at once. */
    private DatabaseWrapper singleConnectionPostgres() {
        String name = TestDatabases.use("postgresql").settings().name();
        handler = Connections.create(Map.of("default", new DatabaseSettings("postgresql", name, "postgres", "",
                "127.0.0.1", 5432, Map.of("poolSize", "1"))), false);
        return handler.wrapper("default");
    }

    @AfterEach
    void close() {
        if (handler != null) {
            handler.close();
        }
    }

    private static int backend(DatabaseWrapper database) {
        return ((Number) database.fetchAll("SELECT pg_backend_pid()").getFirst().getFirst()).intValue();
    }

    @Test
    void everyStatementOfAScopeRunsOnOneConnectionWhichGoesBackToThePoolAtTheEnd() {
        DatabaseWrapper database = TestDatabases.use("postgresql");
        List<Integer> backends = ConnectionScope.call(() -> List.of(backend(database), backend(database),
                database.withConnection(jdbc -> backend(database))));
        assertThat(backends).hasSize(3).containsOnly(backends.getFirst());
        // The pool hands out a fresh proxy on each borrow: one proxy means one borrow.
        List<java.sql.Connection> borrowed = ConnectionScope.call(() -> List.of(
                database.withConnection(jdbc -> jdbc), database.withConnection(jdbc -> jdbc)));
        assertThat(borrowed.get(0)).isSameAs(borrowed.get(1));
        Object outside = database.withConnection(jdbc -> jdbc);
        assertThat(outside).isNotSameAs(database.withConnection(jdbc -> jdbc));

        DatabaseWrapper single = singleConnectionPostgres();
        int inScope = ConnectionScope.call(() -> backend(single));
        assertThat(backend(single)).as("the pool's only connection is free again").isEqualTo(inScope);
    }

    @Test
    void aFailingUnitOfWorkStillGivesItsConnectionBackAndKeepsItsError() {
        DatabaseWrapper single = singleConnectionPostgres();
        assertThatThrownBy(() -> ConnectionScope.call(() -> {
            backend(single);
            throw new IllegalStateException("the view failed");
        })).isInstanceOf(IllegalStateException.class).hasMessage("the view failed");
        assertThat(single.fetchAll("SELECT 1").getFirst().getFirst()).isEqualTo(1);
    }

    @Test
    void atomicBlocksRunOnTheScopesConnectionAndAutocommitResumesAfterThem() throws Exception {
        DatabaseWrapper single = singleConnectionPostgres();
        single.execute("DROP TABLE IF EXISTS scope_notes");
        single.execute("CREATE TABLE scope_notes (note text)");
        ConnectionScope.call(() -> {
            single.atomic(() -> single.execute("INSERT INTO scope_notes VALUES ('committed')"));
            try {
                single.atomic(() -> {
                    single.execute("INSERT INTO scope_notes VALUES ('rolled back')");
                    throw new IllegalStateException("undo");
                });
            } catch (IllegalStateException expected) {
                // The block rolled back; the scope carries on.
            }
            return single.execute("INSERT INTO scope_notes VALUES ('autocommitted')");
        });
        try (var other = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/" + single.settings().name(),
                "postgres", ""); var rows = other.createStatement().executeQuery(
                "SELECT note FROM scope_notes ORDER BY note")) {
            List<String> notes = new ArrayList<>();
            while (rows.next()) {
                notes.add(rows.getString(1));
            }
            assertThat(notes).containsExactly("autocommitted", "committed");
        } finally {
            single.execute("DROP TABLE scope_notes");
        }
    }

    @Test
    void aThreadStartedInsideTheScopeUsesAConnectionOfItsOwn() throws Exception {
        DatabaseWrapper database = TestDatabases.use("postgresql");
        AtomicReference<Integer> forked = new AtomicReference<>();
        int mine = ConnectionScope.call(() -> {
            int first = backend(database);
            Thread.ofVirtual().start(() -> forked.set(backend(database))).join();
            return first;
        });
        assertThat(forked.get()).isNotNull().isNotEqualTo(mine);
    }

    @Test
    void aSessionTheServerEndedIsReplacedInsideTheScope() throws Exception {
        DatabaseWrapper database = TestDatabases.use("postgresql");
        List<Integer> backends = ConnectionScope.call(() -> {
            int first = backend(database);
            try (var admin = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/"
                    + database.settings().name(), "postgres", "");
                 var statement = admin.prepareStatement("SELECT pg_terminate_backend(?)")) {
                statement.setInt(1, first);
                statement.executeQuery().close();
            }
            return List.of(first, backend(database));
        });
        assertThat(backends.get(1)).isNotEqualTo(backends.get(0));
    }

    @Test
    void onOneSqliteConnectionAStreamAndOtherStatementsShareItAndItOutlivesTheScopeUntilClosed() {
        handler = Connections.create(Map.of("default",
                new DatabaseSettings("sqlite", ":memory:", "", "", "", 0, Map.of())), false);
        DatabaseWrapper memory = handler.wrapper("default");
        memory.execute("CREATE TABLE t (x integer)");
        memory.execute("INSERT INTO t VALUES (1), (2), (3)");
        List<Integer> seen = new ArrayList<>();
        AtomicReference<Iterator<Integer>> rest = new AtomicReference<>();
        Stream<Integer> rows = ConnectionScope.call(() -> {
            Stream<Integer> stream = memory.stream(Sql.of("SELECT x FROM t ORDER BY x"), 1, rs -> rs.getInt(1));
            rest.set(stream.iterator());
            seen.add(rest.get().next());
            // The pool's only connection is the scope's: a statement while the stream is open must not wait for it.
            seen.add(((Number) memory.fetchAll("SELECT COUNT(*) FROM t").getFirst().getFirst()).intValue());
            return stream;
        });
        try (rows) {
            rest.get().forEachRemaining(seen::add);
        }
        assertThat(seen).containsExactly(1, 3, 2, 3);
        assertThat(memory.fetchAll("SELECT COUNT(*) FROM t").getFirst().getFirst()).isEqualTo(3);
    }

    @Test
    void aTransactionThatCannotBeginLeavesNoConnectionBusyNorHalfInATransaction(@TempDir Path directory) throws Exception {
        String file = directory.resolve("busy.sqlite3").toString();
        handler = Connections.create(Map.of("default", new DatabaseSettings("sqlite", file, "", "", "", 0,
                Map.of("poolSize", "1", "busy_timeout", "100"))), false);
        DatabaseWrapper database = handler.wrapper("default");
        database.execute("CREATE TABLE item (n INTEGER)");

        // Another process holds the write lock, so SQLite refuses the block's BEGIN IMMEDIATE.
        try (java.sql.Connection other = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            other.createStatement().execute("BEGIN IMMEDIATE");
            assertThatThrownBy(() -> database.atomic(() -> database.execute("INSERT INTO item VALUES (1)")))
                    .isInstanceOf(dev.reinhardt.exceptions.DatabaseError.class)
                    .hasMessageContaining("Could not start a transaction on 'default'");
            assertThatThrownBy(database::enterRollbackBlock)
                    .isInstanceOf(dev.reinhardt.exceptions.DatabaseError.class)
                    .hasMessageContaining("Could not start a transaction on 'default'");
            assertThatThrownBy(() -> ConnectionScope.call(() -> database.atomic(() -> null)))
                    .isInstanceOf(dev.reinhardt.exceptions.DatabaseError.class)
                    .hasMessageContaining("Could not start a transaction on 'default'");
            other.createStatement().execute("ROLLBACK");

            // The pool's one slot is free again, and the connection in it commits what runs outside a block:
            // the other connection sees both rows.
            database.execute("INSERT INTO item VALUES (2)");
            database.atomic(() -> database.execute("INSERT INTO item VALUES (3)"));
            try (var rows = other.createStatement().executeQuery("SELECT n FROM item ORDER BY n")) {
                List<Integer> seen = new ArrayList<>();
                while (rows.next()) {
                    seen.add(rows.getInt(1));
                }
                assertThat(seen).containsExactly(2, 3);
            }
        }
    }
}
