package dev.reinhardt.core.management.commands;

import dev.reinhardt.apps.Apps;
import dev.reinhardt.core.management.BaseCommand;
import dev.reinhardt.core.management.CommandError;
import dev.reinhardt.db.migrations.Migration;
import dev.reinhardt.db.migrations.MigrationKey;
import dev.reinhardt.db.migrations.MigrationLoader;
import dev.reinhardt.db.migrations.MigrationOptimizer;
import dev.reinhardt.db.migrations.MigrationQuestioner;
import dev.reinhardt.db.migrations.operations.Operation;
import dev.reinhardt.db.migrations.operations.RunJava;
import dev.reinhardt.db.migrations.operations.RunSQL;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code manage squashmigrations app_label [start_migration_name] migration_name}:
 * write one migration that replaces a range of an app's migrations, its
 * operations optimized, keeping data migrations' code references.
 */
@Command(name = "squashmigrations", description = "Replace a range of an app's migrations with one "
        + "equivalent migration, optimised.")
public final class SquashMigrationsCommand extends BaseCommand {

    @Parameters(index = "0", paramLabel = "APP_LABEL", description = "The app whose migrations to "
            + "squash.")
    String appLabel;

    @Parameters(index = "1..2", arity = "1..2", paramLabel = "MIGRATION_NAME",
            description = "[START_MIGRATION_NAME] MIGRATION_NAME: squash from the start migration (default: the "
                    + "first) up to and including this one.")
    List<String> names = new ArrayList<>();

    @Option(names = "--no-optimize", description = "Keep the operations as they are instead of folding them together.")
    boolean noOptimize;

    @Option(names = {"--noinput", "--no-input"}, description = "Ask nothing: take the safe answer to every question, or fail with a hint.")
    boolean noInput;

    @Option(names = "--squashed-name", paramLabel = "NAME", description = "The name of the squashed migration "
            + "to write.")
    String squashedName;

    @Option(names = "--directory", paramLabel = "DIRECTORY", defaultValue = ".",
            description = "The project folder (holding src/main/java). Default: the current folder.")
    Path projectDirectory;

    @Override
    protected void handle() {
        Apps apps = Apps.registry();
        MigrationCommands.app(apps, appLabel);
        MigrationLoader loader = MigrationCommands.run(1, () -> new MigrationLoader(apps, null));
        String startName = names.size() == 2 ? names.getFirst() : null;
        Migration last = MigrationCommands.run(1, () -> loader.getByPrefix(appLabel, names.getLast()));
        List<Migration> squashed = new ArrayList<>();
        for (MigrationKey key : loader.graph().forwardsPlan(last.key())) {
            if (key.app().equals(appLabel)) {
                squashed.add(loader.graph().migration(key));
            }
        }
        if (startName != null) {
            Migration start = MigrationCommands.run(1, () -> loader.getByPrefix(appLabel, startName));
            int index = squashed.indexOf(start);
            if (index < 0) {
                throw new CommandError("The migration '" + start.key() + "' cannot be found among those before "
                        + last.key() + ". Maybe you meant to put it after it?");
            }
            squashed = new ArrayList<>(squashed.subList(index, squashed.size()));
        }
        for (Migration migration : squashed) {
            if (!migration.replaces().isEmpty()) {
                throw new CommandError("You cannot squash squashed migrations! Please transition " + migration.key()
                        + " to a normal migration first (delete the migrations it replaces and its replaces() list).");
            }
        }
        MigrationQuestioner questioner = MigrationCommands.questioner(noInput, stdout(), stderr());
        if (verbosity() > 0 || !noInput) {
            stdout().println(style().heading("Will squash the following migrations:"));
            squashed.forEach(migration -> stdout().println(" - " + migration.name()));
        }
        if (!questioner.askSquash(appLabel, squashed.size())) {
            return;
        }
        List<Operation> operations = new ArrayList<>();
        Set<String> dependencies = new LinkedHashSet<>();
        Set<String> inRange = new LinkedHashSet<>();
        squashed.forEach(migration -> inRange.add(migration.key().toString()));
        boolean dataMigrations = false;
        for (Migration migration : squashed) {
            operations.addAll(migration.operationList());
            dataMigrations |= migration.operationList().stream().anyMatch(op -> op instanceof RunJava || op instanceof RunSQL);
            for (String dependency : migration.dependencies()) {
                if (!inRange.contains(dependency) && (!dependency.startsWith(appLabel + ".") || startName != null)) {
                    dependencies.add(dependency);
                }
            }
        }
        List<Operation> result = operations;
        if (!noOptimize) {
            result = MigrationOptimizer.optimize(operations, appLabel);
            if (verbosity() > 0) {
                stdout().println(result.size() == operations.size() ? "No optimizations possible."
                        : "Optimized from " + operations.size() + " operations to " + result.size() + " operations.");
            }
        }
        Migration first = squashed.getFirst();
        String name = squashedName != null
                ? String.format("%04d_%s", first.key().number().orElse(1), squashedName)
                : first.name() + "_squashed_" + last.name();
        Migration squash = Migration.of(appLabel, name, List.copyOf(dependencies), result, first.initial(),
                List.copyOf(inRange));
        Path file = MigrationCommands.write(apps, projectDirectory, squash);
        stdout().println(style().success("Created new squashed migration " + file));
        stdout().println("  You should commit this migration but leave the old ones in place;");
        stdout().println("  the new migration will be used for new installs. Once you are sure");
        stdout().println("  all instances of the codebase have applied the migrations you squashed,");
        stdout().println("  you can delete them.");
        if (dataMigrations) {
            stdout().println(style().warning("Manual porting required"));
            stdout().println("  The squashed migration runs data migrations (RunJava or RunSQL) whose code still lives");
            stdout().println("  in the migrations it replaces. Move that code into the new migration before deleting");
            stdout().println("  the old ones.");
        }
    }
}
