package dev.reinhardt.db.migrations.operations;

import dev.reinhardt.db.backends.base.SchemaEditor;
import dev.reinhardt.db.migrations.state.ProjectState;

import java.util.List;
import java.util.Locale;

/**
 * Remove a field from a model, dropping its column (or join table).
 * Undoing it adds the column back, empty.
 *
 * @param model the model's class name
 * @param name  the field name
 */
public record RemoveField(String model, String name) implements Operation {

    /** Return the removal of field {@code name} from {@code model}. */
    public static RemoveField of(String model, String name) {
        return new RemoveField(model, name);
    }

    @Override
    public ProjectState stateForwards(String appLabel, ProjectState state) {
        return state.with(state.model(appLabel, model).withoutField(name));
    }

    @Override
    public void databaseForwards(String appLabel, SchemaEditor editor, ProjectState from, ProjectState to) {
        Schema.removeField(editor, from, from.model(appLabel, model), name);
    }

    @Override
    public void databaseBackwards(String appLabel, SchemaEditor editor, ProjectState from, ProjectState to) {
        Schema.addField(editor, from, to, to.model(appLabel, model), name, null);
    }

    @Override
    public String describe() {
        return "Remove field " + name + " from " + model.toLowerCase(Locale.ROOT);
    }

    @Override
    public String migrationNameFragment() {
        return "remove_" + model.toLowerCase(Locale.ROOT) + "_" + name.toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean referencesModel(String appLabel, String modelName) {
        return model.equalsIgnoreCase(modelName);
    }

    @Override
    public List<Operation> reduce(Operation later, String appLabel) {
        if (later instanceof DeleteModel delete && delete.name().equalsIgnoreCase(model)) {
            return List.of(delete);
        }
        return null;
    }

    @Override
    public String toJava(JavaSource source) {
        return source.type(RemoveField.class) + ".of(" + JavaSource.quote(model) + ", " + JavaSource.quote(name) + ")";
    }
}
