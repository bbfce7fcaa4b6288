package dev.reinhardt.db.migrations.state;

import dev.reinhardt.db.backends.base.DatabaseWrapper;

/**
 * The models as a data migration sees them (Django's {@code apps} argument
 * of a {@code RunPython} function): the historical models of the migration
 * state at that point, bound to the database being migrated, never the
 * current model classes.
 *
 * <p>Java cannot cheaply make classes at run time, so historical models are
 * untyped: rows are maps from field name to value, queried with the same
 * lookup paths as the ORM.
 *
 * <pre>{@code
 * public static void fillCodes(HistoricalApps apps, DatabaseWrapper connection) {
 *     HistoricalModel order = apps.getModel("orders", "Order");
 *     for (Map<String, Object> row : order.objects().filter("code__isnull", true).list()) {
 *         order.objects().filter("pk", row.get("id")).update(Map.of("code", "ORD-" + row.get("id")));
 *     }
 * }
 * }</pre>
 *
 * <p>Thread-safe: it holds immutable state.
 */
public final class HistoricalApps {

    private final ProjectState state;
    private final DatabaseWrapper connection;

    /** Create the historical models of {@code state} bound to {@code connection}. */
    public HistoricalApps(ProjectState state, DatabaseWrapper connection) {
        this.state = state;
        this.connection = connection;
    }

    /**
     * Return the historical model {@code modelName} (case-insensitive) of {@code appLabel}; a proxy
     * reads and writes its concrete model's rows.
     *
     * @throws IllegalArgumentException naming the app's models at this point when there is none
     */
    public HistoricalModel getModel(String appLabel, String modelName) {
        return new HistoricalModel(state, state.concrete(state.model(appLabel, modelName)), connection);
    }

    /** Return the historical model named {@code "app_label.ModelName"}; a proxy's is its concrete model's. */
    public HistoricalModel getModel(String label) {
        return new HistoricalModel(state, state.concrete(state.model(label)), connection);
    }

    /** Return the migration state these models come from. */
    public ProjectState state() {
        return state;
    }

    /** Return the database being migrated. */
    public DatabaseWrapper connection() {
        return connection;
    }
}
