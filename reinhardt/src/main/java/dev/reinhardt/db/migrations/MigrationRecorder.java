package dev.reinhardt.db.migrations;

import dev.reinhardt.db.backends.base.ColumnSpec;
import dev.reinhardt.db.backends.base.DatabaseWrapper;
import dev.reinhardt.db.backends.base.Sql;
import dev.reinhardt.db.backends.base.TableSpec;
import dev.reinhardt.db.backends.base.ValueType;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Record which migrations are applied to a database, in the table
 * {@code reinhardt_migrations(id, app, name, applied)} (Django's
 * {@code django_migrations}). Statements run on the caller's transaction
 * when there is one, so a migration and its record commit or roll back
 * together.
 */
public final class MigrationRecorder {

    /** The table name. */
    public static final String TABLE = "reinhardt_migrations";

    private static final ValueType DATETIME = new ValueType("DateTimeField", Instant.class);
    private static final TableSpec SPEC = new TableSpec(TABLE, List.of(
            new ColumnSpec("id", new ValueType("BigAutoField", Long.class), Map.of(), false, true, false, null),
            new ColumnSpec("app", new ValueType("CharField", String.class), Map.of("maxLength", 255), false, false,
                    false, null),
            new ColumnSpec("name", new ValueType("CharField", String.class), Map.of("maxLength", 255), false, false,
                    false, null),
            new ColumnSpec("applied", DATETIME, Map.of(), false, false, false, null)), List.of(), List.of());

    private final DatabaseWrapper connection;

    /** Create a recorder for {@code connection}. */
    public MigrationRecorder(DatabaseWrapper connection) {
        this.connection = connection;
    }

    /** Return whether the table exists. */
    public boolean hasTable() {
        return connection.introspection().tableNames().stream().anyMatch(TABLE::equalsIgnoreCase);
    }

    /** Create the table unless it exists. */
    public void ensureSchema() {
        if (!hasTable()) {
            connection.schemaEditor().createTable(SPEC);
        }
    }

    /** Return the applied migrations in the order they were applied; empty when the table does not exist. */
    public Set<MigrationKey> applied() {
        return appliedAt().keySet();
    }

    /** Return when each applied migration was applied, in that order; empty when the table does not exist. */
    public Map<MigrationKey, Instant> appliedAt() {
        if (!hasTable()) {
            return Map.of();
        }
        var readTime = connection.ops().reader(DATETIME);
        Map<MigrationKey, Instant> applied = new LinkedHashMap<>();
        connection.query(Sql.of("SELECT " + quote("app") + ", " + quote("name") + ", " + quote("applied") + " FROM "
                + quote(TABLE) + " ORDER BY " + quote("id")), rs -> {
            applied.put(new MigrationKey(rs.getString(1), rs.getString(2)), (Instant) readTime.read(rs, 3));
            return null;
        });
        return applied;
    }

    /** Record {@code key} as applied now. */
    public void recordApplied(MigrationKey key) {
        ensureSchema();
        connection.executeUpdate(Sql.of("INSERT INTO " + quote(TABLE) + " (" + quote("app") + ", " + quote("name")
                + ", " + quote("applied") + ") VALUES (?, ?, " + connection.ops().placeholder(DATETIME) + ")",
                key.app(), key.name(), connection.ops().adapt(DATETIME, Instant.now())));
    }

    /** Record {@code key} as not applied. */
    public void recordUnapplied(MigrationKey key) {
        ensureSchema();
        connection.executeUpdate(Sql.of("DELETE FROM " + quote(TABLE) + " WHERE " + quote("app") + " = ? AND "
                + quote("name") + " = ?", key.app(), key.name()));
    }

    private String quote(String name) {
        return connection.ops().quoteName(name);
    }
}
