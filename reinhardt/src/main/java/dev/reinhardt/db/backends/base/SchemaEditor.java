package dev.reinhardt.db.backends.base;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turn table descriptions into DDL and run it (Django's {@code BaseDatabaseSchemaEditor}).
 *
 * <p>Every statement comes from a template field with {@code {name}}
 * placeholders; a backend changes its DDL by overriding templates. Names
 * are quoted by {@link Operations#quoteName(String)}; defaults and check
 * values are literals from model declarations, rendered by
 * {@link Operations#quoteValue(Object)}, because DDL cannot bind parameters.
 *
 * <p>Foreign-key constraints are created after every table of a batch exists:
 * a backend with an inline template ({@link #sqlCreateInlineForeignKey})
 * writes them in the column definition; the others add them with
 * {@code ALTER TABLE} when the editor is closed (Django's deferred SQL), so
 * open the editor with try-with-resources. Constraints are
 * {@code DEFERRABLE INITIALLY DEFERRED}: rows referring to each other can be
 * written in any order inside a transaction. A foreign key's constraint is
 * dropped before its column is removed or changed to refer elsewhere, and
 * the constraints of other tables referring to a table are dropped before
 * the table. A key whose type changes takes the columns referring to it
 * along ({@link #alterReferencedColumn}).
 */
public class SchemaEditor implements AutoCloseable {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    protected String sqlCreateTable = "CREATE TABLE {table} ({definition})";
    protected String sqlDeleteTable = "DROP TABLE {table}";
    protected String sqlCreateColumn = "ALTER TABLE {table} ADD COLUMN {column} {definition}";
    protected String sqlDeleteColumn = "ALTER TABLE {table} DROP COLUMN {column}";
    protected String sqlAlterColumnType = "ALTER TABLE {table} ALTER COLUMN {column} TYPE {type}";
    protected String sqlAlterColumnNull = "ALTER TABLE {table} ALTER COLUMN {column} DROP NOT NULL";
    protected String sqlAlterColumnNotNull = "ALTER TABLE {table} ALTER COLUMN {column} SET NOT NULL";
    protected String sqlCreateIndex = "CREATE INDEX {name} ON {table} ({columns})";
    protected String sqlDeleteIndex = "DROP INDEX {name}";
    protected String sqlUniqueConstraint = "CONSTRAINT {name} UNIQUE ({columns})";
    protected String sqlCheckConstraint = "CONSTRAINT {name} CHECK ({check})";
    protected String sqlCreateConstraint = "ALTER TABLE {table} ADD {constraint}";
    protected String sqlDeleteConstraint = "ALTER TABLE {table} DROP CONSTRAINT {name}";
    protected String sqlRenameTable = "ALTER TABLE {old} RENAME TO {new}";
    protected String sqlRenameColumn = "ALTER TABLE {table} RENAME COLUMN {old} TO {new}";
    protected String sqlAlterColumnDefault = "ALTER TABLE {table} ALTER COLUMN {column} SET DEFAULT {default}";
    protected String sqlAlterColumnNoDefault = "ALTER TABLE {table} ALTER COLUMN {column} DROP DEFAULT";
    protected String sqlCreateForeignKey = "ALTER TABLE {table} ADD CONSTRAINT {name} FOREIGN KEY ({column}) "
            + "REFERENCES {toTable} ({toColumn}) DEFERRABLE INITIALLY DEFERRED";
    /** The REFERENCES clause written into a column definition, or null to add constraints after the tables. */
    protected String sqlCreateInlineForeignKey = null;
    /** The statement dropping a foreign-key constraint, or null where constraints go only with their column or table. */
    protected String sqlDeleteForeignKey = "ALTER TABLE {table} DROP CONSTRAINT {name}";

    protected final DatabaseWrapper connection;
    private final List<String> collected = new ArrayList<>();
    private final List<PendingKey> deferred = new ArrayList<>();
    private boolean collectOnly;

    public SchemaEditor(DatabaseWrapper connection) {
        this.connection = connection;
    }

    /** Create {@code table} with its columns, constraints and indexes. */
    public void createTable(TableSpec table) {
        List<String> definitions = new ArrayList<>();
        for (ColumnSpec column : table.columns()) {
            definitions.add(quote(column.name()) + " " + columnDefinition(column, table.name()));
        }
        for (IndexSpec index : table.indexes()) {
            if (index.unique()) {
                definitions.add(uniqueConstraint(index));
            }
        }
        for (CheckSpec check : table.checks()) {
            definitions.add(render(sqlCheckConstraint, Map.of("name", quote(check.name()), "check", check.condition())));
        }
        execute(render(sqlCreateTable, Map.of("table", quote(table.name()), "definition",
                String.join(", ", definitions))));
        for (ColumnSpec column : table.columns()) {
            deferForeignKey(table.name(), column);
        }
        for (IndexSpec index : table.indexes()) {
            if (!index.unique()) {
                addIndex(table, index);
            }
        }
    }

    /** Drop {@code table}, after the foreign-key constraints of other tables that refer to it. */
    public void deleteTable(TableSpec table) {
        deferred.removeIf(key -> key.table().equals(table.name()) || key.reference().table().equals(table.name()));
        if (sqlDeleteForeignKey != null && !collectOnly) {
            for (Introspection.ForeignKeyInfo key : connection.introspection().referencingForeignKeys(table.name())) {
                if (!key.table().equals(table.name()) && !key.name().isEmpty()) {
                    deleteForeignKey(key.table(), key.name());
                }
            }
        }
        execute(render(sqlDeleteTable, Map.of("table", quote(table.name()))));
    }

    /** Add {@code column} to {@code table}. */
    public void addColumn(TableSpec table, ColumnSpec column) {
        execute(render(sqlCreateColumn, Map.of("table", quote(table.name()), "column", quote(column.name()),
                "definition", columnDefinition(column, table.name()))));
        deferForeignKey(table.name(), column);
    }

    /** Remove {@code column} from {@code table}, after its foreign-key constraint. */
    public void removeColumn(TableSpec table, ColumnSpec column) {
        deleteForeignKeys(table.name(), column);
        execute(render(sqlDeleteColumn, Map.of("table", quote(table.name()), "column", quote(column.name()))));
    }

    /**
     * Change {@code table}'s column {@code from} into {@code to} (same name):
     * type, nullability, database default and uniqueness.
     */
    public void alterColumn(TableSpec table, ColumnSpec from, ColumnSpec to) {
        Map<String, String> names = Map.of("table", quote(table.name()), "column", quote(to.name()),
                "type", columnType(to));
        boolean keyChanges = from.references() != null
                && (!from.references().equals(to.references()) || !columnType(from).equals(columnType(to)));
        if (keyChanges) {
            deleteForeignKeys(table.name(), from);
        }
        if (from.unique() && !to.unique()) {
            for (String name : uniqueConstraintNames(table.name(), to.name())) {
                removeConstraint(table, name);
            }
        }
        if (!columnType(from).equals(columnType(to))) {
            execute(render(sqlAlterColumnType, names));
        }
        if (!java.util.Objects.equals(from.dbDefault(), to.dbDefault())) {
            execute(to.dbDefault() == null ? render(sqlAlterColumnNoDefault, names)
                    : render(sqlAlterColumnDefault, Map.of("table", quote(table.name()), "column", quote(to.name()),
                    "default", connection.ops().quoteValue(to.dbDefault()))));
        }
        if (from.nullable() != to.nullable()) {
            execute(render(to.nullable() ? sqlAlterColumnNull : sqlAlterColumnNotNull, names));
        }
        if (!from.unique() && to.unique()) {
            addIndex(table, new IndexSpec(table.name() + "_" + to.name() + "_key", List.of(to.name()), true));
        }
        if (to.references() != null && (keyChanges || from.references() == null)) {
            deferForeignKey(table.name(), to);
        }
    }

    /**
     * Change {@code table}'s column {@code from} into {@code to} together with
     * the columns {@code referring} to it, which take its new type: their
     * foreign-key constraints are dropped first, the columns are changed after
     * the one they refer to, and the constraints are made again when the
     * editor closes.
     */
    public void alterReferencedColumn(TableSpec table, ColumnSpec from, ColumnSpec to, List<ColumnChange> referring) {
        for (ColumnChange change : referring) {
            deleteForeignKeys(change.table().name(), change.from());
        }
        alterColumn(table, from, to);
        for (ColumnChange change : referring) {
            ColumnSpec old = change.from();
            // Without its reference: the constraint is gone, and alterColumn makes it again like a new one.
            alterColumn(change.table(), new ColumnSpec(old.name(), old.type(), old.typeParams(), old.nullable(),
                    old.primaryKey(), old.unique(), old.dbDefault()), change.to());
        }
    }

    /** Rename table {@code from} to {@code to}; its indexes keep their names. */
    public void renameTable(String from, String to) {
        execute(render(sqlRenameTable, Map.of("old", quote(from), "new", quote(to))));
        deferred.replaceAll(key -> key.renameTable(from, to));
    }

    /** Rename {@code table}'s column {@code from} to {@code to}, keeping its data, indexes and constraints. */
    public void renameColumn(TableSpec table, String from, String to) {
        execute(render(sqlRenameColumn, Map.of("table", quote(table.name()), "old", quote(from), "new", quote(to))));
        deferred.replaceAll(key -> key.renameColumn(table.name(), from, to));
    }

    /**
     * Run one statement given as SQL text (a migration's own SQL, or a data
     * fix-up with literal values), or only collect it when collecting.
     */
    public void runStatement(String sql) {
        execute(sql);
    }

    /** Return the names of the single-column unique constraints and indexes on {@code column}, as the database reports them. */
    public List<String> uniqueConstraintNames(String table, String column) {
        List<String> names = new ArrayList<>();
        connection.introspection().constraints(table).forEach((name, info) -> {
            if (info.unique() && !info.primaryKey() && info.columns().equals(List.of(column))) {
                names.add(name);
            }
        });
        return names;
    }

    /** Return the names of the plain (non-unique) single-column indexes on {@code column}. */
    public List<String> indexNames(String table, String column) {
        List<String> names = new ArrayList<>();
        connection.introspection().constraints(table).forEach((name, info) -> {
            if (info.index() && !info.unique() && !info.primaryKey() && info.columns().equals(List.of(column))) {
                names.add(name);
            }
        });
        return names;
    }

    /**
     * Make this editor only collect its statements, running none (for
     * {@code sqlmigrate}); return this editor.
     */
    public SchemaEditor collectOnly() {
        this.collectOnly = true;
        return this;
    }

    /** Return whether this editor only collects statements. */
    public boolean collectsOnly() {
        return collectOnly;
    }

    /** Return the database this editor changes. */
    public DatabaseWrapper connection() {
        return connection;
    }

    /** Create {@code index} on {@code table}. */
    public void addIndex(TableSpec table, IndexSpec index) {
        if (index.unique()) {
            addConstraint(table, uniqueConstraint(index));
            return;
        }
        execute(render(sqlCreateIndex, Map.of("name", quote(index.name()), "table", quote(table.name()),
                "columns", indexColumns(index))));
    }

    /** Drop {@code index}. */
    public void removeIndex(TableSpec table, IndexSpec index) {
        if (index.unique()) {
            removeConstraint(table, index.name());
            return;
        }
        execute(render(sqlDeleteIndex, Map.of("name", quote(index.name()), "table", quote(table.name()))));
    }

    /** Add the check constraint {@code check} to {@code table}. */
    public void addCheck(TableSpec table, CheckSpec check) {
        addConstraint(table, render(sqlCheckConstraint, Map.of("name", quote(check.name()), "check",
                check.condition())));
    }

    /** Drop the constraint called {@code name} from {@code table}. */
    public void removeConstraint(TableSpec table, String name) {
        execute(render(sqlDeleteConstraint, Map.of("table", quote(table.name()), "name", quote(name))));
    }

    /** Add an already rendered constraint definition to {@code table}. */
    protected void addConstraint(TableSpec table, String constraint) {
        execute(render(sqlCreateConstraint, Map.of("table", quote(table.name()), "constraint", constraint)));
    }

    /** Return the statements this editor has run, in order. */
    public List<String> collectedSql() {
        return List.copyOf(collected);
    }

    /** Return the statements waiting for {@link #close()}, such as foreign-key constraints. */
    public List<String> deferredSql() {
        return deferred.stream().map(this::foreignKeySql).toList();
    }

    /**
     * Run the deferred statements (foreign-key constraints), in order. Call it
     * once the work succeeded, inside the same transaction: after a failure
     * the constraints have nothing to apply to.
     */
    @Override
    public void close() {
        List<String> pending = deferredSql();
        deferred.clear();
        pending.forEach(this::execute);
    }

    /** Return the name of the foreign-key constraint on {@code table.column} referring to {@code reference}. */
    public String foreignKeyName(String table, String column, ColumnSpec.Reference reference) {
        String hash = String.format("%08x", (table + "." + column + ">" + reference.table() + "." + reference.column())
                .hashCode());
        String prefix = table + "_" + column;
        int room = 63 - hash.length() - "_fk".length() - 1;
        return (prefix.length() > room ? prefix.substring(0, room) : prefix) + "_" + hash + "_fk";
    }

    /**
     * Drop the foreign-key constraints on {@code table.column}: one still
     * waiting for {@link #close()} is forgotten; otherwise those the database
     * reports, or when only collecting statements the one this editor names.
     */
    private void deleteForeignKeys(String table, ColumnSpec column) {
        if (deferred.removeIf(key -> key.table().equals(table) && key.column().equals(column.name()))) {
            return;
        }
        if (sqlDeleteForeignKey == null || column.references() == null) {
            return;
        }
        if (collectOnly) {
            deleteForeignKey(table, foreignKeyName(table, column.name(), column.references()));
            return;
        }
        for (Introspection.ForeignKeyInfo key : connection.introspection().foreignKeys(table)) {
            if (key.column().equals(column.name()) && !key.name().isEmpty()) {
                deleteForeignKey(table, key.name());
            }
        }
    }

    private void deleteForeignKey(String table, String name) {
        execute(render(sqlDeleteForeignKey, Map.of("table", quote(table), "name", quote(name))));
    }

    private void deferForeignKey(String table, ColumnSpec column) {
        ColumnSpec.Reference reference = column.references();
        if (reference != null && sqlCreateInlineForeignKey == null) {
            deferred.add(new PendingKey(table, column.name(), reference));
        }
    }

    private String foreignKeySql(PendingKey key) {
        return render(sqlCreateForeignKey, Map.of("table", quote(key.table()),
                "name", quote(foreignKeyName(key.table(), key.column(), key.reference())),
                "column", quote(key.column()), "toTable", quote(key.reference().table()),
                "toColumn", quote(key.reference().column())));
    }

    /** A foreign-key constraint waiting for {@link #close()}; renames in the meantime carry over to it. */
    private record PendingKey(String table, String column, ColumnSpec.Reference reference) {

        PendingKey renameTable(String from, String to) {
            return new PendingKey(table.equals(from) ? to : table, column, reference.table().equals(from)
                    ? new ColumnSpec.Reference(to, reference.column()) : reference);
        }

        PendingKey renameColumn(String inTable, String from, String to) {
            return new PendingKey(table, table.equals(inTable) && column.equals(from) ? to : column,
                    reference.table().equals(inTable) && reference.column().equals(from)
                            ? new ColumnSpec.Reference(reference.table(), to) : reference);
        }
    }

    // ---------------------------------------------------------------- rendering

    /** Return the column's type from the backend's data-types table. */
    public String columnType(ColumnSpec column) {
        String template = connection.dataTypes().get(column.type().internalType());
        if (template == null) {
            throw new IllegalArgumentException("The " + connection.vendor() + " backend has no column type for "
                    + column.type().internalType() + ".");
        }
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            Object value = column.typeParams().get(matcher.group(1));
            if (!(value instanceof Number)) {
                throw new IllegalArgumentException(column.type().internalType() + " '" + column.name()
                        + "' needs a numeric " + matcher.group(1) + ".");
            }
            matcher.appendReplacement(out, value.toString());
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** Return everything after the column name in a column definition. */
    protected String columnDefinition(ColumnSpec column, String table) {
        StringBuilder sql = new StringBuilder(columnType(column));
        sql.append(column.nullable() && !column.primaryKey() ? " NULL" : " NOT NULL");
        if (column.primaryKey()) {
            sql.append(" PRIMARY KEY");
            if (column.isAuto()) {
                sql.append(autoIncrementSuffix());
            }
        } else if (column.unique()) {
            sql.append(" UNIQUE");
        }
        if (column.dbDefault() != null) {
            sql.append(" DEFAULT ").append(connection.ops().quoteValue(column.dbDefault()));
        }
        String check = connection.dataTypeCheckConstraints().get(column.type().internalType());
        if (check != null) {
            sql.append(" CHECK (").append(check.replace("{column}", quote(column.name()))).append(")");
        }
        if (column.references() != null && sqlCreateInlineForeignKey != null) {
            sql.append(' ').append(render(sqlCreateInlineForeignKey, Map.of("toTable",
                    quote(column.references().table()), "toColumn", quote(column.references().column()))));
        }
        return sql.toString();
    }

    /** Return what follows PRIMARY KEY for a column the database numbers itself. */
    protected String autoIncrementSuffix() {
        return "";
    }

    private String uniqueConstraint(IndexSpec index) {
        return render(sqlUniqueConstraint, Map.of("name", quote(index.name()), "columns", indexColumns(index)));
    }

    private String indexColumns(IndexSpec index) {
        List<String> columns = new ArrayList<>();
        for (String column : index.columns()) {
            columns.add(column.startsWith("-") ? quote(column.substring(1)) + " DESC" : quote(column));
        }
        return String.join(", ", columns);
    }

    protected String quote(String name) {
        return connection.ops().quoteName(name);
    }

    /** Fill {@code template}'s placeholders from {@code values}. */
    protected static String render(String template, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            if (value == null) {
                throw new IllegalArgumentException("Template '" + template + "' needs {" + matcher.group(1) + "}.");
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** Run one DDL statement and remember it. */
    protected void execute(String sql) {
        collected.add(sql);
        if (!collectOnly) {
            connection.executeUpdate(Sql.of(sql));
        }
    }
}
