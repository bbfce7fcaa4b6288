package dev.reinhardt.db.migrations.operations;

import dev.reinhardt.db.backends.base.SchemaEditor;
import dev.reinhardt.db.migrations.state.ProjectState;

import java.util.List;

/**
 * One step of a migration (Django's {@code Operation}): it changes the
 * project state, and the database to match, forwards and backwards.
 *
 * <p>Operations are immutable values; the built-in ones are records. The
 * database methods receive the states before and after the operation, so
 * they never look at the current model classes. Implement this interface
 * for a custom operation, and {@link #toJava(JavaSource)} so the writer can
 * put it into a generated migration.
 */
public interface Operation {

    /** Return the project state after this operation, given the state before it. */
    ProjectState stateForwards(String appLabel, ProjectState state);

    /** Change the database from state {@code from} (before this operation) to {@code to} (after it). */
    void databaseForwards(String appLabel, SchemaEditor editor, ProjectState from, ProjectState to);

    /**
     * Undo this operation in the database: {@code from} is the state with the
     * operation applied and {@code to} the state before it.
     *
     * @throws IrreversibleError when the operation cannot be undone
     */
    void databaseBackwards(String appLabel, SchemaEditor editor, ProjectState from, ProjectState to);

    /** Return a one-line description for people, such as {@code "Add field status to order"}. */
    String describe();

    /** Return whether {@link #databaseBackwards} can undo this operation. */
    default boolean reversible() {
        return true;
    }

    /** Return the fragment this operation gives an automatically named migration, or null for none. */
    default String migrationNameFragment() {
        return null;
    }

    /** Return whether this operation may touch the model {@code modelName} of {@code appLabel}; true when unsure. */
    default boolean referencesModel(String appLabel, String modelName) {
        return true;
    }

    /**
     * Return what this operation and the {@code later} one become together
     * when squashing (an empty list when they cancel out), or null when they
     * cannot be combined.
     */
    default List<Operation> reduce(Operation later, String appLabel) {
        return null;
    }

    /** Return Java source that builds this operation, for generated migrations. */
    String toJava(JavaSource source);
}
