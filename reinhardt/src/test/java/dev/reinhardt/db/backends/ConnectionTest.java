package dev.reinhardt.db.backends;

import dev.reinhardt.conf.DatabaseSettings;
import dev.reinhardt.db.Connections;
import dev.reinhardt.db.TestDatabases;
import dev.reinhardt.db.backends.base.CapturedQuery;
import dev.reinhardt.db.backends.base.DatabaseWrapper;
import dev.reinhardt.db.backends.base.QueryCapture;
import dev.reinhardt.db.backends.base.Sql;
import dev.reinhardt.db.testapp.models.Order;
import dev.reinhardt.exceptions.ImproperlyConfigured;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConnectionTest {

    @Test
    void captureRecordsStatementsWithParametersAndDuration() {
        DatabaseWrapper connection = TestDatabases.use("sqlite");
        try (QueryCapture capture = connection.captureQueries()) {
            Order.objects.filter("status", "paid").count();
            CapturedQuery query = capture.queries().getFirst();
            assertThat(query.sql()).isEqualTo("SELECT COUNT(*) AS \"__count\" FROM \"testapp_order\" "
                    + "WHERE \"testapp_order\".\"status\" = ?");
            assertThat(query.params()).containsExactly("paid");
            assertThat(query.duration()).isPositive();
        }
        assertThat(connection.queries()).isEmpty();
    }

    @Test
    void debugRecordsEveryStatement(@TempDir Path directory) {
        try (Connections handler = Connections.create(Map.of("default",
                DatabaseSettings.sqlite(directory.resolve("debug.sqlite3"))), true)) {
            DatabaseWrapper connection = handler.wrapper("default");
            connection.fetchAll("SELECT ?", 1);
            assertThat(connection.queries()).extracting(CapturedQuery::sql).containsExactly("SELECT ?");
            connection.resetQueries();
            assertThat(connection.queries()).isEmpty();
        }
    }

    @Test
    void sqliteFilesUseWalABusyTimeoutAndImmediateTransactions(@TempDir Path directory) {
        try (Connections handler = Connections.create(Map.of("default",
                DatabaseSettings.sqlite(directory.resolve("pragmas.sqlite3"))), false)) {
            DatabaseWrapper connection = handler.wrapper("default");
            assertThat(connection.fetchAll("PRAGMA journal_mode").getFirst().getFirst()).isEqualTo("wal");
            assertThat(((Number) connection.fetchAll("PRAGMA busy_timeout").getFirst().getFirst()).intValue())
                    .isEqualTo(5000);
            String mode = connection.withConnection(jdbc ->
                    jdbc.unwrap(org.sqlite.SQLiteConnection.class).getConnectionConfig().getTransactionMode().name());
            assertThat(mode).isEqualTo("IMMEDIATE");
        }
    }

    @Test
    void sqliteInMemoryKeepsOneDatabase() {
        try (Connections handler = Connections.create(Map.of("default",
                new DatabaseSettings("sqlite", ":memory:", "", "", "", 0, Map.of())), false)) {
            DatabaseWrapper connection = handler.wrapper("default");
            connection.executeUpdate(Sql.of("CREATE TABLE t (x integer)"));
            connection.execute("INSERT INTO t VALUES (?)", 1);
            assertThat(connection.fetchAll("SELECT COUNT(*) FROM t").getFirst().getFirst()).isEqualTo(1);
        }
    }

    @Test
    void unknownAliasNamesTheConfiguredOnes() {
        TestDatabases.use("sqlite");
        assertThatThrownBy(() -> Connections.get("defualt")).isInstanceOf(ImproperlyConfigured.class)
                .hasMessage("The connection 'defualt' doesn't exist. Did you mean 'default'? Configured aliases: "
                        + "default, other.");
    }

    @Test
    void aConnectionTheServerDroppedIsReplacedNotHandedOut() throws Exception {
        DatabaseWrapper connection = TestDatabases.use("postgresql");
        connection.fetchAll("SELECT 1");
        try (java.sql.Connection admin = java.sql.DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:5432/" + connection.settings().name(), "postgres", "")) {
            try (var statement = admin.prepareStatement("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    + "WHERE datname = current_database() AND application_name = 'reinhardt'")) {
                statement.executeQuery().close();
            }
        }
        java.util.List<Object> outcomes = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            try {
                outcomes.add(connection.fetchAll("SELECT 1").getFirst().getFirst());
            } catch (dev.reinhardt.exceptions.DatabaseError e) {
                outcomes.add(e.getMessage());
            }
        }
        assertThat(outcomes).containsExactly(1, 1, 1);
    }

    @Test
    void aThreadCaptureRecordsOnlyItsOwnThreadsStatements() throws Exception {
        DatabaseWrapper connection = TestDatabases.use("sqlite");
        try (QueryCapture mine = connection.captureQueriesOnThisThread(); QueryCapture all = connection.captureQueries()) {
            connection.fetchAll("SELECT ?", "mine");
            Thread.ofVirtual().start(() -> connection.fetchAll("SELECT ?", "theirs")).join();
            assertThat(mine.queries()).extracting(CapturedQuery::params).containsExactly(java.util.List.of("mine"));
            assertThat(all.count()).isEqualTo(2);
        }
    }
}
