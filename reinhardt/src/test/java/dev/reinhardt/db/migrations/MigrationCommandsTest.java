package dev.reinhardt.db.migrations;

import dev.reinhardt.conf.Settings;
import dev.reinhardt.db.Connections;
import dev.reinhardt.db.migrations.MigrationTestSupport.Run;
import dev.reinhardt.db.migrations.MigrationTestSupport.TestDb;
import dev.reinhardt.db.migrations.fixtures.drafts.DraftsConfig;
import dev.reinhardt.db.migrations.fixtures.evolution.EvolutionConfig;
import dev.reinhardt.db.migrations.fixtures.forked.ForkedConfig;
import dev.reinhardt.db.migrations.fixtures.grown.GrownConfig;
import dev.reinhardt.db.migrations.fixtures.library.LibraryConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The migration commands, run through the management utility against a real SQLite database. */
class MigrationCommandsTest {

    public static class LibrarySettings extends Settings {
        public LibrarySettings() {
            installedApps = List.of(LibraryConfig.class, DraftsConfig.class);
            debug = true;
            timeZone = "UTC";
        }
    }

    public static class EvolutionSettings extends Settings {
        public EvolutionSettings() {
            installedApps = List.of(EvolutionConfig.class, DraftsConfig.class);
            debug = true;
            timeZone = "UTC";
        }
    }

    public static class GrownSettings extends Settings {
        public GrownSettings() {
            debug = true;
            timeZone = "UTC";
            installedApps = List.of(GrownConfig.class);
        }
    }

    public static class ForkedSettings extends Settings {
        public ForkedSettings() {
            installedApps = List.of(ForkedConfig.class);
            debug = true;
            timeZone = "UTC";
        }
    }

    @TempDir
    Path project;

    private TestDb db;
    private Connections previous;

    @BeforeEach
    void installDatabase() throws IOException {
        db = MigrationTestSupport.open("sqlite");
        previous = Connections.install(db.handler());
        Files.createDirectories(project.resolve("src/main/java/dev/reinhardt/db/migrations/fixtures/drafts"));
    }

    @AfterEach
    void restoreDatabase() {
        Connections.install(previous);
        db.close();
    }

    private Run manage(Class<? extends Settings> settings, String... args) {
        return MigrationTestSupport.manage(settings, args);
    }

    private Path draftsMigration(String className) {
        return project.resolve("src/main/java/dev/reinhardt/db/migrations/fixtures/drafts/migrations/" + className
                + ".java");
    }

    @Test
    void makemigrationsWritesTheFirstMigrationOfAProjectAppIntoTheSourceTree() throws IOException {
        Run run = manage(LibrarySettings.class, "makemigrations", "--noinput", "--directory", project.toString());
        assertThat(run.status()).as(run.err()).isZero();
        Path file = draftsMigration("M0001_initial");
        assertThat(run.out()).isEqualTo("Migrations for 'drafts':\n  " + file + "\n    - Create model Note\n");
        assertThat(Files.readString(file)).contains("public final class M0001_initial extends Migration",
                "CreateModel.of(\"Note\")", ".field(\"title\", field(\"CharField\", \"maxLength\", 80))");
    }

    @Test
    void makemigrationsCheckFailsOnlyWhileModelsHaveUnmigratedChanges() {
        Run changed = manage(LibrarySettings.class, "makemigrations", "--check", "--directory", project.toString());
        assertThat(changed.status()).isEqualTo(1);
        assertThat(changed.out()).startsWith("Migrations for 'drafts':");
        assertThat(changed.err()).isEqualTo("CommandError: Models changed without a migration for the change. Run "
                + "'manage makemigrations' and commit the migrations it writes.\n");
        assertThat(draftsMigration("M0001_initial")).doesNotExist();

        Run clean = manage(LibrarySettings.class, "makemigrations", "--check", "library");
        assertThat(clean.status()).isZero();
        assertThat(clean.out()).isEqualTo("No changes detected in app 'library'\n");
    }

    @Test
    void makemigrationsDryRunWritesNothing() {
        Run run = manage(LibrarySettings.class, "makemigrations", "--dry-run", "--directory", project.toString());
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("- Create model Note");
        assertThat(draftsMigration("M0001_initial")).doesNotExist();
    }

    @Test
    void emptyMigrationFollowsTheLatestOneForADataMigration() throws IOException {
        Files.createDirectories(project.resolve("src/main/java"));
        Run run = manage(EvolutionSettings.class, "makemigrations", "evolution", "--empty", "--name", "fill_prices",
                "--directory", project.toString());
        assertThat(run.status()).as(run.err()).isZero();
        Path file = project.resolve("src/main/java/dev/reinhardt/db/migrations/fixtures/evolution/migrations/"
                + "M0008_fill_prices.java");
        assertThat(Files.readString(file)).contains("return List.of(\"evolution.0007_product_sku\");",
                "return List.of();");

        Run missingLabel = manage(EvolutionSettings.class, "makemigrations", "--empty");
        assertThat(missingLabel.status()).isEqualTo(1);
        assertThat(missingLabel.err()).isEqualTo("CommandError: You must supply at least one app label when using "
                + "--empty.\n");
    }

    @Test
    void requiredFieldWithoutDefaultStopsNoinputWithStatusThree() {
        Run run = manage(GrownSettings.class, "makemigrations", "--noinput", "--dry-run");
        assertThat(run.status()).isEqualTo(3);
        assertThat(run.err()).isEqualTo("CommandError: It is impossible to add a non-nullable field 'height' to plant "
                + "without specifying a default. This is because the database needs something to populate existing "
                + "rows. Give the field a dbDefault, make it nullable, or run makemigrations without --noinput to "
                + "enter a one-off default.\n");
    }

    @Test
    void unknownAppLabelIsACommandErrorWithTheInstalledApps() {
        Run run = manage(LibrarySettings.class, "makemigrations", "libary");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).startsWith("CommandError: App 'libary' could not be found. Is it in installedApps? ")
                .contains("Did you mean 'library'?");
    }

    @Test
    void migrateAppliesReportsAndThenHasNothingToApply() {
        assertThat(manage(EvolutionSettings.class, "migrate", "--check").status()).isEqualTo(1);
        Run plan = manage(EvolutionSettings.class, "migrate", "--plan");
        assertThat(plan.out()).startsWith("Planned operations:\nevolution.0001_initial\n    Create model Product\n"
                + "evolution.0002_product_stock\n    Add field stock to product\n");

        Run run = manage(EvolutionSettings.class, "migrate", "--noinput");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Operations to perform:\n  Apply all migrations: evolution\n"
                + "Running migrations:\n  Applying evolution.0001_initial... OK\n"
                + "  Applying evolution.0002_product_stock... OK\n");
        assertThat(run.out()).endsWith("  Applying evolution.0007_product_sku... OK\n");
        assertThat(manage(EvolutionSettings.class, "migrate", "--check").status()).isZero();

        Run again = manage(EvolutionSettings.class, "migrate");
        assertThat(again.out()).isEqualTo("Operations to perform:\n  Apply all migrations: evolution\n"
                + "Running migrations:\n  No migrations to apply.\n");

        Run back = manage(EvolutionSettings.class, "migrate", "evolution", "0005");
        assertThat(back.out()).isEqualTo("Operations to perform:\n  Target specific migration: "
                + "0005_product_title_idx, from evolution\nRunning migrations:\n"
                + "  Unapplying evolution.0007_product_sku... OK\n"
                + "  Unapplying evolution.0006_supplier_product_supplier... OK\n");
    }

    @Test
    void migrateRunSyncdbCreatesTheTablesOfAppsWithoutMigrations() {
        Run run = manage(EvolutionSettings.class, "migrate", "--run-syncdb", "evolution", "zero");
        assertThat(run.out()).isEqualTo("Operations to perform:\n  Synchronize unmigrated apps: drafts\n"
                + "  Unapply all migrations: evolution\nSynchronizing apps without migrations:\n  Creating tables...\n"
                + "    Creating table drafts_note\nRunning migrations:\n  No migrations to apply.\n");
        assertThat(db.connection().introspection().tableNames()).contains("drafts_note");
    }

    @Test
    void migrateNamesTheAppWhoseModelsChangedWithoutAMigration() {
        manage(GrownSettings.class, "migrate");
        Run again = manage(GrownSettings.class, "migrate");
        assertThat(again.status()).as(again.err()).isZero();
        assertThat(again.out()).isEqualTo("Operations to perform:\n  Apply all migrations: grown\n"
                + "Running migrations:\n  No migrations to apply.\n"
                + "  The models of app 'grown' have changes that no migration covers yet, so migrate cannot apply "
                + "them.\n"
                + "  Run 'manage makemigrations grown' to write the migrations, then 'manage migrate' again.\n");
    }

    @Test
    void migrateOfOneAppRepeatsThatAppInTheCommandsItSuggests() {
        manage(GrownSettings.class, "migrate");
        Run again = manage(GrownSettings.class, "migrate", "grown");
        assertThat(again.status()).as(again.err()).isZero();
        assertThat(again.out()).isEqualTo("Operations to perform:\n  Target specific migration: 0001_initial, from "
                + "grown\nRunning migrations:\n  No migrations to apply.\n"
                + "  The models of app 'grown' have changes that no migration covers yet, so migrate cannot apply "
                + "them.\n"
                + "  Run 'manage makemigrations grown' to write the migrations, then 'manage migrate grown' again.\n");
    }

    @Test
    void migrateSaysNothingMoreWhenTheMigrationsCoverTheModels() {
        manage(LibrarySettings.class, "migrate");
        Run again = manage(LibrarySettings.class, "migrate", "library");
        assertThat(again.out()).isEqualTo("Operations to perform:\n  Target specific migration: 0001_initial, from "
                + "library\nRunning migrations:\n  No migrations to apply.\n");
    }

    @Test
    void showmigrationsListsEachAppsMigrationsAndWhatIsApplied() {
        manage(EvolutionSettings.class, "migrate", "evolution", "0002");
        Run run = manage(EvolutionSettings.class, "showmigrations");
        assertThat(run.out()).isEqualTo("""
                drafts
                 (no migrations)
                evolution
                 [X] 0001_initial
                 [X] 0002_product_stock
                 [ ] 0003_rename_name_product_title
                 [ ] 0004_alter_product_title
                 [ ] 0005_product_title_idx
                 [ ] 0006_supplier_product_supplier
                 [ ] 0007_product_sku
                """);
        Run plan = manage(EvolutionSettings.class, "showmigrations", "--plan", "-v", "2");
        assertThat(plan.out()).startsWith("""
                [X]  evolution.0001_initial
                [X]  evolution.0002_product_stock ... (evolution.0001_initial)
                [ ]  evolution.0003_rename_name_product_title ... (evolution.0002_product_stock)
                """);
    }

    @Test
    void sqlmigratePrintsTheStatementsWithoutRunningThem() {
        Run run = manage(EvolutionSettings.class, "sqlmigrate", "evolution", "0002");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("""
                BEGIN;
                --
                -- Add field stock to product
                --
                ALTER TABLE "evolution_product" ADD COLUMN "stock" integer NOT NULL DEFAULT 0;
                COMMIT;
                """);
        Run index = manage(EvolutionSettings.class, "sqlmigrate", "evolution", "0005", "--backwards");
        assertThat(index.out()).contains("-- Undo Create index product_title_idx on field(s) title of model product",
                "DROP INDEX \"product_title_idx\";");
        assertThat(db.connection().introspection().tableNames()).doesNotContain("evolution_product");
    }

    @Test
    void squashmigrationsWritesOneOptimizedMigrationReplacingTheRange() throws IOException {
        Files.createDirectories(project.resolve("src/main/java"));
        Run run = manage(EvolutionSettings.class, "squashmigrations", "evolution", "0003", "--noinput", "--directory",
                project.toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("Optimized from 3 operations to 1 operations.",
                "Created new squashed migration ");
        String source = Files.readString(project.resolve("src/main/java/dev/reinhardt/db/migrations/fixtures/"
                + "evolution/migrations/M0001_initial_squashed_0003_rename_name_product_title.java"));
        assertThat(source).contains("    public List<String> replaces() {\n        return List.of(\n"
                        + "                \"evolution.0001_initial\",\n"
                        + "                \"evolution.0002_product_stock\",\n"
                        + "                \"evolution.0003_rename_name_product_title\");\n",
                "                CreateModel.of(\"Product\")\n"
                        + "                        .field(\"id\", field(\"BigAutoField\"))\n"
                        + "                        .field(\"title\", field(\"CharField\", \"maxLength\", 50))\n"
                        + "                        .field(\"price\", field(\"DecimalField\", \"maxDigits\", 10, "
                        + "\"decimalPlaces\", 2))\n"
                        + "                        .field(\"stock\", field(\"IntegerField\", \"dbDefault\", \"0\")));\n");
    }

    @Test
    void conflictingLeavesStopMigrateAndMakemigrationsMergeJoinsThem() throws IOException {
        Run migrate = manage(ForkedSettings.class, "migrate");
        assertThat(migrate.status()).isEqualTo(1);
        assertThat(migrate.err()).isEqualTo("CommandError: Conflicting migrations detected; multiple leaf nodes in the "
                + "migration graph: (0002_a, 0002_b in forked). To fix them run 'manage makemigrations --merge'.\n");

        Files.createDirectories(project.resolve("src/main/java"));
        Run merge = manage(ForkedSettings.class, "makemigrations", "--merge", "--noinput", "--directory",
                project.toString());
        assertThat(merge.status()).as(merge.err()).isZero();
        Path file = project.resolve("src/main/java/dev/reinhardt/db/migrations/fixtures/forked/migrations/"
                + "M0003_merge_0002_a_0002_b.java");
        assertThat(merge.out()).endsWith("Created new merge migration " + file + "\n");
        assertThat(Files.readString(file)).contains("return List.of(\"forked.0002_a\", \"forked.0002_b\");");
    }
}
