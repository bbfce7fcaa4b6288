package dev.reinhardt.db.migrations.operations;

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
public record RemoveField(String model, String name) implements PartRemoval {

    /** Return the removal of field {@code name} from {@code model}. */
    public static RemoveField of(String model, String name) {
        return new RemoveField(model, name);
    }

    @Override
    public ProjectState stateForwards(String appLabel, ProjectState state) {
        return state.with(state.model(appLabel, model).withoutField(name));
    }

    @Override
    public AddField addition(String appLabel, ProjectState state) {
        return AddField.of(model, name, state.model(appLabel, model).field(name));
    }

    @Override
    public String describe() {
        return "Remove field " + name + " from " + model.toLowerCase(Locale.ROOT);
    }

    @Override
    public List<Operation> reduce(Operation later, String appLabel) {
        return reduceIntoDelete(later);
    }
}
