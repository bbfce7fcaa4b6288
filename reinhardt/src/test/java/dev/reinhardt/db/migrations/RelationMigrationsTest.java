package dev.reinhardt.db.migrations;

import dev.reinhardt.apps.AppConfig;
import dev.reinhardt.apps.Apps;
import dev.reinhardt.conf.Settings;
import dev.reinhardt.db.Connections;
import dev.reinhardt.db.backends.base.SchemaEditor;
import dev.reinhardt.db.backends.base.Sql;
import dev.reinhardt.db.migrations.MigrationTestSupport.Run;
import dev.reinhardt.db.migrations.fixtures.geo.GeoConfig;
import dev.reinhardt.db.migrations.fixtures.store.StoreConfig;
import dev.reinhardt.db.models.Model;
import dev.reinhardt.db.models.Options;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static dev.reinhardt.db.migrations.MigrationTestSupport.compile;
import static dev.reinhardt.db.migrations.MigrationTestSupport.withClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole path for models with relations: {@code makemigrations} writes
 * initial migrations that compile, {@code migrate} builds exactly the tables
 * the models describe (columns, foreign keys, indexes, unique constraints),
 * and the models then have no changes left.
 */
class RelationMigrationsTest extends OnEachVendor {

    public static class StoreSettings extends Settings {
        public StoreSettings() {
            installedApps = List.of(GeoConfig.class, StoreConfig.class);
            debug = true;
            timeZone = "UTC";
        }
    }

    private static final String GEO = "dev/reinhardt/db/migrations/fixtures/geo";
    private static final String STORE = "dev/reinhardt/db/migrations/fixtures/store";

    @TempDir
    Path project;

    @Test
    void initialMigrationsBuildTheTablesTheModelsDescribeAndLeaveNoChanges() throws Exception {
        Path sources = project.resolve("src/main/java");
        Files.createDirectories(sources.resolve(GEO));
        Files.createDirectories(sources.resolve(STORE));
        Connections previous = Connections.install(db.handler());
        try {
            Run make = manage("makemigrations", "--noinput", "--directory", project.toString());
            assertThat(make.status()).as(make.err()).isZero();
            Path geo = sources.resolve(GEO + "/migrations/M0001_initial.java");
            Path store = sources.resolve(STORE + "/migrations/M0001_initial.java");
            assertThat(make.out()).isEqualTo("Migrations for 'geo':\n  " + geo + "\n    - Create model Region\n"
                    + "Migrations for 'store':\n  " + store + "\n"
                    + "    - Create model Customer\n"
                    + "    - Create model Location\n"
                    + "    - Create model Profile\n"
                    + "    - Create model Tag\n"
                    + "    - Create model Product\n"
                    + "    - Create model Bundle\n"
                    + "    - Create model BundleItem\n"
                    + "    - Create model VipCustomer\n"
                    + "    - Create model Warehouse\n"
                    + "    - Create model Order\n"
                    + "    - Create model OrderItem\n");
            assertThat(Files.readString(store)).contains("return List.of(\"geo.0001_initial\");");

            Path classes = compile(project.resolve("classes"), geo, store);
            SchemaSnapshot migrated = withClasses(classes, () -> {
                Run migrate = manage("migrate", "--noinput");
                assertThat(migrate.status()).as(migrate.err()).isZero();
                assertThat(migrate.out()).contains("  Applying geo.0001_initial... OK\n"
                        + "  Applying store.0001_initial... OK\n");
                Run check = manage("makemigrations", "--check", "--directory", project.toString());
                assertThat(check.status()).as(check.out() + check.err()).isZero();
                assertThat(check.out()).isEqualTo("No changes detected\n");
                return SchemaSnapshot.of(connection, "geo_", "store_");
            });

            assertThat(migrated.foreignKeys("store_order")).containsExactly(
                    "customer_id -> store_customer.id",
                    "packed_at_id -> store_warehouse.location_ptr_id",
                    "referrer_id -> store_customer.email",
                    "warehouse_id -> store_warehouse.location_ptr_id");
            assertThat(migrated.foreignKeys("store_warehouse")).containsExactly(
                    "location_ptr_id -> store_location.id");
            assertThat(migrated.foreignKeys("store_product_related")).containsExactly(
                    "from_product_id -> store_product.id", "to_product_id -> store_product.id");
            assertThat(migrated.foreignKeys("geo_region")).containsExactly("parent_id -> geo_region.id");
            assertThat(migrated.tables()).doesNotContainKey("store_vipcustomer").doesNotContainKey("store_bundle_products");

            assertThat(migrated).isEqualTo(tablesFromModels());
        } finally {
            Connections.install(previous);
        }
    }

    /** Drop the migrated tables and create them straight from the models, then snapshot those. */
    private SchemaSnapshot tablesFromModels() {
        String cascade = vendor.equals("postgresql") ? " CASCADE" : "";
        for (String table : SchemaSnapshot.of(connection, "geo_", "store_").tables().keySet()) {
            connection.executeUpdate(Sql.of("DROP TABLE IF EXISTS " + connection.ops().quoteName(table) + cascade));
        }
        Apps apps = MigrationTestSupport.apps(GeoConfig.class, StoreConfig.class);
        Apps.callWith(apps, () -> {
            List<Options<?>> models = new ArrayList<>();
            for (AppConfig app : apps.getAppConfigs()) {
                for (Class<?> model : app.getModels()) {
                    models.add(Options.of(model.asSubclass(Model.class)));
                }
            }
            try (SchemaEditor editor = connection.schemaEditor()) {
                models.stream().filter(options -> !options.isProxy())
                        .forEach(options -> editor.createTable(options.tableSpec(connection)));
                models.forEach(options -> options.autoCreatedTableSpecs(connection).forEach(editor::createTable));
            }
            return null;
        });
        return SchemaSnapshot.of(connection, "geo_", "store_");
    }

    private Run manage(String... args) {
        return MigrationTestSupport.manage(StoreSettings.class, args);
    }
}
