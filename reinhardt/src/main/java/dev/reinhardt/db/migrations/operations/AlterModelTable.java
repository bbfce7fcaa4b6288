package dev.reinhardt.db.migrations.operations;

import dev.reinhardt.db.backends.base.SchemaEditor;
import dev.reinhardt.db.migrations.state.ModelState;
import dev.reinhardt.db.migrations.state.ProjectState;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Change the table name a model declares ({@code @Meta(dbTable)}); null
 * returns to the default {@code <app_label>_<model>}. The table is renamed.
 *
 * @param model the model's class name
 * @param table the new table name, or null for the default
 */
public record AlterModelTable(String model, String table) implements ModelOptionOperation {

    /** Return the change of {@code model}'s table to {@code table} (null for the default name). */
    public static AlterModelTable of(String model, String table) {
        return new AlterModelTable(model, table);
    }

    @Override
    public ProjectState stateForwards(String appLabel, ProjectState state) {
        ModelState current = state.model(appLabel, model);
        Map<String, Object> options = new LinkedHashMap<>(current.options());
        options.put("dbTable", table);
        return state.with(current.withOptions(options));
    }

    @Override
    public void databaseForwards(String appLabel, SchemaEditor editor, ProjectState from, ProjectState to) {
        Schema.renameTables(editor, from, from.model(appLabel, model), to, to.model(appLabel, model));
    }

    @Override
    public void databaseBackwards(String appLabel, SchemaEditor editor, ProjectState from, ProjectState to) {
        databaseForwards(appLabel, editor, from, to);
    }

    @Override
    public String describe() {
        return "Rename table for " + model.toLowerCase(Locale.ROOT) + " to " + (table == null ? "(default)" : table);
    }

    @Override
    public String migrationNameFragment() {
        return ModelOperation.nameFragment("alter", model, "table");
    }

    @Override
    public String toJava(JavaSource source) {
        return source.call(AlterModelTable.class, "of", model, table);
    }
}
