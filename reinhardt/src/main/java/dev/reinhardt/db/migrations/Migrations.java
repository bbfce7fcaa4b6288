package dev.reinhardt.db.migrations;

import dev.reinhardt.apps.AppConfig;
import dev.reinhardt.apps.Apps;
import dev.reinhardt.db.Connections;
import dev.reinhardt.db.backends.base.DatabaseWrapper;
import dev.reinhardt.db.backends.base.SchemaEditor;
import dev.reinhardt.db.backends.base.TableSpec;
import dev.reinhardt.db.migrations.state.HistoricalApps;
import dev.reinhardt.db.migrations.state.ModelState;
import dev.reinhardt.db.migrations.state.ProjectState;
import dev.reinhardt.db.models.Model;
import dev.reinhardt.db.models.Options;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Bring a database's schema up to date in one call: what {@code manage
 * migrate} does, and what a test database is built with.
 *
 * <pre>{@code
 * Migrations.migrate(Connections.get("default"), Apps.registry());
 * }</pre>
 */
public final class Migrations {

    private Migrations() {
    }

    /** Migrate the database {@code alias} of the project for the project's apps. */
    public static List<PlanStep> migrate(String alias) {
        return migrate(Connections.get(alias), Apps.registry());
    }

    /**
     * Build {@code connection}'s schema for {@code apps}: create the tables of
     * the apps without migrations from their models, apply every app's
     * migrations, and send {@link MigrationSignals#preMigrate} and
     * {@link MigrationSignals#postMigrate} for each app. Return the steps applied.
     *
     * @throws MigrationError when migrations conflict, miss a dependency or do not match the applied history
     */
    public static List<PlanStep> migrate(DatabaseWrapper connection, Apps apps) {
        MigrationExecutor executor = new MigrationExecutor(connection, apps);
        MigrationLoader loader = executor.loader();
        loader.checkConsistentHistory();
        loader.checkNoConflicts();
        List<PlanStep> plan = executor.plan(executor.allTargets());
        ProjectState before = loader.projectState(loader.applied().stream().filter(loader.graph()::contains).toList());
        sendPreMigrate(apps, connection, plan, before, 0, false);
        SchemaEditor editor = connection.schemaEditor();
        syncUnmigratedApps(editor, apps, loader.unmigratedApps());
        executor.migrate(plan, false, false);
        // Keys from tables of apps without migrations to tables that migrations create: added once both exist.
        editor.close();
        sendPostMigrate(apps, connection, plan, executor.loader(), 0, false);
        return plan;
    }

    /**
     * Create the tables of the models of {@code appLabels} (apps without
     * migrations) that do not exist yet, with their foreign keys; return the
     * tables created.
     */
    public static List<String> syncUnmigratedApps(DatabaseWrapper connection, Apps apps, Set<String> appLabels) {
        SchemaEditor editor = connection.schemaEditor();
        List<String> created = syncUnmigratedApps(editor, apps, appLabels);
        editor.close();
        return created;
    }

    /**
     * Create with {@code editor} the tables of the models of {@code appLabels}
     * (apps without migrations) that do not exist yet (Django's
     * {@code migrate --run-syncdb}); return the tables created. Tables come in
     * dependency order (tables referred to first), then the auto-created
     * many-to-many tables; proxies have none. Foreign-key constraints a backend defers are
     * added when the caller closes {@code editor}, so they may refer to tables
     * created in between, such as by migrations.
     */
    public static List<String> syncUnmigratedApps(SchemaEditor editor, Apps apps, Set<String> appLabels) {
        DatabaseWrapper connection = editor.connection();
        Set<String> existing = new HashSet<>();
        connection.introspection().tableNames().forEach(table -> existing.add(table.toLowerCase(Locale.ROOT)));
        List<String> created = new ArrayList<>();
        Apps.callWith(apps, () -> {
            List<Options<?>> models = new ArrayList<>();
            for (String label : appLabels) {
                for (Class<?> model : apps.getAppConfig(label).getModels()) {
                    Options<?> options = Options.of(model.asSubclass(Model.class));
                    if (!options.isProxy()) {
                        models.add(options);
                    }
                }
            }
            List<TableSpec> tables = new ArrayList<>();
            List<Options<?>> ordered = ModelOrder.targetsFirst(models);
            ordered.forEach(options -> tables.add(options.tableSpec(connection)));
            ordered.forEach(options -> tables.addAll(options.autoCreatedTableSpecs(connection)));
            for (TableSpec table : tables) {
                if (existing.add(table.name().toLowerCase(Locale.ROOT))) {
                    editor.createTable(table);
                    created.add(table.name());
                }
            }
            return null;
        });
        return created;
    }

    /** Send {@link MigrationSignals#preMigrate} for every app of {@code apps}, with the state {@code before} the run. */
    public static void sendPreMigrate(Apps apps, DatabaseWrapper connection, List<PlanStep> plan, ProjectState before,
                                      int verbosity, boolean interactive) {
        HistoricalApps historical = new HistoricalApps(before, connection);
        for (AppConfig app : apps.getAppConfigs()) {
            MigrationSignals.preMigrate.send(app, new MigrationSignals.MigrateEvent(app, connection.alias(), plan,
                    historical, verbosity, interactive));
        }
    }

    /**
     * Send {@link MigrationSignals#postMigrate} for every app of {@code apps}, with the historical models of
     * everything applied after the run, plus the current models of apps without migrations.
     */
    public static void sendPostMigrate(Apps apps, DatabaseWrapper connection, List<PlanStep> plan,
                                       MigrationLoader loader, int verbosity, boolean interactive) {
        ProjectState after = loader.projectState(loader.applied().stream().filter(loader.graph()::contains).toList());
        ProjectState current = ProjectState.fromApps(apps);
        for (String label : loader.unmigratedApps()) {
            for (ModelState model : current.modelsOf(label)) {
                after = after.with(model);
            }
        }
        HistoricalApps historical = new HistoricalApps(after, connection);
        for (AppConfig app : apps.getAppConfigs()) {
            MigrationSignals.postMigrate.send(app, new MigrationSignals.MigrateEvent(app, connection.alias(), plan,
                    historical, verbosity, interactive));
        }
    }
}
