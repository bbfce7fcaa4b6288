package dev.reinhardt.db.migrations.operations;

import dev.reinhardt.db.backends.base.SchemaEditor;
import dev.reinhardt.db.migrations.state.ProjectState;
import dev.reinhardt.db.migrations.state.TableSpecs;

import java.util.List;
import java.util.Locale;

/**
 * Rename a field; its column is renamed too unless it names its column
 * with {@code dbColumn}. Data, indexes and constraints stay.
 *
 * @param model   the model's class name
 * @param oldName the current field name
 * @param newName the new field name
 */
public record RenameField(String model, String oldName, String newName) implements ModelOperation {

    /** Return the renaming of {@code model}'s field {@code oldName} to {@code newName}. */
    public static RenameField of(String model, String oldName, String newName) {
        return new RenameField(model, oldName, newName);
    }

    @Override
    public ProjectState stateForwards(String appLabel, ProjectState state) {
        return state.with(state.model(appLabel, model).withFieldRenamed(oldName, newName));
    }

    @Override
    public void databaseForwards(String appLabel, SchemaEditor editor, ProjectState from, ProjectState to) {
        rename(editor, from, to, appLabel, oldName, newName);
    }

    @Override
    public void databaseBackwards(String appLabel, SchemaEditor editor, ProjectState from, ProjectState to) {
        rename(editor, from, to, appLabel, newName, oldName);
    }

    private void rename(SchemaEditor editor, ProjectState from, ProjectState to, String appLabel, String fromName,
                        String toName) {
        var before = from.model(appLabel, model);
        var after = to.model(appLabel, model);
        if (before.field(fromName).isManyToMany()) {
            Schema.renameJoinTable(editor, TableSpecs.joinTable(from, before, fromName),
                    TableSpecs.joinTable(to, after, toName));
            return;
        }
        String oldColumn = before.column(fromName);
        String newColumn = after.column(toName);
        if (!oldColumn.equals(newColumn)) {
            editor.renameColumn(TableSpecs.table(from, before, editor.connection()), oldColumn, newColumn);
        }
    }

    @Override
    public String describe() {
        return "Rename field " + oldName + " on " + model.toLowerCase(Locale.ROOT) + " to " + newName;
    }

    @Override
    public String migrationNameFragment() {
        return ModelOperation.nameFragment("rename", oldName, model, newName);
    }

    @Override
    public List<Operation> reduce(Operation later, String appLabel) {
        if (later instanceof RenameField next && onModel(next.model()) && next.oldName().equals(newName)) {
            return next.newName().equals(oldName) ? List.of() : List.of(new RenameField(model, oldName, next.newName()));
        }
        return null;
    }

    @Override
    public String toJava(JavaSource source) {
        return source.call(RenameField.class, "of", model, oldName, newName);
    }
}
