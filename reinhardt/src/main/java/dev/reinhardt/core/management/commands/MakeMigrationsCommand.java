package dev.reinhardt.core.management.commands;

import dev.reinhardt.apps.AppConfig;
import dev.reinhardt.apps.Apps;
import dev.reinhardt.core.management.BaseCommand;
import dev.reinhardt.core.management.CommandError;
import dev.reinhardt.db.migrations.Autodetector;
import dev.reinhardt.db.migrations.Migration;
import dev.reinhardt.db.migrations.MigrationKey;
import dev.reinhardt.db.migrations.MigrationLoader;
import dev.reinhardt.db.migrations.MigrationQuestioner;
import dev.reinhardt.db.migrations.MigrationWriter;
import dev.reinhardt.db.migrations.operations.Operation;
import dev.reinhardt.db.migrations.state.ProjectState;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code manage makemigrations [app_label ...]}: compare the models with
 * the state the migrations build and write new migrations as Java sources
 * into each app's {@code migrations} package.
 */
@Command(name = "makemigrations", description = "Write migration files for the model changes that no migration covers yet.")
public final class MakeMigrationsCommand extends BaseCommand {

    @Parameters(paramLabel = "APP_LABEL", arity = "0..*", description = "Make migrations for these apps only.")
    List<String> appLabels = new ArrayList<>();

    @Option(names = {"-n", "--name"}, paramLabel = "NAME", description = "Use this name for the migration.")
    String name;

    @Option(names = "--empty", description = "Create an empty migration, to fill with a data migration.")
    boolean empty;

    @Option(names = "--dry-run", description = "Print the migrations that would be written, and write none.")
    boolean dryRun;

    @Option(names = "--check", description = "Exit with a non-zero status if model changes are missing migrations; "
            + "write nothing.")
    boolean check;

    @Option(names = "--merge", description = "Write a merge migration joining an app's divergent migration branches.")
    boolean merge;

    @Option(names = {"--noinput", "--no-input"}, description = "Ask nothing: take the safe answer to every question, or fail with a hint.")
    boolean noInput;

    @Option(names = "--directory", paramLabel = "DIRECTORY", defaultValue = ".",
            description = "The project folder (holding src/main/java). Default: the current folder.")
    Path projectDirectory;

    @Override
    protected void handle() {
        if (name != null && !name.matches("[A-Za-z0-9_]+")) {
            throw new CommandError("The migration name must be a valid Java identifier part: letters, digits and "
                    + "underscores.");
        }
        Apps apps = Apps.registry();
        appLabels.forEach(label -> MigrationCommands.app(apps, label));
        MigrationLoader loader = MigrationCommands.run(1, () -> new MigrationLoader(apps, null));
        Map<String, List<MigrationKey>> conflicts = loader.detectConflicts();
        if (!appLabels.isEmpty()) {
            conflicts.keySet().retainAll(appLabels);
        }
        if (merge) {
            if (conflicts.isEmpty()) {
                stdout().println("No conflicts detected to merge.");
            } else {
                merge(apps, loader, conflicts);
            }
            return;
        }
        if (!conflicts.isEmpty()) {
            MigrationCommands.run(1, () -> {
                loader.checkNoConflicts();
                return null;
            });
        }
        MigrationQuestioner questioner = check ? MigrationQuestioner.nonInteractive(stderr())
                : MigrationCommands.questioner(noInput, stdout(), stderr());
        if (empty) {
            writeEmpty(apps, loader);
            return;
        }
        List<String> candidates = candidates(apps, loader);
        ProjectState from = MigrationCommands.run(1, loader::projectState);
        ProjectState to = ProjectState.fromApps(apps);
        Map<String, List<Migration>> changes = MigrationCommands.run(3,
                () -> new Autodetector(from, to, questioner).changes(loader.graph(), candidates, name));
        if (changes.isEmpty()) {
            if (verbosity() > 0) {
                stdout().println(appLabels.size() == 1 ? "No changes detected in app '" + appLabels.getFirst() + "'"
                        : appLabels.isEmpty() ? "No changes detected"
                        : "No changes detected in apps " + MigrationCommands.quoted(appLabels));
            }
            return;
        }
        List<Migration> migrations = changes.values().stream().flatMap(List::stream).toList();
        report(apps, migrations);
        if (check) {
            stdout().flush();
            throw new CommandError("Models changed without a migration for the change. Run "
                    + "'manage makemigrations' and commit the migrations it writes.", 1);
        }
        if (!dryRun) {
            migrations.forEach(migration -> MigrationCommands.write(apps, projectDirectory, migration));
        }
    }

    private List<String> candidates(Apps apps, MigrationLoader loader) {
        if (!appLabels.isEmpty()) {
            return appLabels;
        }
        List<String> labels = new ArrayList<>();
        for (AppConfig app : apps.getAppConfigs()) {
            if (loader.migratedApps().contains(app.label()) || MigrationCommands.inSourceTree(projectDirectory, app)) {
                labels.add(app.label());
            }
        }
        return labels;
    }

    private void report(Apps apps, Iterable<Migration> migrations) {
        if (verbosity() < 1) {
            return;
        }
        Path root = MigrationCommands.sourceRoot(projectDirectory);
        String app = null;
        for (Migration migration : migrations) {
            if (!migration.appLabel().equals(app)) {
                app = migration.appLabel();
                stdout().println(style().heading("Migrations for '" + app + "':"));
            }
            stdout().println("  " + MigrationWriter.path(root, MigrationCommands.packageOf(apps, migration), migration));
            for (Operation operation : migration.operationList()) {
                stdout().println("    - " + operation.describe());
            }
            if (dryRun && verbosity() >= 3) {
                stdout().print(MigrationWriter.source(migration, MigrationCommands.packageOf(apps, migration)));
            }
        }
    }

    private void writeEmpty(Apps apps, MigrationLoader loader) {
        if (appLabels.isEmpty()) {
            throw new CommandError("You must supply at least one app label when using --empty.");
        }
        List<Migration> created = new ArrayList<>();
        for (String label : appLabels) {
            List<MigrationKey> leaves = loader.graph().leafNodes(label);
            String suffix = name != null ? name
                    : "auto_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd_HHmm"));
            int number = leaves.isEmpty() ? 1 : leaves.getFirst().number().orElse(0) + 1;
            List<String> dependencies = leaves.isEmpty() ? List.of() : List.of(leaves.getFirst().toString());
            created.add(Migration.of(label, String.format("%04d_%s", number, suffix), dependencies, List.of(),
                    leaves.isEmpty(), List.of()));
        }
        report(apps, created);
        if (!dryRun && !check) {
            created.forEach(migration -> MigrationCommands.write(apps, projectDirectory, migration));
        }
    }

    private void merge(Apps apps, MigrationLoader loader, Map<String, List<MigrationKey>> conflicts) {
        MigrationQuestioner questioner = MigrationCommands.questioner(noInput, stdout(), stderr());
        for (Map.Entry<String, List<MigrationKey>> conflict : conflicts.entrySet()) {
            String app = conflict.getKey();
            List<MigrationKey> leaves = conflict.getValue();
            stdout().println(style().heading("Merging " + app));
            Set<MigrationKey> common = new LinkedHashSet<>(loader.graph().forwardsPlan(leaves.getFirst()));
            for (MigrationKey leaf : leaves.subList(1, leaves.size())) {
                common.retainAll(loader.graph().forwardsPlan(leaf));
            }
            for (MigrationKey leaf : leaves) {
                stdout().println("  Branch " + leaf.name());
                for (MigrationKey key : loader.graph().forwardsPlan(leaf)) {
                    if (key.app().equals(app) && !common.contains(key)) {
                        loader.graph().migration(key).operationList()
                                .forEach(operation -> stdout().println("    - " + operation.describe()));
                    }
                }
            }
            if (!questioner.askMerge(app)) {
                continue;
            }
            int number = leaves.stream().mapToInt(leaf -> leaf.number().orElse(0)).max().orElse(0) + 1;
            String joined = "merge_" + String.join("_", leaves.stream().map(MigrationKey::name).sorted().toList());
            String suffix = name != null ? name : joined.length() <= 47 ? joined
                    : "merge_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd_HHmm"));
            Migration merge = Migration.of(app, String.format("%04d_%s", number, suffix),
                    leaves.stream().map(MigrationKey::toString).toList(), List.of(), false, List.of());
            if (dryRun) {
                if (verbosity() >= 3) {
                    stdout().print(MigrationWriter.source(merge, MigrationCommands.packageOf(apps, merge)));
                }
                continue;
            }
            Path file = MigrationCommands.write(apps, projectDirectory, merge);
            stdout().println(style().success("Created new merge migration " + file));
        }
    }
}
