package dev.reinhardt.db.migrations;

import dev.reinhardt.db.backends.base.DatabaseWrapper;
import dev.reinhardt.db.backends.base.Introspection;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the database reports about some tables: columns, constraints and
 * indexes, foreign keys. Two snapshots are equal when the tables are.
 *
 * @param tables the tables by name
 */
record SchemaSnapshot(Map<String, Table> tables) {

    /**
     * One table as introspection reports it.
     *
     * @param columns     the columns in order
     * @param constraints the primary key, unique constraints, indexes and checks by name
     * @param foreignKeys the foreign keys, as {@code column -> table.column}
     */
    record Table(List<Introspection.ColumnInfo> columns, Map<String, Introspection.ConstraintInfo> constraints,
                 Set<String> foreignKeys) {
    }

    /** Return the snapshot of {@code connection}'s tables whose names start with one of {@code prefixes}. */
    static SchemaSnapshot of(DatabaseWrapper connection, String... prefixes) {
        Introspection introspection = connection.introspection();
        Map<String, Table> tables = new TreeMap<>();
        for (String table : introspection.tableNames()) {
            if (List.of(prefixes).stream().anyMatch(table::startsWith)) {
                Set<String> keys = new TreeSet<>();
                introspection.foreignKeys(table).forEach(key -> keys.add(key.column() + " -> " + key.toTable() + "."
                        + key.toColumn() + (key.name().isEmpty() ? "" : " (" + key.name() + ")")));
                tables.put(table, new Table(introspection.columns(table), new TreeMap<>(introspection.constraints(table)),
                        keys));
            }
        }
        return new SchemaSnapshot(tables);
    }

    /** Return the foreign keys of {@code table} without constraint names, as {@code column -> table.column}. */
    Set<String> foreignKeys(String table) {
        Set<String> keys = new TreeSet<>();
        tables.get(table).foreignKeys().forEach(key -> keys.add(key.replaceAll(" \\(.*\\)$", "")));
        return keys;
    }
}
