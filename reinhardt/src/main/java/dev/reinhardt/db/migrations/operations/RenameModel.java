package dev.reinhardt.db.migrations.operations;

import dev.reinhardt.db.backends.base.SchemaEditor;
import dev.reinhardt.db.migrations.state.ProjectState;

import java.util.List;
import java.util.Locale;

/**
 * Rename a model: its table follows unless the model names its table
 * itself, and relations pointing at it follow too.
 *
 * @param oldName the current class name
 * @param newName the new class name
 */
public record RenameModel(String oldName, String newName) implements Operation {

    /** Return the renaming of model {@code oldName} to {@code newName}. */
    public static RenameModel of(String oldName, String newName) {
        return new RenameModel(oldName, newName);
    }

    @Override
    public ProjectState stateForwards(String appLabel, ProjectState state) {
        return state.withModelRenamed(appLabel, oldName, newName);
    }

    @Override
    public void databaseForwards(String appLabel, SchemaEditor editor, ProjectState from, ProjectState to) {
        Schema.renameTables(editor, from, from.model(appLabel, oldName), to, to.model(appLabel, newName));
    }

    @Override
    public void databaseBackwards(String appLabel, SchemaEditor editor, ProjectState from, ProjectState to) {
        Schema.renameTables(editor, from, from.model(appLabel, newName), to, to.model(appLabel, oldName));
    }

    @Override
    public String describe() {
        return "Rename model " + oldName + " to " + newName;
    }

    @Override
    public String migrationNameFragment() {
        return "rename_" + oldName.toLowerCase(Locale.ROOT) + "_" + newName.toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean referencesModel(String appLabel, String modelName) {
        return oldName.equalsIgnoreCase(modelName) || newName.equalsIgnoreCase(modelName);
    }

    @Override
    public List<Operation> reduce(Operation later, String appLabel) {
        if (later instanceof RenameModel next && next.oldName().equalsIgnoreCase(newName)) {
            return next.newName().equalsIgnoreCase(oldName) ? List.of() : List.of(new RenameModel(oldName, next.newName()));
        }
        return null;
    }

    @Override
    public String toJava(JavaSource source) {
        return source.call(RenameModel.class, "of", oldName, newName);
    }
}
