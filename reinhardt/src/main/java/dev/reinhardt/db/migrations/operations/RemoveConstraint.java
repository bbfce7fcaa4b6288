package dev.reinhardt.db.migrations.operations;

import dev.reinhardt.db.migrations.state.ProjectState;

import java.util.Locale;

/**
 * Drop a named unique or check constraint of a model.
 *
 * @param model the model's class name
 * @param name  the constraint name
 */
public record RemoveConstraint(String model, String name) implements PartRemoval {

    /** Return the removal of constraint {@code name} from {@code model}. */
    public static RemoveConstraint of(String model, String name) {
        return new RemoveConstraint(model, name);
    }

    @Override
    public ProjectState stateForwards(String appLabel, ProjectState state) {
        return state.with(state.model(appLabel, model).withoutConstraint(name));
    }

    @Override
    public AddConstraint addition(String appLabel, ProjectState state) {
        return new AddConstraint(model, state.model(appLabel, model).constraint(name));
    }

    @Override
    public String describe() {
        return "Remove constraint " + name + " from model " + model.toLowerCase(Locale.ROOT);
    }
}
