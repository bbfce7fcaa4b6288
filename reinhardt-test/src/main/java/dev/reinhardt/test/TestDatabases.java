package dev.reinhardt.test;

import dev.reinhardt.db.Connections;
import dev.reinhardt.db.backends.base.DatabaseWrapper;
import dev.reinhardt.db.backends.base.Sql;
import dev.reinhardt.exceptions.IntegrityError;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One test database per alias of the {@code databases} setting, with the
 * schema built: what one test class uses while it runs. Made and recycled by
 * {@link TestDatabasePool}; used by one class at a time.
 *
 * <p>Rows the schema step itself wrote (a migration recorder's, a data
 * migration's) are the baseline: {@link #flush()} leaves tables that held
 * rows then alone, and {@link #changedTables()} compares with it.
 */
final class TestDatabases implements AutoCloseable {

    private final Connections connections;
    private final List<String> names;
    private final List<Runnable> cleanup;
    private Map<String, Long> baseline = Map.of();

    TestDatabases(Connections connections, List<String> names, List<Runnable> cleanup) {
        this.connections = connections;
        this.names = List.copyOf(names);
        this.cleanup = List.copyOf(cleanup);
    }

    /** Take the row counts of the freshly built databases as the state to come back to. */
    void recordBaseline() {
        baseline = rowCounts();
    }

    /** Return the connections to the test databases, under the project's aliases. */
    Connections connections() {
        return connections;
    }

    /** Return the wrappers of every alias, in settings order. */
    List<DatabaseWrapper> wrappers() {
        return connections.aliases().stream().map(connections::wrapper).toList();
    }

    /**
     * Delete every row of every table of every alias, except the tables that
     * held rows in the baseline. Tables are emptied in rounds so that rows
     * referenced by other tables go after those referencing them.
     */
    void flush() {
        for (DatabaseWrapper connection : wrappers()) {
            List<String> remaining = new ArrayList<>(connection.introspection().tableNames());
            remaining.removeIf(table -> baseline.containsKey(connection.alias() + "." + table));
            while (!remaining.isEmpty()) {
                List<String> blocked = new ArrayList<>();
                IntegrityError lastError = null;
                for (String table : remaining) {
                    try {
                        connection.executeUpdate(Sql.of("DELETE FROM " + connection.ops().quoteName(table)));
                    } catch (IntegrityError e) {
                        blocked.add(table);
                        lastError = e;
                    }
                }
                if (blocked.size() == remaining.size()) {
                    throw new IllegalStateException("Could not empty the test tables " + blocked + " of '"
                            + connection.alias() + "': " + lastError.getMessage(), lastError);
                }
                remaining = blocked;
            }
        }
    }

    /** Return, by "alias.table", the row counts that differ from the baseline. */
    Map<String, Long> changedTables() {
        Map<String, Long> now = rowCounts();
        Map<String, Long> changed = new LinkedHashMap<>();
        now.forEach((table, rows) -> {
            if (!rows.equals(baseline.get(table))) {
                changed.put(table, rows);
            }
        });
        baseline.forEach((table, rows) -> {
            if (!now.containsKey(table)) {
                changed.put(table, 0L);
            }
        });
        return changed;
    }

    /** Return, by "alias.table", how many rows every non-empty table holds. */
    Map<String, Long> rowCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (DatabaseWrapper connection : wrappers()) {
            for (String table : connection.introspection().tableNames()) {
                long rows = ((Number) connection.fetchAll("SELECT COUNT(*) FROM "
                        + connection.ops().quoteName(table)).getFirst().getFirst()).longValue();
                if (rows > 0) {
                    counts.put(connection.alias() + "." + table, rows);
                }
            }
        }
        return counts;
    }

    @Override
    public void close() {
        connections.close();
        cleanup.forEach(Runnable::run);
    }

    @Override
    public String toString() {
        return "TestDatabases" + names;
    }
}
