package dev.reinhardt.db.migrations.operations;

import dev.reinhardt.db.backends.base.SchemaEditor;
import dev.reinhardt.db.migrations.state.ModelState;
import dev.reinhardt.db.migrations.state.ProjectState;

import java.util.Locale;

/**
 * Drop a named unique or check constraint of a model.
 *
 * @param model the model's class name
 * @param name  the constraint name
 */
public record RemoveConstraint(String model, String name) implements Operation {

    /** Return the removal of constraint {@code name} from {@code model}. */
    public static RemoveConstraint of(String model, String name) {
        return new RemoveConstraint(model, name);
    }

    @Override
    public ProjectState stateForwards(String appLabel, ProjectState state) {
        return state.with(state.model(appLabel, model).withoutConstraint(name));
    }

    @Override
    public void databaseForwards(String appLabel, SchemaEditor editor, ProjectState from, ProjectState to) {
        ModelState state = from.model(appLabel, model);
        AddConstraint.remove(editor, from, state, state.constraint(name));
    }

    @Override
    public void databaseBackwards(String appLabel, SchemaEditor editor, ProjectState from, ProjectState to) {
        ModelState after = to.model(appLabel, model);
        AddConstraint.add(editor, from, from.model(appLabel, model), after, after.constraint(name));
    }

    @Override
    public String describe() {
        return "Remove constraint " + name + " from model " + model.toLowerCase(Locale.ROOT);
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
    public String toJava(JavaSource source) {
        return source.type(RemoveConstraint.class) + ".of(" + JavaSource.quote(model) + ", " + JavaSource.quote(name)
                + ")";
    }
}
