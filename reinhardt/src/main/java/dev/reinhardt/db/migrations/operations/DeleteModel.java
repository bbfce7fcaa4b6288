package dev.reinhardt.db.migrations.operations;

import dev.reinhardt.db.migrations.state.ProjectState;

import java.util.Locale;

/**
 * Delete a model and drop its table (and its many-to-many join tables).
 *
 * @param name the model's class name
 */
public record DeleteModel(String name) implements Removal {

    /** Return the deletion of model {@code name}. */
    public static DeleteModel of(String name) {
        return new DeleteModel(name);
    }

    @Override
    public ProjectState stateForwards(String appLabel, ProjectState state) {
        return state.without(appLabel, name);
    }

    @Override
    public CreateModel addition(String appLabel, ProjectState state) {
        return CreateModel.of(state.model(appLabel, name));
    }

    @Override
    public String describe() {
        return "Delete model " + name;
    }

    @Override
    public String migrationNameFragment() {
        return "delete_" + name.toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean referencesModel(String appLabel, String modelName) {
        return name.equalsIgnoreCase(modelName);
    }

    @Override
    public String toJava(JavaSource source) {
        return source.call(DeleteModel.class, "of", name);
    }
}
