package dev.reinhardt.db.migrations.operations;

import dev.reinhardt.db.migrations.state.ProjectState;

import java.util.Locale;

/**
 * Drop a named index of a model.
 *
 * @param model the model's class name
 * @param name  the index name
 */
public record RemoveIndex(String model, String name) implements PartRemoval {

    /** Return the removal of index {@code name} from {@code model}. */
    public static RemoveIndex of(String model, String name) {
        return new RemoveIndex(model, name);
    }

    @Override
    public ProjectState stateForwards(String appLabel, ProjectState state) {
        return state.with(state.model(appLabel, model).withoutIndex(name));
    }

    @Override
    public AddIndex addition(String appLabel, ProjectState state) {
        return new AddIndex(model, state.model(appLabel, model).index(name));
    }

    @Override
    public String describe() {
        return "Remove index " + name + " from " + model.toLowerCase(Locale.ROOT);
    }
}
