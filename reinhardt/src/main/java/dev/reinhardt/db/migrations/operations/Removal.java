package dev.reinhardt.db.migrations.operations;

import dev.reinhardt.db.backends.base.SchemaEditor;
import dev.reinhardt.db.migrations.state.ProjectState;

/**
 * An operation that removes what another one adds (a model, a field, an
 * index, a constraint): its database work is that addition's, run the other
 * way, so adding and removing share one path through the schema editor.
 */
interface Removal extends Operation {

    /** Return the operation that adds what this one removes, as {@code state}, a state that has it, describes it. */
    Operation addition(String appLabel, ProjectState state);

    @Override
    default void databaseForwards(String appLabel, SchemaEditor editor, ProjectState from, ProjectState to) {
        addition(appLabel, from).databaseBackwards(appLabel, editor, from, to);
    }

    @Override
    default void databaseBackwards(String appLabel, SchemaEditor editor, ProjectState from, ProjectState to) {
        addition(appLabel, to).databaseForwards(appLabel, editor, from, to);
    }
}
