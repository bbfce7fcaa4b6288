package dev.reinhardt.db.migrations.state;

import dev.reinhardt.apps.Apps;
import dev.reinhardt.conf.DatabaseSettings;
import dev.reinhardt.db.Connections;
import dev.reinhardt.db.backends.base.ColumnSpec;
import dev.reinhardt.db.backends.base.DatabaseWrapper;
import dev.reinhardt.db.backends.base.TableSpec;
import dev.reinhardt.db.migrations.Migration;
import dev.reinhardt.db.migrations.MigrationTestSupport;
import dev.reinhardt.db.migrations.MigrationWriter;
import dev.reinhardt.db.migrations.fixtures.geo.GeoConfig;
import dev.reinhardt.db.migrations.fixtures.store.StoreConfig;
import dev.reinhardt.db.migrations.fixtures.store.models.Order;
import dev.reinhardt.db.migrations.operations.CreateModel;
import dev.reinhardt.db.models.Model;
import dev.reinhardt.db.models.Options;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.reinhardt.db.migrations.state.FieldState.field;
import static dev.reinhardt.db.models.fields.OnDelete.CASCADE;
import static dev.reinhardt.db.models.fields.OnDelete.DO_NOTHING;
import static dev.reinhardt.db.models.fields.OnDelete.PROTECT;
import static dev.reinhardt.db.models.fields.OnDelete.RESTRICT;
import static dev.reinhardt.db.models.fields.OnDelete.SET;
import static dev.reinhardt.db.models.fields.OnDelete.SET_DEFAULT;
import static dev.reinhardt.db.models.fields.OnDelete.SET_NULL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The migration state of models with relations, read from the model classes as the ORM declares them. */
class RelationStateTest {

    private final Apps apps = MigrationTestSupport.apps(GeoConfig.class, StoreConfig.class);
    private final ProjectState state = ProjectState.fromApps(apps);

    @Test
    void foreignKeysRecordTargetDeletionModeAndTheOptionsTheModelSets() {
        assertThat(state.model("geo", "Region").field("parent")).isEqualTo(field("ForeignKey", "to", "geo.Region",
                "onDelete", SET_NULL, "nullable", true, "relatedName", "children"));
        assertThat(state.model("store", "Customer").field("region")).isEqualTo(field("ForeignKey",
                "to", "geo.Region", "onDelete", PROTECT, "nullable", true, "relatedName", "customers"));
        ModelState order = state.model("store", "Order");
        assertThat(order.fields().keySet()).containsExactly("id", "status", "customer", "referrer", "warehouse",
                "packedAt", "shipTo");
        assertThat(order.field("customer")).isEqualTo(field("ForeignKey", "to", "store.Customer",
                "onDelete", CASCADE, "relatedName", "orders"));
        assertThat(order.field("referrer")).isEqualTo(field("ForeignKey", "to", "store.Customer",
                "onDelete", SET_NULL, "nullable", true, "relatedName", "referrals", "toField", "email"));
        assertThat(order.field("warehouse")).isEqualTo(field("ForeignKey", "to", "store.Warehouse",
                "onDelete", SET_DEFAULT, "dbDefault", "1", "relatedName", "orders"));
        assertThat(order.field("packedAt")).isEqualTo(field("ForeignKey", "to", "store.Warehouse",
                "onDelete", SET, "nullable", true, "relatedName", "packedOrders",
                "setTo", Order.Unassigned.class.getName()));
        assertThat(state.model("store", "OrderItem").field("product")).isEqualTo(field("ForeignKey",
                "to", "store.Product", "onDelete", RESTRICT, "relatedName", "orderItems"));
        assertThat(order.field("shipTo")).isEqualTo(field("ForeignKey", "to", "geo.Region",
                "onDelete", DO_NOTHING, "nullable", true, "dbConstraint", false, "relatedName", "+"));
    }

    @Test
    void oneToOneAndManyToManyFieldsNameTheirTargetAndJoinModel() {
        assertThat(state.model("store", "Profile").field("customer")).isEqualTo(field("OneToOneField",
                "to", "store.Customer", "onDelete", CASCADE, "relatedName", "profile"));
        ModelState product = state.model("store", "Product");
        assertThat(product.fields().keySet()).containsExactly("id", "name", "price", "tags", "related");
        assertThat(product.field("tags")).isEqualTo(field("ManyToManyField", "to", "store.Tag",
                "relatedName", "products"));
        assertThat(product.field("related")).isEqualTo(field("ManyToManyField", "to", "store.Product",
                "relatedName", "relatedTo"));
        assertThat(state.model("store", "Bundle").field("products")).isEqualTo(field("ManyToManyField",
                "to", "store.Product", "relatedName", "bundles", "through", "store.BundleItem"));
    }

    @Test
    void multiTableChildHoldsItsParentLinkAsPrimaryKeyAndNamesTheParentAsBase() {
        ModelState warehouse = state.model("store", "Warehouse");
        assertThat(warehouse.fields()).containsExactly(
                Map.entry("location_ptr", field("OneToOneField", "to", "store.Location", "onDelete", CASCADE,
                        "primaryKey", true, "parentLink", true)),
                Map.entry("capacity", field("IntegerField")));
        assertThat(warehouse.bases()).containsExactly("store.Location");
        assertThat(warehouse.pkName()).isEqualTo("location_ptr");
        assertThat(warehouse.column("location_ptr")).isEqualTo("location_ptr_id");
    }

    @Test
    void proxyIsAModelWithoutFieldsStandingForItsBase() {
        ModelState vip = state.model("store", "VipCustomer");
        assertThat(vip.fields()).isEmpty();
        assertThat(vip.options()).isEqualTo(Map.of("ordering", List.of("-name"), "proxy", true));
        assertThat(vip.bases()).containsExactly("store.Customer");
        assertThat(state.concrete(vip)).isSameAs(state.model("store", "Customer"));
        assertThat(new HistoricalApps(state, null).getModel("store", "VipCustomer").dbTable())
                .isEqualTo("store_customer");
    }

    @Test
    void tablesFromTheStateAreTheTablesTheOrmDescribesOnEachVendor() {
        for (DatabaseSettings settings : List.of(DatabaseSettings.sqlite(Path.of("unused.sqlite3")),
                DatabaseSettings.postgresql("unused", "postgres", "", "127.0.0.1", 5432))) {
            try (Connections handler = Connections.create(Map.of("default", settings), false)) {
                DatabaseWrapper connection = handler.wrapper("default");
                List<TableSpec> fromState = new ArrayList<>();
                List<TableSpec> fromModels = new ArrayList<>();
                for (ModelState model : state.models()) {
                    if (!model.isProxy()) {
                        fromState.add(TableSpecs.table(state, model, connection));
                        fromState.addAll(TableSpecs.joinTables(state, model));
                    }
                }
                Apps.callWith(apps, () -> {
                    for (var app : apps.getAppConfigs()) {
                        for (Class<?> model : app.getModels()) {
                            Options<?> options = Options.of(model.asSubclass(Model.class));
                            if (!options.isProxy()) {
                                fromModels.add(options.tableSpec(connection));
                                fromModels.addAll(options.autoCreatedTableSpecs(connection));
                            }
                        }
                    }
                    return null;
                });
                assertThat(fromState).containsExactlyElementsOf(fromModels);
            }
        }
    }

    @Test
    void foreignKeyColumnsAreTypedLikeTheFieldTheyReferToAndReferenceItsTable() {
        ModelState order = state.model("store", "Order");
        ColumnSpec warehouse = TableSpecs.column(state, order, "warehouse");
        assertThat(warehouse.type().internalType()).isEqualTo("BigIntegerField");
        assertThat(warehouse.references()).isEqualTo(new ColumnSpec.Reference("store_warehouse", "location_ptr_id"));
        ColumnSpec referrer = TableSpecs.column(state, order, "referrer");
        assertThat(referrer.type().internalType()).isEqualTo("CharField");
        assertThat(referrer.typeParams()).isEqualTo(Map.of("maxLength", 254));
        assertThat(referrer.references()).isEqualTo(new ColumnSpec.Reference("store_customer", "email"));
        assertThat(TableSpecs.column(state, order, "shipTo").references()).isNull();
    }

    @Test
    void migrationWriterEmitsRelationsAsTheStateRecordsThem() {
        String source = MigrationWriter.source(Migration.of("store", "0001_initial", List.of(), List.of(
                CreateModel.of(state.model("store", "Warehouse")),
                CreateModel.of(state.model("store", "VipCustomer")),
                CreateModel.of(state.model("store", "Order"))), true, List.of()), "store.migrations");
        assertThat(source).contains("import dev.reinhardt.db.models.fields.OnDelete;",
                """
                                        .field("location_ptr", field("OneToOneField", "to", "store.Location",
                                                "onDelete", OnDelete.CASCADE, "primaryKey", true, "parentLink", true))
                                        .field("capacity", field("IntegerField"))
                                        .bases("store.Location"),
                                CreateModel.of("VipCustomer")
                                        .option("ordering", List.of("-name"))
                                        .option("proxy", true)
                                        .bases("store.Customer"),
                """,
                """
                                        .field("customer", field("ForeignKey", "to", "store.Customer", "onDelete", OnDelete.CASCADE,
                                                "relatedName", "orders"))
                                        .field("referrer", field("ForeignKey", "to", "store.Customer", "onDelete", OnDelete.SET_NULL,
                                                "nullable", true, "relatedName", "referrals", "toField", "email"))
                """);
        assertThat(source.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(120));
    }

    @Test
    void onDeleteWrittenAsTextMeansTheSameAsTheConstant() {
        assertThat(field("ForeignKey", "to", "geo.Region", "onDelete", "CASCADE"))
                .isEqualTo(field("ForeignKey", "to", "geo.Region", "onDelete", CASCADE));
        assertThatThrownBy(() -> field("ForeignKey", "onDelete", "CASCADES"))
                .hasMessage("onDelete \"CASCADES\" is not a deletion mode. Choices are: CASCADE, PROTECT, RESTRICT, "
                        + "SET_NULL, SET_DEFAULT, SET, DO_NOTHING.");
    }
}
