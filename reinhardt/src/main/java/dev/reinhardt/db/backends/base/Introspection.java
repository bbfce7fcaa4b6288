package dev.reinhardt.db.backends.base;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Read what the database holds: tables, columns, constraints and foreign keys (Django's
 * {@code DatabaseIntrospection}). The base reads JDBC metadata; backends add
 * what the driver does not report.
 */
public class Introspection {

    /**
     * One column of a table.
     *
     * @param name     the column name
     * @param typeName the database's type name
     * @param nullable whether NULL is allowed
     */
    public record ColumnInfo(String name, String typeName, boolean nullable) {
    }

    /**
     * One constraint or index of a table.
     *
     * @param name       its name
     * @param columns    the columns it covers, in order
     * @param primaryKey whether it is the primary key
     * @param unique     whether it enforces uniqueness
     * @param index      whether it is an index
     * @param check      whether it is a check constraint
     */
    public record ConstraintInfo(String name, List<String> columns, boolean primaryKey, boolean unique, boolean index,
                                 boolean check) {
    }

    /**
     * One foreign-key constraint: {@code table.column} refers to {@code toTable.toColumn}.
     *
     * @param name     the constraint's name (SQLite's are unnamed: empty)
     * @param table    the referring table
     * @param column   the referring column
     * @param toTable  the referenced table
     * @param toColumn the referenced column
     */
    public record ForeignKeyInfo(String name, String table, String column, String toTable, String toColumn) {
    }

    protected final DatabaseWrapper connection;

    public Introspection(DatabaseWrapper connection) {
        this.connection = connection;
    }

    /** Return the names of the user's tables, sorted. */
    public List<String> tableNames() {
        return connection.withConnection(jdbc -> {
            List<String> names = new ArrayList<>();
            try (ResultSet rs = jdbc.getMetaData().getTables(null, schema(), "%", new String[]{"TABLE"})) {
                while (rs.next()) {
                    String name = rs.getString("TABLE_NAME");
                    if (!name.startsWith("sqlite_")) {
                        names.add(name);
                    }
                }
            }
            names.sort(null);
            return names;
        });
    }

    /** Return the columns of {@code table}, in order. */
    public List<ColumnInfo> columns(String table) {
        return connection.withConnection(jdbc -> {
            List<ColumnInfo> columns = new ArrayList<>();
            try (ResultSet rs = jdbc.getMetaData().getColumns(null, schema(), table, "%")) {
                while (rs.next()) {
                    columns.add(new ColumnInfo(rs.getString("COLUMN_NAME"), rs.getString("TYPE_NAME"),
                            rs.getInt("NULLABLE") == DatabaseMetaData.columnNullable));
                }
            }
            return columns;
        });
    }

    /** Return the primary key, indexes, unique and check constraints of {@code table}, by name. */
    public Map<String, ConstraintInfo> constraints(String table) {
        Map<String, ConstraintInfo> constraints = new LinkedHashMap<>();
        connection.withConnection(jdbc -> {
            DatabaseMetaData meta = jdbc.getMetaData();
            List<String> pkColumns = new ArrayList<>();
            String pkName = null;
            try (ResultSet rs = meta.getPrimaryKeys(null, schema(), table)) {
                while (rs.next()) {
                    pkColumns.add(rs.getString("COLUMN_NAME"));
                    pkName = rs.getString("PK_NAME");
                }
            }
            if (!pkColumns.isEmpty()) {
                String name = pkName == null ? "__primary__" : pkName;
                constraints.put(name, new ConstraintInfo(name, pkColumns, true, true, false, false));
            }
            Map<String, List<String>> indexColumns = new LinkedHashMap<>();
            Map<String, Boolean> indexUnique = new LinkedHashMap<>();
            try (ResultSet rs = meta.getIndexInfo(null, schema(), table, false, false)) {
                while (rs.next()) {
                    String name = rs.getString("INDEX_NAME");
                    if (name == null || constraints.containsKey(name)) {
                        continue;
                    }
                    indexColumns.computeIfAbsent(name, k -> new ArrayList<>()).add(rs.getString("COLUMN_NAME"));
                    indexUnique.put(name, !rs.getBoolean("NON_UNIQUE"));
                }
            }
            indexColumns.forEach((name, columns) -> constraints.put(name,
                    new ConstraintInfo(name, columns, false, indexUnique.get(name), true, false)));
            return null;
        });
        constraints.putAll(checkConstraints(table));
        return constraints;
    }

    /** Return the foreign keys of {@code table}'s columns, in column order. */
    public List<ForeignKeyInfo> foreignKeys(String table) {
        return connection.withConnection(jdbc -> {
            try (ResultSet rs = jdbc.getMetaData().getImportedKeys(null, schema(), table)) {
                return foreignKeyRows(rs);
            }
        });
    }

    /** Return the foreign keys of other tables' (and {@code table}'s own) columns that refer to {@code table}. */
    public List<ForeignKeyInfo> referencingForeignKeys(String table) {
        return connection.withConnection(jdbc -> {
            try (ResultSet rs = jdbc.getMetaData().getExportedKeys(null, schema(), table)) {
                return foreignKeyRows(rs);
            }
        });
    }

    private static List<ForeignKeyInfo> foreignKeyRows(ResultSet rs) throws java.sql.SQLException {
        List<ForeignKeyInfo> keys = new ArrayList<>();
        while (rs.next()) {
            String name = rs.getString("FK_NAME");
            keys.add(new ForeignKeyInfo(name == null ? "" : name, rs.getString("FKTABLE_NAME"),
                    rs.getString("FKCOLUMN_NAME"), rs.getString("PKTABLE_NAME"), rs.getString("PKCOLUMN_NAME")));
        }
        return keys;
    }

    /** Return the check constraints of {@code table}; JDBC does not report them, so backends query their catalog. */
    protected Map<String, ConstraintInfo> checkConstraints(String table) {
        return Map.of();
    }

    /** Return the schema to search, or null for the driver's default. */
    protected String schema() {
        return null;
    }
}
