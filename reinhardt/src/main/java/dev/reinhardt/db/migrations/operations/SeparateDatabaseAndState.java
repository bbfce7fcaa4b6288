package dev.reinhardt.db.migrations.operations;

import dev.reinhardt.db.backends.base.SchemaEditor;
import dev.reinhardt.db.migrations.state.ProjectState;

import java.util.ArrayList;
import java.util.List;

/**
 * Change the database with one list of operations and the migration state
 * with another, for changes the two must see differently (moving a model
 * between apps while keeping its table, for example).
 *
 * @param databaseOperations the operations run against the database (their state changes are not kept)
 * @param stateOperations    the operations whose state changes are kept (their database work is not run)
 */
public record SeparateDatabaseAndState(List<Operation> databaseOperations, List<Operation> stateOperations)
        implements Operation {

    public SeparateDatabaseAndState {
        databaseOperations = List.copyOf(databaseOperations);
        stateOperations = List.copyOf(stateOperations);
    }

    /** Return the operation that runs {@code database} against the database and applies {@code state} to the state. */
    public static SeparateDatabaseAndState of(List<Operation> database, List<Operation> state) {
        return new SeparateDatabaseAndState(database, state);
    }

    @Override
    public ProjectState stateForwards(String appLabel, ProjectState state) {
        return stateForwards(appLabel, state, stateOperations);
    }

    /** Return {@code state} after the state changes of {@code operations}, in order. */
    static ProjectState stateForwards(String appLabel, ProjectState state, List<Operation> operations) {
        for (Operation operation : operations) {
            state = operation.stateForwards(appLabel, state);
        }
        return state;
    }

    @Override
    public void databaseForwards(String appLabel, SchemaEditor editor, ProjectState from, ProjectState to) {
        ProjectState state = from;
        for (Operation operation : databaseOperations) {
            ProjectState next = operation.stateForwards(appLabel, state);
            operation.databaseForwards(appLabel, editor, state, next);
            state = next;
        }
    }

    @Override
    public void databaseBackwards(String appLabel, SchemaEditor editor, ProjectState from, ProjectState to) {
        List<ProjectState> states = new ArrayList<>();
        ProjectState state = to;
        for (Operation operation : databaseOperations) {
            states.add(state);
            state = operation.stateForwards(appLabel, state);
        }
        for (int i = databaseOperations.size() - 1; i >= 0; i--) {
            ProjectState before = states.get(i);
            ProjectState after = databaseOperations.get(i).stateForwards(appLabel, before);
            databaseOperations.get(i).databaseBackwards(appLabel, editor, after, before);
        }
    }

    @Override
    public boolean reversible() {
        return databaseOperations.stream().allMatch(Operation::reversible);
    }

    @Override
    public String describe() {
        return "Custom state/database change combination";
    }

    @Override
    public String toJava(JavaSource source) {
        String list = source.type(List.class);
        return source.type(SeparateDatabaseAndState.class) + ".of(\n        " + list + ".of(" + render(source,
                databaseOperations) + "),\n        " + list + ".of(" + render(source, stateOperations) + "))";
    }

    private static String render(JavaSource source, List<Operation> operations) {
        List<String> rendered = new ArrayList<>();
        operations.forEach(operation -> rendered.add("\n                " + operation.toJava(source)
                .replace("\n", "\n                ")));
        return String.join(",", rendered);
    }
}
