package dev.reinhardt.db.migrations.state;

import dev.reinhardt.db.backends.base.DatabaseWrapper;

import java.util.List;

/**
 * One model as a data migration sees it: its fields and table at that point
 * of history, and {@link #objects()} to read and write its rows as maps.
 * Thread-safe.
 */
public final class HistoricalModel {

    private final ProjectState project;
    private final ModelState state;
    private final DatabaseWrapper connection;

    HistoricalModel(ProjectState project, ModelState state, DatabaseWrapper connection) {
        this.project = project;
        this.state = state;
        this.connection = connection;
    }

    /** Return the model's class name at this point, such as {@code "Order"}. */
    public String name() {
        return state.name();
    }

    /** Return the table name. */
    public String dbTable() {
        return state.dbTable();
    }

    /** Return the field names that have a column, in order. */
    public List<String> fieldNames() {
        return state.fields().entrySet().stream().filter(entry -> !entry.getValue().isManyToMany())
                .map(java.util.Map.Entry::getKey).toList();
    }

    /** Return the model state. */
    public ModelState state() {
        return state;
    }

    /** Return a query set of every row (Django's {@code Model.objects.all()}). */
    public HistoricalQuerySet objects() {
        return new HistoricalQuerySet(project, state, connection);
    }

    @Override
    public String toString() {
        return "HistoricalModel[" + state.label() + "]";
    }
}
