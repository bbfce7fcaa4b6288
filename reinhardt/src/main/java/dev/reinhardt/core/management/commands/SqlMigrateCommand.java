package dev.reinhardt.core.management.commands;

import dev.reinhardt.apps.Apps;
import dev.reinhardt.core.management.BaseCommand;
import dev.reinhardt.db.Connections;
import dev.reinhardt.db.backends.base.DatabaseWrapper;
import dev.reinhardt.db.backends.base.SchemaEditor;
import dev.reinhardt.db.migrations.Migration;
import dev.reinhardt.db.migrations.MigrationLoader;
import dev.reinhardt.db.migrations.operations.Operation;
import dev.reinhardt.db.migrations.operations.RunJava;
import dev.reinhardt.db.migrations.state.ProjectState;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code manage sqlmigrate app_label migration_name}: print the SQL a
 * migration runs on the chosen database, without running it.
 */
@Command(name = "sqlmigrate", description = "Print the SQL a migration would run on the chosen database, without running it.")
public final class SqlMigrateCommand extends BaseCommand {

    @Parameters(index = "0", paramLabel = "APP_LABEL", description = "The app the migration belongs "
            + "to.")
    String appLabel;

    @Parameters(index = "1", paramLabel = "MIGRATION_NAME", description = "Migration name to print the SQL for.")
    String migrationName;

    @Option(names = "--database", defaultValue = "default", paramLabel = "ALIAS",
            description = "The database to create SQL for. Default: ${DEFAULT-VALUE}.")
    String database;

    @Option(names = "--backwards", description = "Print the SQL that would unapply the migration instead.")
    boolean backwards;

    @Override
    protected void handle() {
        Apps apps = Apps.registry();
        MigrationCommands.app(apps, appLabel);
        DatabaseWrapper connection = Connections.get(database);
        MigrationLoader loader = MigrationCommands.run(1, () -> new MigrationLoader(apps, null));
        MigrationCommands.requireMigrations(loader, appLabel);
        Migration migration = MigrationCommands.run(1, () -> loader.getByPrefix(appLabel, migrationName));
        ProjectState before = loader.stateBefore(migration.key());
        List<ProjectState> states = new ArrayList<>();
        ProjectState state = before;
        for (Operation operation : migration.operationList()) {
            states.add(state);
            state = operation.stateForwards(appLabel, state);
        }
        states.add(state);
        SchemaEditor editor = connection.schemaEditor().collectOnly();
        boolean atomic = migration.atomic() && connection.features().canRollbackDdl();
        if (atomic) {
            stdout().println("BEGIN;");
        }
        List<Operation> operations = migration.operationList();
        for (int n = 0; n < operations.size(); n++) {
            int i = backwards ? operations.size() - 1 - n : n;
            Operation operation = operations.get(i);
            stdout().println("--");
            stdout().println("-- " + (backwards ? "Undo " : "") + operation.describe());
            stdout().println("--");
            if (operation instanceof RunJava) {
                stdout().println("-- THIS OPERATION CANNOT BE WRITTEN AS SQL");
                continue;
            }
            int start = editor.collectedSql().size();
            MigrationCommands.run(1, () -> {
                if (backwards) {
                    operation.databaseBackwards(appLabel, editor, states.get(i + 1), states.get(i));
                } else {
                    operation.databaseForwards(appLabel, editor, states.get(i), states.get(i + 1));
                }
                return null;
            });
            List<String> statements = editor.collectedSql().subList(start, editor.collectedSql().size());
            if (statements.isEmpty()) {
                stdout().println("-- (no-op)");
            }
            statements.forEach(statement -> stdout().println(statement.endsWith(";") ? statement : statement + ";"));
        }
        int deferred = editor.collectedSql().size();
        editor.close();
        editor.collectedSql().subList(deferred, editor.collectedSql().size())
                .forEach(statement -> stdout().println(statement + ";"));
        if (atomic) {
            stdout().println("COMMIT;");
        }
    }
}
