package dev.reinhardt.db.backends.sqlite;

import dev.reinhardt.db.backends.base.CheckSpec;
import dev.reinhardt.db.backends.base.ColumnChange;
import dev.reinhardt.db.backends.base.ColumnSpec;
import dev.reinhardt.db.backends.base.IndexSpec;
import dev.reinhardt.db.backends.base.SchemaEditor;
import dev.reinhardt.db.backends.base.TableSpec;
import dev.reinhardt.exceptions.IntegrityError;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * SQLite's DDL. SQLite cannot alter a column or add a constraint in place,
 * so those changes rebuild the table in one transaction, keeping its rows
 * and the rows of other tables that refer to it.
 *
 * <p>Foreign keys are written into the column definitions and stay enforced
 * during a rebuild: {@code PRAGMA foreign_keys} cannot change inside a
 * transaction, so the rebuild defers the checks to the commit
 * ({@code PRAGMA defer_foreign_keys}), keeps the rows in a scratch table
 * while the table is dropped and created anew, copies them back (which
 * satisfies again the rows that refer to them), and checks with
 * {@code PRAGMA foreign_key_check} before it ends. A key whose type changes
 * rebuilds the tables whose columns refer to it as well.
 */
final class SqliteSchemaEditor extends SchemaEditor {

    SqliteSchemaEditor(SqliteDatabaseWrapper connection) {
        super(connection);
        sqlCreateInlineForeignKey = "REFERENCES {toTable} ({toColumn}) DEFERRABLE INITIALLY DEFERRED";
        sqlDeleteForeignKey = null;
    }

    /** Create unique constraints as named unique indexes, which SQLite can add and drop later. */
    @Override
    public void createTable(TableSpec table) {
        List<IndexSpec> plain = table.indexes().stream().filter(index -> !index.unique()).toList();
        super.createTable(new TableSpec(table.name(), table.columns(), plain, table.checks()));
        for (IndexSpec index : table.indexes()) {
            if (index.unique()) {
                addIndex(table, index);
            }
        }
    }

    @Override
    protected String autoIncrementSuffix() {
        return " AUTOINCREMENT";
    }

    @Override
    public void alterColumn(TableSpec table, ColumnSpec from, ColumnSpec to) {
        remake(table, withColumn(table, to));
    }

    /** Rebuild the table and each table referring to it, all with their changed columns, in one transaction. */
    @Override
    public void alterReferencedColumn(TableSpec table, ColumnSpec from, ColumnSpec to, List<ColumnChange> referring) {
        Map<String, TableSpec> before = new LinkedHashMap<>();
        Map<String, TableSpec> after = new LinkedHashMap<>();
        before.put(table.name(), table);
        after.put(table.name(), withColumn(table, to));
        for (ColumnChange change : referring) {
            String name = change.table().name();
            before.putIfAbsent(name, change.table());
            after.put(name, withColumn(after.getOrDefault(name, change.table()), change.to()));
        }
        connection.atomic(() -> {
            before.forEach((name, old) -> remake(old, after.get(name)));
            return null;
        });
    }

    private static TableSpec withColumn(TableSpec table, ColumnSpec changed) {
        return table.withColumns(table.columns().stream()
                .map(column -> column.name().equals(changed.name()) ? changed : column).toList());
    }

    /**
     * Add in place when SQLite can; a unique column, a NOT NULL one without a
     * default, or a foreign key with a default other than NULL needs a rebuild.
     */
    @Override
    public void addColumn(TableSpec table, ColumnSpec column) {
        if (column.unique() || column.primaryKey() || !column.nullable() && column.dbDefault() == null
                || column.references() != null && column.dbDefault() != null) {
            List<ColumnSpec> columns = new ArrayList<>(table.columns());
            columns.add(column);
            remake(table, table.withColumns(columns));
            return;
        }
        super.addColumn(table, column);
    }

    /** Rebuild without the column: SQLite cannot drop a column that an index or constraint uses. */
    @Override
    public void removeColumn(TableSpec table, ColumnSpec column) {
        List<ColumnSpec> columns = table.columns().stream().filter(c -> !c.name().equals(column.name())).toList();
        List<IndexSpec> indexes = table.indexes().stream()
                .filter(index -> index.columns().stream().noneMatch(c -> c.replace("-", "").equals(column.name())))
                .toList();
        remake(table, new TableSpec(table.name(), columns, indexes, table.checks()));
    }

    @Override
    public void addIndex(TableSpec table, IndexSpec index) {
        if (index.unique()) {
            execute("CREATE UNIQUE INDEX " + quote(index.name()) + " ON " + quote(table.name()) + " ("
                    + String.join(", ", index.columns().stream().map(this::quote).toList()) + ")");
            return;
        }
        super.addIndex(table, index);
    }

    @Override
    public void removeIndex(TableSpec table, IndexSpec index) {
        execute(render(sqlDeleteIndex, Map.of("name", quote(index.name()))));
    }

    @Override
    public void addCheck(TableSpec table, CheckSpec check) {
        List<CheckSpec> checks = new ArrayList<>(table.checks());
        checks.add(check);
        remake(table, new TableSpec(table.name(), table.columns(), table.indexes(), checks));
    }

    @Override
    public void removeConstraint(TableSpec table, String name) {
        if (table.indexes().stream().anyMatch(index -> index.name().equals(name))) {
            execute(render(sqlDeleteIndex, Map.of("name", quote(name))));
            return;
        }
        List<CheckSpec> checks = table.checks().stream().filter(check -> !check.name().equals(name)).toList();
        List<IndexSpec> indexes = table.indexes().stream().filter(index -> !index.name().equals(name)).toList();
        remake(table, new TableSpec(table.name(), table.columns(), indexes, checks));
    }

    private void remake(TableSpec from, TableSpec to) {
        connection.atomic(() -> {
            execute("PRAGMA defer_foreign_keys = ON");
            String scratch = "old__" + from.name();
            execute("CREATE TABLE " + quote(scratch) + " AS SELECT * FROM " + quote(from.name()));
            execute("DROP TABLE " + quote(from.name()));
            createTable(new TableSpec(to.name(), to.columns(), List.of(), to.checks()));
            List<String> copied = new ArrayList<>();
            for (ColumnSpec column : to.columns()) {
                if (from.columns().stream().anyMatch(old -> old.name().equals(column.name()))) {
                    copied.add(quote(column.name()));
                }
            }
            String columns = String.join(", ", copied);
            execute("INSERT INTO " + quote(to.name()) + " (" + columns + ") SELECT " + columns + " FROM "
                    + quote(scratch));
            execute("DROP TABLE " + quote(scratch));
            for (IndexSpec index : to.indexes()) {
                addIndex(to, index);
            }
            if (!collectsOnly()) {
                checkForeignKeys(to.name());
            }
            return null;
        });
    }

    /**
     * Fail with the first broken reference when {@code table}'s rows, or the
     * rows of tables referring to it, point at rows that do not exist.
     */
    private void checkForeignKeys(String table) {
        Set<String> tables = new LinkedHashSet<>();
        tables.add(table);
        connection.introspection().referencingForeignKeys(table).forEach(key -> tables.add(key.table()));
        for (String checked : tables) {
            List<List<Object>> broken = connection.fetchAll("PRAGMA foreign_key_check(" + quote(checked) + ")");
            if (!broken.isEmpty()) {
                List<Object> row = broken.getFirst();
                throw new IntegrityError("Rebuilding table " + table + " leaves " + broken.size() + " row(s) of "
                        + row.get(0) + " referring to missing rows of " + row.get(2) + " (first: rowid " + row.get(1)
                        + "). Fix or delete those rows first, then migrate again.", null);
            }
        }
    }
}
