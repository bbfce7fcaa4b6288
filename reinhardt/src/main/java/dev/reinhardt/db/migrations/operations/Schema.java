package dev.reinhardt.db.migrations.operations;

import dev.reinhardt.db.backends.base.ColumnChange;
import dev.reinhardt.db.backends.base.ColumnSpec;
import dev.reinhardt.db.backends.base.IndexSpec;
import dev.reinhardt.db.backends.base.SchemaEditor;
import dev.reinhardt.db.backends.base.TableSpec;
import dev.reinhardt.db.migrations.state.FieldState;
import dev.reinhardt.db.migrations.state.ModelState;
import dev.reinhardt.db.migrations.state.ProjectState;
import dev.reinhardt.db.migrations.state.TableSpecs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The schema changes several operations share, expressed through the schema editor. */
final class Schema {

    private Schema() {
    }

    /** Create {@code model}'s table and join tables; a proxy has none. */
    static void createModel(SchemaEditor editor, ProjectState state, ModelState model) {
        if (model.isProxy()) {
            return;
        }
        editor.createTable(TableSpecs.table(state, model, editor.connection()));
        for (TableSpec join : TableSpecs.joinTables(state, model)) {
            editor.createTable(join);
        }
    }

    /** Drop {@code model}'s join tables and table; a proxy has none. */
    static void deleteModel(SchemaEditor editor, ProjectState state, ModelState model) {
        if (model.isProxy()) {
            return;
        }
        // Only names: the models this one points at may be gone already, when models referring to each other go.
        for (String field : model.fields().keySet()) {
            String join = TableSpecs.joinTableName(model, field);
            if (join != null) {
                editor.deleteTable(new TableSpec(join, List.of(), List.of(), List.of()));
            }
        }
        editor.deleteTable(new TableSpec(model.dbTable(), List.of(), List.of(), List.of()));
    }

    /** Add field {@code name} of {@code model} (as in {@code to}) to the table it has in {@code from}. */
    static void addField(SchemaEditor editor, ProjectState from, ProjectState to, ModelState model, String name,
                         String oneOffDefault) {
        TableSpec join = TableSpecs.joinTable(to, model, name);
        if (model.field(name).isManyToMany()) {
            if (join != null) {
                editor.createTable(join);
            }
            return;
        }
        TableSpec table = TableSpecs.table(from, from.model(model.appLabel(), model.name()), editor.connection());
        ColumnSpec column = TableSpecs.column(to, model, name);
        if (oneOffDefault != null && column.dbDefault() == null) {
            ColumnSpec seeded = withDefault(column, typed(column, oneOffDefault));
            editor.addColumn(table, seeded);
            editor.alterColumn(withColumn(table, seeded), seeded, column);
        } else {
            editor.addColumn(table, column);
        }
        IndexSpec index = TableSpecs.fieldIndex(model, name);
        if (index != null) {
            editor.addIndex(withColumn(table, column), index);
        }
    }

    /** Remove field {@code name} of {@code model} (as in {@code from}) from its table. */
    static void removeField(SchemaEditor editor, ProjectState from, ModelState model, String name) {
        if (model.field(name).isManyToMany()) {
            String join = TableSpecs.joinTableName(model, name);
            if (join != null) {
                editor.deleteTable(new TableSpec(join, List.of(), List.of(), List.of()));
            }
            return;
        }
        TableSpec table = TableSpecs.table(from, model, editor.connection());
        editor.removeColumn(table, TableSpecs.column(from, model, name));
    }

    /** Change field {@code name} from its shape in {@code fromModel} to the one in {@code toModel}. */
    static void alterField(SchemaEditor editor, ProjectState from, ProjectState to, ModelState fromModel,
                           ModelState toModel, String name, String oneOffDefault) {
        FieldState oldField = fromModel.field(name);
        FieldState newField = toModel.field(name);
        if (oldField.isManyToMany() || newField.isManyToMany()) {
            alterManyToMany(editor, from, to, fromModel, toModel, name);
            return;
        }
        TableSpec table = TableSpecs.table(from, fromModel, editor.connection());
        ColumnSpec oldColumn = TableSpecs.column(from, fromModel, name);
        ColumnSpec newColumn = TableSpecs.column(to, toModel, name);
        if (!oldColumn.name().equals(newColumn.name())) {
            editor.renameColumn(table, oldColumn.name(), newColumn.name());
            table = renameColumnIn(table, oldColumn.name(), newColumn.name());
            oldColumn = renamed(oldColumn, newColumn.name());
        }
        IndexSpec oldIndex = TableSpecs.fieldIndex(fromModel, name);
        IndexSpec newIndex = TableSpecs.fieldIndex(toModel, name);
        if (oldIndex != null && newIndex == null) {
            for (String indexName : existingIndexNames(editor, table.name(), oldColumn.name(), oldIndex)) {
                editor.removeIndex(table, new IndexSpec(indexName, List.of(oldColumn.name()), false));
            }
            table = withoutIndex(table, oldColumn.name());
        }
        if (oneOffDefault != null && oldColumn.nullable() && !newColumn.nullable()) {
            editor.runStatement("UPDATE " + editor.connection().ops().quoteName(table.name()) + " SET "
                    + editor.connection().ops().quoteName(oldColumn.name()) + " = "
                    + editor.connection().ops().quoteValue(typed(newColumn, oneOffDefault)) + " WHERE "
                    + editor.connection().ops().quoteName(oldColumn.name()) + " IS NULL");
        }
        if (!oldColumn.equals(newColumn)) {
            List<ColumnChange> referring = referringColumns(editor, from, to, toModel, name);
            if (referring.isEmpty()) {
                editor.alterColumn(table, oldColumn, newColumn);
            } else {
                editor.alterReferencedColumn(table, oldColumn, newColumn, referring);
            }
            table = withColumn(table, newColumn);
        }
        if (newIndex != null && oldIndex == null) {
            editor.addIndex(table, newIndex);
        }
    }

    /**
     * Return the columns that refer to field {@code name} of {@code model} and
     * change type with it (a key whose type changes takes its foreign keys
     * along): the foreign keys of every model pointing at it or at a proxy of
     * it, and the join-table keys of many-to-many fields on either side, each
     * with its table as it is in {@code from}.
     */
    private static List<ColumnChange> referringColumns(SchemaEditor editor, ProjectState from, ProjectState to,
                                                       ModelState model, String name) {
        Map<String, ColumnChange> changes = new LinkedHashMap<>();
        List<Map.Entry<ModelState, String>> relations = new ArrayList<>();
        for (ModelState other : to.models()) {
            boolean same = other.label().equals(model.label());
            if (same || other.isProxy() && to.concrete(other).label().equals(model.label())) {
                relations.addAll(to.relationsTo(other.label()));
            }
        }
        model.fields().forEach((field, state) -> {
            if (state.isManyToMany()) {
                relations.add(Map.entry(model, field));
            }
        });
        for (Map.Entry<ModelState, String> relation : relations) {
            ModelState after = relation.getKey();
            String field = relation.getValue();
            ModelState before = from.find(after.appLabel(), after.name());
            if (before == null || !before.fields().containsKey(field)
                    || after.label().equals(model.label()) && field.equals(name)) {
                continue;
            }
            if (after.field(field).isManyToMany()) {
                TableSpec oldJoin = TableSpecs.joinTable(from, before, field);
                TableSpec newJoin = TableSpecs.joinTable(to, after, field);
                if (oldJoin != null && newJoin != null) {
                    for (int i = 1; i <= 2; i++) {
                        addIfRetyped(editor, changes, oldJoin, oldJoin.columns().get(i), newJoin.columns().get(i));
                    }
                }
            } else {
                addIfRetyped(editor, changes, TableSpecs.table(from, before, editor.connection()),
                        TableSpecs.column(from, before, field), TableSpecs.column(to, after, field));
            }
        }
        return List.copyOf(changes.values());
    }

    private static void addIfRetyped(SchemaEditor editor, Map<String, ColumnChange> changes, TableSpec table,
                                     ColumnSpec from, ColumnSpec to) {
        if (!editor.columnType(from).equals(editor.columnType(to))) {
            changes.putIfAbsent(table.name() + "." + from.name(), new ColumnChange(table, from, to));
        }
    }

    private static void alterManyToMany(SchemaEditor editor, ProjectState from, ProjectState to,
                                        ModelState fromModel, ModelState toModel, String name) {
        TableSpec oldJoin = TableSpecs.joinTable(from, fromModel, name);
        TableSpec newJoin = TableSpecs.joinTable(to, toModel, name);
        if (oldJoin != null && newJoin != null && !oldJoin.name().equals(newJoin.name())) {
            editor.renameTable(oldJoin.name(), newJoin.name());
        } else if (oldJoin == null && newJoin != null && !fromModel.field(name).isManyToMany()) {
            throw new IllegalStateException("Cannot alter " + toModel.label() + "." + name + " between a many-to-many "
                    + "field and another kind; remove the field and add a new one instead.");
        }
    }

    /**
     * Rename the tables of {@code model} from its names in {@code from} to
     * those in {@code to}: its own table, and the join tables and join
     * columns named after it (its own many-to-many fields', and those of
     * other models' many-to-many fields pointing at it).
     */
    static void renameTables(SchemaEditor editor, ProjectState from, ModelState fromModel, ProjectState to,
                             ModelState toModel) {
        if (fromModel.isProxy()) {
            return;
        }
        if (!fromModel.dbTable().equals(toModel.dbTable())) {
            editor.renameTable(fromModel.dbTable(), toModel.dbTable());
        }
        for (ModelState after : to.models()) {
            ModelState before = after == toModel ? fromModel : from.find(after.appLabel(), after.name());
            if (before == null || after.isProxy()) {
                continue;
            }
            for (String field : after.fields().keySet()) {
                if (before.fields().containsKey(field)) {
                    renameJoinTable(editor, TableSpecs.joinTable(from, before, field),
                            TableSpecs.joinTable(to, after, field));
                }
            }
        }
    }

    /** Rename join table {@code from} (null when there is none) and its join columns to the names of {@code to}. */
    static void renameJoinTable(SchemaEditor editor, TableSpec from, TableSpec to) {
        if (from == null || to == null || from.equals(to)) {
            return;
        }
        if (!from.name().equals(to.name())) {
            editor.renameTable(from.name(), to.name());
        }
        TableSpec current = new TableSpec(to.name(), from.columns(), from.indexes(), from.checks());
        // Columns 1 and 2 are the keys to each side; the first is the id.
        for (int i = 1; i <= 2; i++) {
            String oldColumn = from.columns().get(i).name();
            String newColumn = to.columns().get(i).name();
            if (!oldColumn.equals(newColumn)) {
                editor.renameColumn(current, oldColumn, newColumn);
                current = renameColumnIn(current, oldColumn, newColumn);
            }
        }
    }

    private static List<String> existingIndexNames(SchemaEditor editor, String table, String column, IndexSpec expected) {
        if (editor.collectsOnly()) {
            return List.of(expected.name());
        }
        List<String> names = editor.indexNames(table, column);
        return names.isEmpty() ? List.of(expected.name()) : names;
    }

    private static TableSpec withColumn(TableSpec table, ColumnSpec column) {
        List<ColumnSpec> columns = new ArrayList<>();
        boolean replaced = false;
        for (ColumnSpec existing : table.columns()) {
            if (existing.name().equals(column.name())) {
                columns.add(column);
                replaced = true;
            } else {
                columns.add(existing);
            }
        }
        if (!replaced) {
            columns.add(column);
        }
        return table.withColumns(columns);
    }

    private static TableSpec renameColumnIn(TableSpec table, String from, String to) {
        List<ColumnSpec> columns = table.columns().stream()
                .map(column -> column.name().equals(from) ? renamed(column, to) : column).toList();
        List<IndexSpec> indexes = table.indexes().stream().map(index -> new IndexSpec(index.name(),
                index.columns().stream().map(c -> c.equals(from) ? to : c.equals("-" + from) ? "-" + to : c).toList(),
                index.unique())).toList();
        return new TableSpec(table.name(), columns, indexes, table.checks());
    }

    private static TableSpec withoutIndex(TableSpec table, String column) {
        List<IndexSpec> indexes = table.indexes().stream()
                .filter(index -> index.unique() || !index.columns().equals(List.of(column))).toList();
        return new TableSpec(table.name(), table.columns(), indexes, table.checks());
    }

    private static ColumnSpec renamed(ColumnSpec column, String name) {
        return new ColumnSpec(name, column.type(), column.typeParams(), column.nullable(), column.primaryKey(),
                column.unique(), column.dbDefault(), column.references());
    }

    private static ColumnSpec withDefault(ColumnSpec column, Object dbDefault) {
        return new ColumnSpec(column.name(), column.type(), column.typeParams(), column.nullable(),
                column.primaryKey(), column.unique(), dbDefault, column.references());
    }

    /** Return the one-off default {@code literal} typed as the column's DDL literal wants it. */
    private static Object typed(ColumnSpec column, String literal) {
        String type = column.type().internalType();
        if (type.equals("BooleanField")) {
            return Boolean.parseBoolean(literal);
        }
        Class<?> javaType = column.type().javaType();
        boolean numeric = Number.class.isAssignableFrom(javaType);
        return numeric ? new java.math.BigDecimal(literal) : literal;
    }
}
