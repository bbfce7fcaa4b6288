package dev.reinhardt.core.management.commands;

import dev.reinhardt.apps.AppConfig;
import dev.reinhardt.apps.Apps;
import dev.reinhardt.core.management.BaseCommand;
import dev.reinhardt.db.Connections;
import dev.reinhardt.db.backends.base.DatabaseWrapper;
import dev.reinhardt.db.migrations.Migration;
import dev.reinhardt.db.migrations.MigrationGraph;
import dev.reinhardt.db.migrations.MigrationKey;
import dev.reinhardt.db.migrations.MigrationLoader;
import dev.reinhardt.db.migrations.MigrationRecorder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code manage showmigrations [app_label ...]}: list each app's migrations
 * and whether they are applied ({@code [X]}) or not ({@code [ ]}); with
 * {@code --plan}, every migration in the order {@code migrate} would apply it.
 */
@Command(name = "showmigrations", description = "List the project's migrations and whether each is applied.")
public final class ShowMigrationsCommand extends BaseCommand {

    private static final DateTimeFormatter APPLIED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    @Parameters(paramLabel = "APP_LABEL", arity = "0..*", description = "List only these apps' "
            + "migrations.")
    List<String> appLabels = new ArrayList<>();

    @Option(names = {"-p", "--plan"}, description = "List every migration in the order migrate applies them, with dependencies.")
    boolean plan;

    @Option(names = {"-l", "--list"}, description = "List the migrations per app, [X] when applied "
            + "(the default).")
    boolean list;

    @Option(names = "--database", defaultValue = "default", paramLabel = "ALIAS",
            description = "The database to show migrations for. Default: ${DEFAULT-VALUE}.")
    String database;

    @Override
    protected void handle() {
        Apps apps = Apps.registry();
        appLabels.forEach(label -> MigrationCommands.app(apps, label));
        DatabaseWrapper connection = Connections.get(database);
        MigrationLoader loader = MigrationCommands.run(1, () -> new MigrationLoader(apps, connection));
        if (plan) {
            showPlan(loader);
        } else {
            showList(apps, loader, new MigrationRecorder(connection).appliedAt());
        }
    }

    private void showList(Apps apps, MigrationLoader loader, Map<MigrationKey, Instant> appliedAt) {
        MigrationGraph graph = loader.graph();
        Set<MigrationKey> applied = loader.applied();
        List<String> labels = appLabels.isEmpty() ? apps.getAppConfigs().stream().map(AppConfig::label).sorted().toList()
                : appLabels;
        for (String label : labels) {
            stdout().println(style().heading(label));
            java.util.LinkedHashSet<MigrationKey> keys = new java.util.LinkedHashSet<>();
            for (MigrationKey leaf : graph.leafNodes(label)) {
                graph.forwardsPlan(leaf).stream().filter(key -> key.app().equals(label)).forEach(keys::add);
            }
            for (MigrationKey key : keys) {
                Migration migration = graph.migration(key);
                String title = key.name();
                if (!migration.replaces().isEmpty()) {
                    title += " (" + migration.replaces().size() + " squashed migrations)";
                }
                if (applied.contains(key)) {
                    String when = verbosity() >= 2 && appliedAt.containsKey(key)
                            ? " (applied at " + APPLIED.format(appliedAt.get(key)) + ")" : "";
                    stdout().println(" " + style().success("[X]") + " " + title + when);
                } else {
                    stdout().println(" [ ] " + title);
                }
            }
            if (keys.isEmpty()) {
                stdout().println(style().error(" (no migrations)"));
            }
        }
    }

    private void showPlan(MigrationLoader loader) {
        MigrationGraph graph = loader.graph();
        List<MigrationKey> targets = appLabels.isEmpty() ? graph.leafNodes()
                : appLabels.stream().flatMap(label -> graph.leafNodes(label).stream()).toList();
        for (MigrationKey key : graph.forwardsPlan(targets)) {
            String dependencies = "";
            if (verbosity() >= 2) {
                List<String> parents = graph.parents(key).stream().map(MigrationKey::toString).toList();
                dependencies = parents.isEmpty() ? "" : " ... (" + String.join(", ", parents) + ")";
            }
            String mark = loader.applied().contains(key) ? "[X]" : "[ ]";
            stdout().println(mark + "  " + key + dependencies);
        }
        if (graph.nodes().isEmpty()) {
            stdout().println("(no migrations)");
        }
    }
}
