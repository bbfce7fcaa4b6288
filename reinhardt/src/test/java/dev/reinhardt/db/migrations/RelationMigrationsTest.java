package dev.reinhardt.db.migrations;

import dev.reinhardt.apps.AppConfig;
import dev.reinhardt.apps.Apps;
import dev.reinhardt.conf.Settings;
import dev.reinhardt.core.management.ManagementUtility;
import dev.reinhardt.db.Connections;
import dev.reinhardt.db.backends.base.SchemaEditor;
import dev.reinhardt.db.backends.base.Sql;
import dev.reinhardt.db.migrations.fixtures.geo.GeoConfig;
import dev.reinhardt.db.migrations.fixtures.store.StoreConfig;
import dev.reinhardt.db.models.Model;
import dev.reinhardt.db.models.Options;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

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

    record Run(int status, String out, String err) {
    }

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

            Path classes = compile(geo, store);
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
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--settings");
        all.add(StoreSettings.class.getName());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = new ManagementUtility(new PrintWriter(out), new PrintWriter(err)).execute(all.toArray(String[]::new));
        return new Run(status, out.toString(), err.toString());
    }

    private Path compile(Path... files) throws Exception {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        Path classes = Files.createDirectories(project.resolve("classes"));
        List<String> arguments = new ArrayList<>(List.of("-d", classes.toString(), "-classpath",
                System.getProperty("java.class.path")));
        for (Path file : files) {
            arguments.add(file.toString());
        }
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int status = compiler.run(null, null, errors, arguments.toArray(String[]::new));
        assertThat(status).as(errors.toString()).isZero();
        return classes;
    }

    /** Run {@code work} with the compiled migrations in {@code classes} visible to the migration loader. */
    private <T> T withClasses(Path classes, Callable<T> work) throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader original = thread.getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(new URL[]{classes.toUri().toURL()}, original)) {
            thread.setContextClassLoader(loader);
            return work.call();
        } finally {
            thread.setContextClassLoader(original);
        }
    }
}
