package dev.reinhardt.db.migrations;

import dev.reinhardt.apps.AppConfig;
import dev.reinhardt.apps.Apps;
import dev.reinhardt.db.migrations.MigrationExecutor.Target;
import dev.reinhardt.db.migrations.fixtures.DataMigrations;
import dev.reinhardt.db.migrations.fixtures.alpha.AlphaConfig;
import dev.reinhardt.db.migrations.fixtures.drafts.DraftsConfig;
import dev.reinhardt.db.migrations.fixtures.library.LibraryConfig;
import dev.reinhardt.db.migrations.operations.AddConstraint;
import dev.reinhardt.db.migrations.operations.AddField;
import dev.reinhardt.db.migrations.operations.AlterField;
import dev.reinhardt.db.migrations.operations.CreateModel;
import dev.reinhardt.db.migrations.operations.IrreversibleError;
import dev.reinhardt.db.migrations.operations.Operation;
import dev.reinhardt.db.migrations.operations.RunJava;
import dev.reinhardt.db.migrations.operations.RunSQL;
import dev.reinhardt.db.migrations.state.HistoricalModel;
import dev.reinhardt.dispatch.Receiver;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.reinhardt.db.migrations.MigrationTestSupport.columns;
import static dev.reinhardt.db.migrations.MigrationTestSupport.tableExists;
import static dev.reinhardt.db.migrations.state.FieldState.field;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MigrationExecutorTest extends OnEachVendor {

    private static final CreateModel THING = CreateModel.of("Thing").field("id", field("BigAutoField"))
            .field("name", field("CharField", "maxLength", 20));

    private final Apps apps = MigrationTestSupport.apps(AlphaConfig.class);

    private static Migration migration(String name, String dependency, Operation... operations) {
        return Migration.of("alpha", name, dependency == null ? List.of() : List.of("alpha." + dependency),
                List.of(operations), dependency == null, List.of());
    }

    private MigrationExecutor executor(Migration... migrations) {
        return new MigrationExecutor(connection, new MigrationLoader(apps, connection, List.of(migrations)));
    }

    private static void migrate(MigrationExecutor executor, Target target) {
        executor.migrate(executor.plan(List.of(target)), false, false);
    }

    private List<String> applied() {
        return new MigrationRecorder(connection).applied().stream().map(MigrationKey::toString).toList();
    }

    private List<String> names() {
        return connection.fetchAll("SELECT name FROM alpha_thing ORDER BY id").stream()
                .map(row -> String.valueOf(row.getFirst())).toList();
    }

    @Test
    void appliesForwardsAndUnappliesBackToATarget() {
        Migration first = migration("0001_initial", null, THING);
        Migration second = migration("0002_thing_size", "0001_initial",
                AddField.of("Thing", "size", field("IntegerField", "nullable", true)));
        MigrationExecutor executor = executor(first, second);
        List<PlanStep> forwards = executor.plan(executor.allTargets());
        assertThat(forwards).extracting(PlanStep::toString)
                .containsExactly("apply alpha.0001_initial", "apply alpha.0002_thing_size");
        executor.migrate(forwards, false, false);
        assertThat(columns(connection, "alpha_thing")).containsExactly("id", "name", "size");
        assertThat(applied()).containsExactly("alpha.0001_initial", "alpha.0002_thing_size");

        assertThat(executor.plan(List.of(new Target("alpha", "0001_initial")))).extracting(PlanStep::toString)
                .containsExactly("unapply alpha.0002_thing_size");
        migrate(executor, new Target("alpha", "0001_initial"));
        assertThat(columns(connection, "alpha_thing")).containsExactly("id", "name");

        migrate(executor, Target.zero("alpha"));
        assertThat(tableExists(connection, "alpha_thing")).isFalse();
        assertThat(applied()).isEmpty();
        assertThat(executor.plan(List.of(Target.zero("alpha")))).isEmpty();
    }

    @Test
    void fakeRecordsWithoutChangingTheSchema() {
        MigrationExecutor executor = executor(migration("0001_initial", null, THING));
        executor.migrate(executor.plan(executor.allTargets()), true, false);
        assertThat(applied()).containsExactly("alpha.0001_initial");
        assertThat(tableExists(connection, "alpha_thing")).isFalse();
    }

    @Test
    void fakeInitialSkipsAnInitialMigrationWhoseTablesExist() {
        MigrationExecutor executor = executor(migration("0001_initial", null, THING));
        migrate(executor, executor.allTargets().getFirst());
        new MigrationRecorder(connection).recordUnapplied(new MigrationKey("alpha", "0001_initial"));
        List<Boolean> faked = new ArrayList<>();
        executor = executor(migration("0001_initial", null, THING)).progress(new MigrationExecutor.Progress() {
            @Override
            public void finished(PlanStep step, boolean fake) {
                faked.add(fake);
            }
        });
        executor.migrate(executor.plan(executor.allTargets()), false, true);
        assertThat(faked).containsExactly(true);
        assertThat(applied()).containsExactly("alpha.0001_initial");
    }

    @Test
    void failingMigrationLeavesTheDatabaseAndTheRecordAsTheyWere() {
        Migration first = migration("0001_initial", null, THING,
                RunSQL.of("INSERT INTO alpha_thing (name) VALUES ('same'), ('same')").reverse(RunSQL.NOOP));
        Migration second = migration("0002_unique_name", "0001_initial",
                AddField.of("Thing", "code", field("CharField", "maxLength", 5, "nullable", true)),
                AddConstraint.unique("Thing", "thing_name_uniq", "name"));
        MigrationExecutor executor = executor(first, second);
        assertThatThrownBy(() -> executor.migrate(executor.plan(executor.allTargets()), false, false))
                .isInstanceOf(dev.reinhardt.exceptions.IntegrityError.class);
        assertThat(applied()).containsExactly("alpha.0001_initial");
        assertThat(columns(connection, "alpha_thing")).containsExactly("id", "name");
        assertThat(names()).containsExactly("same", "same");
    }

    @Test
    void alteringAFieldKeepsTheRows() {
        Migration first = migration("0001_initial", null, CreateModel.of("Thing").field("id", field("BigAutoField"))
                        .field("name", field("CharField", "maxLength", 20, "nullable", true, "dbIndex", true)),
                RunSQL.of("INSERT INTO alpha_thing (name) VALUES ('kept'), (NULL), ('also kept')").reverse(RunSQL.NOOP));
        Migration second = migration("0002_alter_thing_name", "0001_initial",
                AlterField.of("Thing", "name", field("CharField", "maxLength", 40, "unique", true))
                        .withOneOffDefault("unnamed"));
        MigrationExecutor executor = executor(first, second);
        migrate(executor, new Target("alpha", "0001_initial"));
        assertThat(indexColumns(false)).contains(List.of("name"));

        migrate(executor, new Target("alpha", "0002_alter_thing_name"));
        assertThat(names()).containsExactly("kept", "unnamed", "also kept");
        assertThat(connection.introspection().columns("alpha_thing")).filteredOn(c -> c.name().equals("name"))
                .singleElement().satisfies(column -> assertThat(column.nullable()).isFalse());
        assertThat(indexColumns(false)).doesNotContain(List.of("name"));
        assertThat(indexColumns(true)).contains(List.of("name"));
        assertThatThrownBy(() -> connection.execute("INSERT INTO alpha_thing (name) VALUES ('kept')"))
                .isInstanceOf(dev.reinhardt.exceptions.IntegrityError.class);

        migrate(executor, new Target("alpha", "0001_initial"));
        assertThat(names()).containsExactly("kept", "unnamed", "also kept");
        assertThat(indexColumns(true)).doesNotContain(List.of("name"));
        assertThat(indexColumns(false)).contains(List.of("name"));
    }

    private List<List<String>> indexColumns(boolean unique) {
        return connection.introspection().constraints("alpha_thing").values().stream()
                .filter(info -> !info.primaryKey() && info.unique() == unique && (info.index() || unique))
                .map(info -> info.columns()).toList();
    }

    @Test
    void irreversibleOperationStopsUnapplyingBeforeAnythingChanges() {
        MigrationExecutor executor = executor(migration("0001_initial", null, THING),
                migration("0002_fix", "0001_initial", RunSQL.of("UPDATE alpha_thing SET name = 'x'")));
        migrate(executor, executor.allTargets().getFirst());
        assertThatThrownBy(() -> migrate(executor, Target.zero("alpha"))).isInstanceOf(IrreversibleError.class)
                .hasMessage("Operation Raw SQL operation in alpha.0002_fix is not reversible. Unapplying stops before "
                        + "anything changed.");
        assertThat(applied()).containsExactly("alpha.0001_initial", "alpha.0002_fix");
        assertThat(tableExists(connection, "alpha_thing")).isTrue();
    }

    @Test
    void planMixingApplyAndUnapplyIsRefused() {
        MigrationExecutor executor = executor(migration("0001_initial", null, THING));
        Migration loaded = executor.loader().graph().migration(new MigrationKey("alpha", "0001_initial"));
        assertThatThrownBy(() -> executor.migrate(List.of(new PlanStep(loaded, false), new PlanStep(loaded, true)),
                false, false)).isInstanceOf(MigrationError.class)
                .hasMessageStartingWith("Migration plans with both forwards and backwards migrations are not supported.");
    }

    @Test
    void dataMigrationRunsWithTheHistoricalModelsBothWays() {
        MigrationExecutor executor = executor(migration("0001_initial", null, THING),
                migration("0002_data", "0001_initial", RunJava.of(DataMigrations::forwards)
                        .reverse(DataMigrations::backwards)));
        migrate(executor, executor.allTargets().getFirst());
        assertThat(names()).containsExactly("made forwards");
        migrate(executor, new Target("alpha", "0001_initial"));
        assertThat(names()).isEmpty();
    }

    @Test
    void squashedMigrationIsRecordedWithTheMigrationsItReplaces() {
        Migration squashed = Migration.of("alpha", "0001_squashed_0002_size", List.of(), List.of(
                THING.field("size", field("IntegerField", "nullable", true))), true,
                List.of("alpha.0001_initial", "alpha.0002_size"));
        MigrationExecutor executor = executor(migration("0001_initial", null, THING), migration("0002_size",
                "0001_initial", AddField.of("Thing", "size", field("IntegerField", "nullable", true))), squashed);
        migrate(executor, executor.allTargets().getFirst());
        assertThat(applied()).containsExactly("alpha.0001_initial", "alpha.0002_size", "alpha.0001_squashed_0002_size");
        assertThat(columns(connection, "alpha_thing")).containsExactly("id", "name", "size");
    }

    @Test
    void manyToManyFieldGetsAJoinTableThatComesAndGoesWithIt() {
        Migration first = migration("0001_initial", null, THING,
                CreateModel.of("Tag").field("id", field("BigAutoField")).field("label", field("CharField", "maxLength", 9)),
                AddField.of("Thing", "tags", field("ManyToManyField", "to", "alpha.Tag")));
        Migration second = migration("0002_remove_thing_tags", "0001_initial",
                dev.reinhardt.db.migrations.operations.RemoveField.of("Thing", "tags"));
        MigrationExecutor executor = executor(first, second);
        migrate(executor, new Target("alpha", "0001_initial"));
        assertThat(columns(connection, "alpha_thing_tags")).containsExactly("id", "thing_id", "tag_id");
        assertThat(columns(connection, "alpha_thing")).containsExactly("id", "name");
        connection.execute("INSERT INTO alpha_thing (id, name) VALUES (1, 'lamp')");
        connection.execute("INSERT INTO alpha_tag (id, label) VALUES (1, 'light')");
        connection.execute("INSERT INTO alpha_thing_tags (thing_id, tag_id) VALUES (1, 1)");
        assertThatThrownBy(() -> connection.execute("INSERT INTO alpha_thing_tags (thing_id, tag_id) VALUES (1, 1)"))
                .as("each pair once").isInstanceOf(dev.reinhardt.exceptions.IntegrityError.class);
        assertThatThrownBy(() -> connection.execute("INSERT INTO alpha_thing_tags (thing_id, tag_id) VALUES (1, 2)"))
                .as("only existing tags").isInstanceOf(dev.reinhardt.exceptions.IntegrityError.class);

        migrate(executor, new Target("alpha", "0002_remove_thing_tags"));
        assertThat(tableExists(connection, "alpha_thing_tags")).isFalse();
        migrate(executor, Target.zero("alpha"));
        assertThat(connection.introspection().tableNames()).noneMatch(table -> table.startsWith("alpha_"));
    }

    @Test
    void migrateBuildsEveryAppAndSendsTheSignalsPerApp() {
        Apps project = MigrationTestSupport.apps(LibraryConfig.class, DraftsConfig.class);
        List<String> sent = new ArrayList<>();
        Receiver<MigrationSignals.MigrateEvent> before = (sender, event) -> sent.add("pre " + event.app().label());
        Receiver<MigrationSignals.MigrateEvent> after = (sender, event) -> {
            sent.add("post " + event.app().label() + " " + event.plan().size());
            HistoricalModel author = event.apps().getModel("library", "Author");
            if (event.app().label().equals("library") && !author.objects().filter("name", "Anonymous").exists()) {
                author.objects().create(Map.of("name", "Anonymous"));
            }
        };
        MigrationSignals.preMigrate.connect(before);
        MigrationSignals.postMigrate.connect(after);
        try {
            List<PlanStep> plan = Migrations.migrate(connection, project);
            assertThat(plan).extracting(PlanStep::toString).containsExactly("apply library.0001_initial");
            assertThat(connection.introspection().tableNames()).contains("library_author", "library_book",
                    "drafts_note", MigrationRecorder.TABLE);
            assertThat(sent).containsExactly("pre library", "pre drafts", "post library 1", "post drafts 1");
            assertThat(Migrations.migrate(connection, project)).isEmpty();
            assertThat(connection.fetchAll("SELECT name FROM library_author")).containsExactly(List.of("Anonymous"));
        } finally {
            MigrationSignals.preMigrate.disconnect(before);
            MigrationSignals.postMigrate.disconnect(after);
        }
        assertThat(project.getAppConfigs()).extracting(AppConfig::label).containsExactly("library", "drafts");
    }
}
