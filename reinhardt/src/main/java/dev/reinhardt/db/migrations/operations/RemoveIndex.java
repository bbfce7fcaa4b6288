package dev.reinhardt.db.migrations.operations;

import dev.reinhardt.db.backends.base.SchemaEditor;
import dev.reinhardt.db.migrations.state.ModelState;
import dev.reinhardt.db.migrations.state.ProjectState;
import dev.reinhardt.db.migrations.state.TableSpecs;

import java.util.Locale;

/**
 * Drop a named index of a model.
 *
 * @param model the model's class name
 * @param name  the index name
 */
public record RemoveIndex(String model, String name) implements Operation {

    /** Return the removal of index {@code name} from {@code model}. */
    public static RemoveIndex of(String model, String name) {
        return new RemoveIndex(model, name);
    }

    @Override
    public ProjectState stateForwards(String appLabel, ProjectState state) {
        return state.with(state.model(appLabel, model).withoutIndex(name));
    }

    @Override
    public void databaseForwards(String appLabel, SchemaEditor editor, ProjectState from, ProjectState to) {
        ModelState state = from.model(appLabel, model);
        editor.removeIndex(TableSpecs.table(from, state, editor.connection()), TableSpecs.index(state, state.index(name)));
    }

    @Override
    public void databaseBackwards(String appLabel, SchemaEditor editor, ProjectState from, ProjectState to) {
        ModelState state = to.model(appLabel, model);
        editor.addIndex(TableSpecs.table(from, from.model(appLabel, model), editor.connection()),
                TableSpecs.index(state, state.index(name)));
    }

    @Override
    public String describe() {
        return "Remove index " + name + " from " + model.toLowerCase(Locale.ROOT);
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
        return source.type(RemoveIndex.class) + ".of(" + JavaSource.quote(model) + ", " + JavaSource.quote(name) + ")";
    }
}
