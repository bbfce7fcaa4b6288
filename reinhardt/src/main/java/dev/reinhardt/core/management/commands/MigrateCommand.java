package dev.reinhardt.core.management.commands;

import dev.reinhardt.apps.Apps;
import dev.reinhardt.core.management.BaseCommand;
import dev.reinhardt.core.management.CommandError;
import dev.reinhardt.db.Connections;
import dev.reinhardt.db.backends.base.DatabaseWrapper;
import dev.reinhardt.db.backends.base.SchemaEditor;
import dev.reinhardt.db.migrations.Autodetector;
import dev.reinhardt.db.migrations.MigrationError;
import dev.reinhardt.db.migrations.MigrationExecutor;
import dev.reinhardt.db.migrations.MigrationExecutor.Target;
import dev.reinhardt.db.migrations.MigrationLoader;
import dev.reinhardt.db.migrations.MigrationQuestioner;
import dev.reinhardt.db.migrations.Migrations;
import dev.reinhardt.db.migrations.PlanStep;
import dev.reinhardt.db.migrations.operations.Operation;
import dev.reinhardt.db.migrations.state.ProjectState;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * {@code manage migrate [app_label [migration_name]]}: bring the database's
 * schema to the latest migrations, or forwards or back to a named one
 * ({@code zero} unapplies all of an app's).
 */
@Command(name = "migrate", description = "Bring the database schema to the project's migrations (or to a given "
        + "migration); apps without migrations get their tables from their models with --run-syncdb.")
public final class MigrateCommand extends BaseCommand {

    @Parameters(index = "0", arity = "0..1", paramLabel = "APP_LABEL", description = "Migrate only this app (and what "
            + "it depends on).")
    String appLabel;

    @Parameters(index = "1", arity = "0..1", paramLabel = "MIGRATION_NAME", description = "Move the app forwards or "
            + "back to just after this migration; 'zero' unapplies all of its migrations.")
    String migrationName;

    @Option(names = "--database", defaultValue = "default", paramLabel = "ALIAS",
            description = "The database to migrate. Default: ${DEFAULT-VALUE}.")
    String database;

    @Option(names = "--fake", description = "Record the migrations as applied (or unapplied) without running their SQL.")
    boolean fake;

    @Option(names = "--fake-initial", description = "Record an initial migration as applied "
            + "without running it when all its tables already exist; check first that they match it.")
    boolean fakeInitial;

    @Option(names = "--plan", description = "Print the operations migrate would run, in order, and run none.")
    boolean plan;

    @Option(names = "--check", description = "Apply nothing; exit with status 1 when some "
            + "migration is not applied yet.")
    boolean check;

    @Option(names = "--run-syncdb", description = "Also create the missing tables of apps that have no migrations.")
    boolean runSyncdb;

    @Option(names = {"--noinput", "--no-input"}, description = "Ask nothing: take the safe answer to every question, or fail with a hint.")
    boolean noInput;

    @Override
    protected boolean requiresSystemChecks() {
        return true;
    }

    @Override
    protected void handle() {
        Apps apps = Apps.registry();
        DatabaseWrapper connection = Connections.get(database);
        MigrationExecutor executor = MigrationCommands.run(1, () -> new MigrationExecutor(connection, apps));
        MigrationLoader loader = executor.loader();
        MigrationCommands.run(1, () -> {
            loader.checkConsistentHistory();
            loader.checkNoConflicts();
            return null;
        });
        List<Target> targets = targets(apps, executor);
        List<PlanStep> steps = MigrationCommands.run(1, () -> executor.plan(targets));
        if (plan) {
            printPlan(steps);
            return;
        }
        if (check) {
            if (!steps.isEmpty()) {
                throw new CommandError("There are unapplied migrations: " + String.join(", ", steps.stream()
                        .map(step -> step.migration().key().toString()).toList()) + ". Run 'manage migrate' to "
                        + "apply them.", 1);
            }
            return;
        }
        announce(loader, targets);
        ProjectState before = loader.projectState(loader.applied().stream().filter(loader.graph()::contains).toList());
        Migrations.sendPreMigrate(apps, connection, steps, before, verbosity(), !noInput);
        SchemaEditor syncEditor = connection.schemaEditor();
        if (runSyncdb && !loader.unmigratedApps().isEmpty()) {
            line(style().heading("Synchronizing apps without migrations:"));
            line("  Creating tables...");
            for (String table : Migrations.syncUnmigratedApps(syncEditor, apps, loader.unmigratedApps())) {
                line("    Creating table " + table);
            }
        }
        line(style().heading("Running migrations:"));
        if (steps.isEmpty()) {
            line("  No migrations to apply.");
            warnAboutModelChanges(apps, loader);
        } else {
            executor.progress(new MigrationExecutor.Progress() {
                @Override
                public void starting(PlanStep step) {
                    if (verbosity() > 0) {
                        stdout().print("  " + (step.backwards() ? "Unapplying " : "Applying ") + step.migration().key()
                                + "...");
                        stdout().flush();
                    }
                }

                @Override
                public void finished(PlanStep step, boolean faked) {
                    line(faked ? style().success(" FAKED") : style().success(" OK"));
                }
            });
            try {
                executor.migrate(steps, fake, fakeInitial);
            } catch (MigrationError | dev.reinhardt.db.migrations.operations.IrreversibleError e) {
                line("");
                throw new CommandError(e.getMessage());
            } catch (RuntimeException e) {
                line(style().error(" FAILED"));
                throw new CommandError("Migration failed" + (connection.features().canRollbackDdl()
                        ? " and was rolled back, with its record" : "; the database may hold part of it") + ": "
                        + e.getMessage(), e);
            }
        }
        // Keys from the synchronized tables to tables the migrations created can be added now.
        syncEditor.close();
        Migrations.sendPostMigrate(apps, connection, steps, executor.loader(), verbosity(), !noInput);
    }

    private List<Target> targets(Apps apps, MigrationExecutor executor) {
        MigrationLoader loader = executor.loader();
        if (appLabel == null) {
            return executor.allTargets();
        }
        MigrationCommands.app(apps, appLabel);
        MigrationCommands.requireMigrations(loader, appLabel);
        if (migrationName == null) {
            return loader.graph().leafNodes(appLabel).stream().map(key -> new Target(key.app(), key.name())).toList();
        }
        if (migrationName.equals("zero")) {
            return List.of(Target.zero(appLabel));
        }
        var migration = MigrationCommands.run(1, () -> loader.getByPrefix(appLabel, migrationName));
        return List.of(new Target(appLabel, migration.name()));
    }

    private void announce(MigrationLoader loader, List<Target> targets) {
        line(style().heading("Operations to perform:"));
        if (runSyncdb && !loader.unmigratedApps().isEmpty()) {
            line("  Synchronize unmigrated apps: " + String.join(", ", new TreeSet<>(loader.unmigratedApps())));
        }
        if (appLabel == null) {
            line("  Apply all migrations: " + (loader.migratedApps().isEmpty() ? "(none)"
                    : String.join(", ", new TreeSet<>(loader.migratedApps()))));
        } else if (targets.getFirst().name() == null) {
            line("  Unapply all migrations: " + appLabel);
        } else {
            line("  Target specific migration: " + targets.getFirst().name() + ", from " + appLabel);
        }
    }

    private void printPlan(List<PlanStep> steps) {
        stdout().println("Planned operations:");
        if (steps.isEmpty()) {
            stdout().println("  No planned migration operations.");
        }
        for (PlanStep step : steps) {
            stdout().println(step.migration().key());
            List<Operation> operations = step.migration().operationList();
            for (Operation operation : step.backwards() ? operations.reversed() : operations) {
                String prefix = step.backwards() ? "Undo " : "";
                String suffix = step.backwards() && !operation.reversible() ? " -> IRREVERSIBLE" : "";
                stdout().println("    " + prefix + operation.describe() + suffix);
            }
        }
    }

    /** Tell the user which apps' models changed without a migration, and the commands that bring those changes in. */
    private void warnAboutModelChanges(Apps apps, MigrationLoader loader) {
        List<String> changed = new ArrayList<>(new Autodetector(loader.projectState(), ProjectState.fromApps(apps),
                MigrationQuestioner.detectingOnly()).operations(loader.migratedApps()).keySet());
        if (changed.isEmpty()) {
            return;
        }
        String again = appLabel != null && changed.equals(List.of(appLabel)) ? "manage migrate " + appLabel
                : "manage migrate";
        line(style().notice("  The models of " + (changed.size() == 1 ? "app " : "apps ")
                + MigrationCommands.quoted(changed) + " have changes that no migration covers yet, so migrate "
                + "cannot apply them."));
        line(style().notice("  Run 'manage makemigrations " + String.join(" ", changed) + "' to write the "
                + "migrations, then '" + again + "' again."));
    }

    private void line(String text) {
        if (verbosity() > 0) {
            stdout().println(text);
        }
    }
}
