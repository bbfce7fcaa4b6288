package dev.reinhardt.db.migrations;

import dev.reinhardt.apps.Apps;
import dev.reinhardt.db.migrations.MigrationExecutor.Target;
import dev.reinhardt.db.Connections;
import dev.reinhardt.db.migrations.fixtures.evolution.EvolutionConfig;
import dev.reinhardt.db.migrations.fixtures.evolution.migrations.M0006_supplier_product_supplier;
import dev.reinhardt.db.migrations.fixtures.evolution.models.Product;
import dev.reinhardt.db.migrations.fixtures.evolution.models.Supplier;
import dev.reinhardt.db.migrations.operations.Operation;
import dev.reinhardt.db.migrations.state.HistoricalApps;
import dev.reinhardt.db.migrations.state.HistoricalModel;
import dev.reinhardt.db.migrations.state.ProjectState;
import dev.reinhardt.exceptions.IntegrityError;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.reinhardt.db.migrations.MigrationTestSupport.columns;
import static dev.reinhardt.db.migrations.MigrationTestSupport.tableExists;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A product table evolves through seven migrations (a field with a default,
 * a renamed field, a longer max length, an index, a foreign key to a new
 * model, a data migration), is rolled back step by step to zero and
 * migrated forward again, with its rows checked after every step. The
 * history ends where the model classes are: the foreign key is the
 * {@code Ref} field the autodetector reads, and the ORM uses it.
 */
class EvolutionTest extends OnEachVendor {

    private static final List<String> HISTORY = List.of("0001_initial", "0002_product_stock",
            "0003_rename_name_product_title", "0004_alter_product_title", "0005_product_title_idx",
            "0006_supplier_product_supplier", "0007_product_sku");

    private final Apps apps = MigrationTestSupport.apps(EvolutionConfig.class);

    @Test
    void schemaEvolvesForwardsAndBackwardsKeepingTheRows() {
        migrateTo("0001_initial");
        assertThat(columns(connection, "evolution_product")).containsExactly("id", "name", "price");
        product().objects().create(Map.of("name", "Widget", "price", new BigDecimal("9.99")));
        product().objects().create(Map.of("name", "Gadget", "price", new BigDecimal("20.00")));

        migrateTo("0002_product_stock");
        assertThat(values("name", "price", "stock")).containsExactly(
                List.of("Widget", new BigDecimal("9.99"), 0), List.of("Gadget", new BigDecimal("20.00"), 0));

        migrateTo("0003_rename_name_product_title");
        assertThat(columns(connection, "evolution_product")).contains("title").doesNotContain("name");
        assertThat(values("title", "stock")).containsExactly(List.of("Widget", 0), List.of("Gadget", 0));

        migrateTo("0004_alter_product_title");
        String longTitle = "L".repeat(150);
        product().objects().create(Map.of("title", longTitle, "price", new BigDecimal("1.50")));
        assertThat(values("title")).containsExactly(List.of("Widget"), List.of("Gadget"), List.of(longTitle));

        migrateTo("0005_product_title_idx");
        assertThat(connection.introspection().constraints("evolution_product")).containsKey("product_title_idx");

        assertThat(changesFromModels()).as("the model's Ref field is what 0006 adds")
                .containsAll(new M0006_supplier_product_supplier().operations());
        migrateTo("0006_supplier_product_supplier");
        assertThat(columns(connection, "evolution_product")).contains("supplier_id");
        assertThat(connection.introspection().foreignKeys("evolution_product"))
                .extracting(key -> key.column() + " -> " + key.toTable() + "." + key.toColumn())
                .containsExactly("supplier_id -> evolution_supplier.id");
        Object acme = historical().getModel("evolution", "Supplier").objects().create(Map.of("name", "Acme"))
                .get("id");
        product().objects().filter("title", "Widget").update(Map.of("supplier", acme));
        assertThat(values("title", "supplier")).containsExactly(List.of("Widget", acme), nullRow("Gadget"),
                nullRow(longTitle));

        migrateTo("0007_product_sku");
        List<Map<String, Object>> rows = product().objects().orderBy("id").list();
        assertThat(rows).allSatisfy(row -> assertThat(row.get("sku")).isEqualTo("SKU-" + row.get("id")));
        assertThat(values("title", "stock", "price")).containsExactly(List.of("Widget", 0, new BigDecimal("9.99")),
                List.of("Gadget", 0, new BigDecimal("20.00")), List.of(longTitle, 0, new BigDecimal("1.50")));
        assertApplied(7);
        assertThat(changesFromModels()).as("the models match the history").isEmpty();
        relateThroughTheModelClasses(acme);

        migrateTo("0006_supplier_product_supplier");
        assertThat(columns(connection, "evolution_product")).doesNotContain("sku");
        assertThat(values("title", "supplier")).containsExactly(List.of("Widget", acme), nullRow("Gadget"),
                nullRow(longTitle));
        assertApplied(6);

        migrateTo("0005_product_title_idx");
        assertThat(tableExists(connection, "evolution_supplier")).isFalse();
        assertThat(columns(connection, "evolution_product")).doesNotContain("supplier_id");
        assertThat(values("title")).containsExactly(List.of("Widget"), List.of("Gadget"), List.of(longTitle));

        migrateTo("0004_alter_product_title");
        assertThat(connection.introspection().constraints("evolution_product")).doesNotContainKey("product_title_idx");

        // A 150-character title cannot go back into 50 characters: that row is the user's to remove first.
        product().objects().filter("title", longTitle).delete();
        migrateTo("0003_rename_name_product_title");
        assertThat(values("title", "stock")).containsExactly(List.of("Widget", 0), List.of("Gadget", 0));

        migrateTo("0002_product_stock");
        assertThat(columns(connection, "evolution_product")).containsExactly("id", "name", "price", "stock");
        assertThat(values("name", "price")).containsExactly(List.of("Widget", new BigDecimal("9.99")),
                List.of("Gadget", new BigDecimal("20.00")));

        migrateTo("0001_initial");
        assertThat(columns(connection, "evolution_product")).containsExactly("id", "name", "price");
        assertThat(values("name")).containsExactly(List.of("Widget"), List.of("Gadget"));
        assertApplied(1);

        migrateTo(null);
        assertThat(tableExists(connection, "evolution_product")).isFalse();
        assertApplied(0);

        migrateTo("0007_product_sku");
        assertApplied(7);
        assertThat(columns(connection, "evolution_product"))
                .containsExactly("id", "title", "price", "stock", "supplier_id", "sku");
        product().objects().create(Map.of("title", "Again", "price", new BigDecimal("3.00"), "sku", "A-1"));
        assertThat(values("title", "stock", "sku")).containsExactly(List.of("Again", 0, "A-1"));
    }

    /**
     * Use the migrated foreign key through the model classes: follow the
     * {@code Ref} and its reverse manager, move a product to a new supplier,
     * and see the database refuse a key to a supplier that does not exist.
     */
    private void relateThroughTheModelClasses(Object acme) {
        Connections previous = Connections.install(db.handler());
        try {
            Apps.callWith(apps, () -> {
                Product widget = Product.objects.get("title", "Widget");
                assertThat(widget.supplier.get().name).isEqualTo("Acme");
                Supplier globex = new Supplier();
                globex.name = "Globex";
                globex.save();
                widget.supplier.set(globex);
                widget.save();
                assertThat(Product.objects.get("title", "Widget").supplier.id()).isEqualTo(globex.id);
                assertThat(Supplier.objects.get("id", acme).products.all().count()).isZero();
                widget.supplier.setId(globex.id + 1000);
                assertThatThrownBy(widget::save).isInstanceOf(IntegrityError.class);
                widget.supplier.setId(acme);
                widget.save();
                globex.delete();
                return null;
            });
        } finally {
            Connections.install(previous);
        }
    }

    /** Return the operations that would bring the applied history to the model classes. */
    private List<Operation> changesFromModels() {
        MigrationLoader loader = new MigrationLoader(apps, connection);
        ProjectState applied = loader.projectState(loader.applied().stream().toList());
        return new Autodetector(applied, ProjectState.fromApps(apps),
                MigrationQuestioner.nonInteractive(new PrintWriter(new StringWriter())))
                .operations(List.of("evolution")).getOrDefault("evolution", List.of());
    }

    private static List<Object> nullRow(String title) {
        List<Object> row = new ArrayList<>();
        row.add(title);
        row.add(null);
        return row;
    }

    private void migrateTo(String name) {
        MigrationExecutor executor = new MigrationExecutor(connection, apps);
        Target target = name == null ? Target.zero("evolution") : new Target("evolution", name);
        executor.migrate(executor.plan(List.of(target)), false, false);
    }

    private HistoricalApps historical() {
        MigrationLoader loader = new MigrationLoader(apps, connection);
        return new HistoricalApps(loader.projectState(loader.applied()), connection);
    }

    private HistoricalModel product() {
        return historical().getModel("evolution", "Product");
    }

    private List<List<Object>> values(String... fields) {
        List<List<Object>> values = new ArrayList<>();
        for (Map<String, Object> row : product().objects().orderBy("id").list()) {
            List<Object> picked = new ArrayList<>();
            for (String field : fields) {
                Object value = row.get(field);
                picked.add(value instanceof Long number && !field.equals("supplier") ? (Object) number.intValue() : value);
            }
            values.add(picked);
        }
        return values;
    }

    private void assertApplied(int count) {
        List<String> applied = new MigrationRecorder(connection).applied().stream()
                .filter(key -> key.app().equals("evolution")).map(MigrationKey::name).toList();
        assertThat(applied).containsExactlyElementsOf(HISTORY.subList(0, count));
    }
}
