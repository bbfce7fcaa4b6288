package dev.reinhardt.db.migrations;

import dev.reinhardt.apps.Apps;
import dev.reinhardt.db.migrations.MigrationTestSupport.TestDb;
import dev.reinhardt.db.migrations.fixtures.alpha.AlphaConfig;
import dev.reinhardt.db.migrations.fixtures.beta.BetaConfig;
import dev.reinhardt.db.migrations.fixtures.evolution.EvolutionConfig;
import dev.reinhardt.db.migrations.operations.Operation;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MigrationLoaderTest {

    private final Apps apps = MigrationTestSupport.apps(AlphaConfig.class, BetaConfig.class, EvolutionConfig.class);

    private static Migration migration(String app, String name, String... dependencies) {
        return Migration.of(app, name, List.of(dependencies), List.<Operation>of(), false, List.of());
    }

    @Test
    void findsTheMigrationClassesOfEachApp() {
        MigrationLoader loader = new MigrationLoader(apps, null);
        assertThat(loader.migratedApps()).containsExactly("evolution");
        assertThat(loader.unmigratedApps()).containsExactly("alpha", "beta");
        assertThat(loader.graph().forwardsPlan(new MigrationKey("evolution", "0007_product_sku")))
                .extracting(MigrationKey::name).containsExactly("0001_initial", "0002_product_stock",
                        "0003_rename_name_product_title", "0004_alter_product_title", "0005_product_title_idx",
                        "0006_supplier_product_supplier", "0007_product_sku");
        assertThat(loader.getByPrefix("evolution", "0003").name()).isEqualTo("0003_rename_name_product_title");
    }

    @Test
    void prefixMatchingSeveralMigrationsAsksForMore() {
        MigrationLoader loader = new MigrationLoader(apps, null);
        assertThatThrownBy(() -> loader.getByPrefix("evolution", "000")).isInstanceOf(MigrationError.class)
                .hasMessageStartingWith("More than one migration matches '000' in app 'evolution': 0001_initial, ");
        assertThatThrownBy(() -> loader.getByPrefix("evolution", "0009")).hasMessageStartingWith(
                "Cannot find a migration matching '0009' from app 'evolution'. Its migrations are: 0001_initial, ");
    }

    @Test
    void twoLeavesInOneAppAreAConflictToMerge() {
        MigrationLoader loader = new MigrationLoader(apps, null, List.of(migration("alpha", "0001_initial"),
                migration("alpha", "0002_a", "alpha.0001_initial"), migration("alpha", "0002_b", "alpha.0001_initial")));
        assertThat(loader.detectConflicts()).containsOnlyKeys("alpha");
        assertThatThrownBy(loader::checkNoConflicts).isInstanceOf(MigrationError.class)
                .hasMessage("Conflicting migrations detected; multiple leaf nodes in the migration graph: (0002_a, "
                        + "0002_b in alpha). To fix them run 'manage makemigrations --merge'.");
    }

    @Test
    void missingDependencyNamesTheMigrationAndTheFix() {
        assertThatThrownBy(() -> new MigrationLoader(apps, null, List.of(migration("alpha", "0001_initial"),
                migration("alpha", "0002_next", "alpha.0001_inital"))))
                .isInstanceOf(MigrationError.class)
                .hasMessage("Migration alpha.0002_next depends on alpha.0001_inital, which does not exist. Did you mean "
                        + "'0001_initial'? Check the name in its dependencies(), or create the missing migration with "
                        + "'manage makemigrations alpha'.");
    }

    @Test
    void dependencyOnAnAppThatIsNotInstalledSaysSo() {
        assertThatThrownBy(() -> new MigrationLoader(apps, null, List.of(
                migration("alpha", "0001_initial", "gamma.0001_initial"))))
                .hasMessage("Migration alpha.0001_initial depends on app 'gamma', which is not installed. Add it to "
                        + "installedApps, or remove the dependency.");
    }

    @Test
    void circularDependencyIsRefused() {
        assertThatThrownBy(() -> new MigrationLoader(apps, null, List.of(
                migration("alpha", "0001_initial", "beta.0001_initial"),
                migration("beta", "0001_initial", "alpha.0001_initial"))))
                .isInstanceOf(MigrationError.class).hasMessageStartingWith("Circular dependency between migrations: ");
    }

    @Test
    void firstOfAnAppResolvesAndAnUnmigratedAppIsNoDependency() {
        MigrationLoader loader = new MigrationLoader(apps, null, List.of(
                migration("alpha", "0001_initial", "evolution.__first__", "beta.__first__")));
        assertThat(loader.graph().parents(new MigrationKey("alpha", "0001_initial")))
                .containsExactly(new MigrationKey("evolution", "0001_initial"));
    }

    @Test
    void squashedMigrationStandsInForTheOnesItReplacesUnlessHalfApplied() {
        List<Migration> migrations = List.of(migration("alpha", "0001_initial"),
                migration("alpha", "0002_more", "alpha.0001_initial"),
                Migration.of("alpha", "0001_squashed_0002_more", List.of(), List.of(), true,
                        List.of("alpha.0001_initial", "alpha.0002_more")),
                migration("beta", "0001_initial", "alpha.0002_more"));
        try (TestDb db = MigrationTestSupport.open("sqlite")) {
            MigrationLoader fresh = new MigrationLoader(apps, db.connection(), migrations);
            assertThat(fresh.graph().nodes()).filteredOn(key -> key.app().equals("alpha"))
                    .containsExactly(new MigrationKey("alpha", "0001_squashed_0002_more"));
            assertThat(fresh.graph().parents(new MigrationKey("beta", "0001_initial")))
                    .containsExactly(new MigrationKey("alpha", "0001_squashed_0002_more"));

            new MigrationRecorder(db.connection()).recordApplied(new MigrationKey("alpha", "0001_initial"));
            MigrationLoader half = fresh.reload();
            assertThat(half.graph().nodes()).filteredOn(key -> key.app().equals("alpha"))
                    .containsExactly(new MigrationKey("alpha", "0001_initial"), new MigrationKey("alpha", "0002_more"));
            assertThat(half.graph().parents(new MigrationKey("beta", "0001_initial")))
                    .containsExactly(new MigrationKey("alpha", "0002_more"));

            new MigrationRecorder(db.connection()).recordApplied(new MigrationKey("alpha", "0002_more"));
            assertThat(fresh.reload().applied()).contains(new MigrationKey("alpha", "0001_squashed_0002_more"));
        }
    }

    @Test
    void appliedMigrationWithAnUnappliedDependencyIsAnInconsistentHistory() {
        try (TestDb db = MigrationTestSupport.open("sqlite")) {
            new MigrationRecorder(db.connection()).recordApplied(new MigrationKey("evolution", "0002_product_stock"));
            MigrationLoader loader = new MigrationLoader(apps, db.connection());
            assertThatThrownBy(loader::checkConsistentHistory).isInstanceOf(MigrationError.class)
                    .hasMessage("Migration evolution.0002_product_stock is applied before its dependency "
                            + "evolution.0001_initial on database 'default'. Unapply it, or apply the dependency with "
                            + "'manage migrate --fake evolution 0001_initial' if its changes are already in the "
                            + "database.");
        }
    }
}
