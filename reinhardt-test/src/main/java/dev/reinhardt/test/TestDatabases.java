package dev.reinhardt.test;

import dev.reinhardt.db.Connections;
import dev.reinhardt.db.backends.base.DatabaseWrapper;
import dev.reinhardt.db.backends.base.Introspection;
import dev.reinhardt.db.backends.base.Sql;
import dev.reinhardt.exceptions.IntegrityError;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
    private final Map<String, List<String>> deletionOrders = new HashMap<>();

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
     * held rows in the baseline: per alias in one transaction, tables holding
     * foreign keys before the tables they refer to, so the constraints hold
     * at every step (and deferred ones at the commit, for tables that refer
     * to each other).
     */
    void flush() {
        for (DatabaseWrapper connection : wrappers()) {
            List<String> tables = new ArrayList<>(connection.introspection().tableNames());
            tables.removeIf(table -> baseline.containsKey(connection.alias() + "." + table));
            List<String> ordered = deletionOrders.computeIfAbsent(connection.alias() + ":" + tables,
                    key -> referringFirst(connection, tables));
            try {
                connection.atomic(() -> {
                    for (String table : ordered) {
                        connection.executeUpdate(Sql.of("DELETE FROM " + connection.ops().quoteName(table)));
                    }
                    return null;
                });
            } catch (IntegrityError e) {
                throw new IllegalStateException("Could not empty the test tables of '" + connection.alias()
                        + "': " + e.getMessage() + ". Tables kept with the rows the schema step wrote: "
                        + String.join(", ", baselineTables(connection)) + "; a test that points their rows at "
                        + "rows of its own must reset them itself.", e);
            }
        }
    }

    /** Return {@code tables} ordered so that each comes before the tables its foreign keys refer to. */
    private static List<String> referringFirst(DatabaseWrapper connection, List<String> tables) {
        Map<String, Set<String>> referredBy = new LinkedHashMap<>();
        tables.forEach(table -> referredBy.put(table, new LinkedHashSet<>()));
        for (String table : tables) {
            for (Introspection.ForeignKeyInfo key : connection.introspection().foreignKeys(table)) {
                Set<String> referrers = referredBy.get(key.toTable());
                if (referrers != null && !key.toTable().equals(table)) {
                    referrers.add(table);
                }
            }
        }
        List<String> ordered = new ArrayList<>();
        List<String> remaining = new ArrayList<>(tables);
        while (!remaining.isEmpty()) {
            // Tables referring to each other keep their order; their constraints are deferred to the commit.
            String next = remaining.stream().filter(table -> referredBy.get(table).stream()
                    .noneMatch(remaining::contains)).findFirst().orElse(remaining.getFirst());
            ordered.add(next);
            remaining.remove(next);
        }
        return ordered;
    }

    private List<String> baselineTables(DatabaseWrapper connection) {
        String prefix = connection.alias() + ".";
        return baseline.keySet().stream().filter(key -> key.startsWith(prefix))
                .map(key -> key.substring(prefix.length())).toList();
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
