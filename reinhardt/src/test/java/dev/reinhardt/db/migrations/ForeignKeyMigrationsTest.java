package dev.reinhardt.db.migrations;

import dev.reinhardt.apps.Apps;
import dev.reinhardt.db.backends.base.ColumnSpec;
import dev.reinhardt.db.backends.base.Introspection;
import dev.reinhardt.db.backends.base.SchemaEditor;
import dev.reinhardt.db.migrations.MigrationExecutor.Target;
import dev.reinhardt.db.migrations.fixtures.alpha.AlphaConfig;
import dev.reinhardt.db.migrations.operations.AddField;
import dev.reinhardt.db.migrations.operations.AlterField;
import dev.reinhardt.db.migrations.operations.CreateModel;
import dev.reinhardt.db.migrations.operations.DeleteModel;
import dev.reinhardt.db.migrations.operations.Operation;
import dev.reinhardt.db.migrations.operations.RemoveField;
import dev.reinhardt.db.migrations.operations.RenameField;
import dev.reinhardt.db.migrations.operations.RenameModel;
import dev.reinhardt.db.migrations.state.ProjectState;
import dev.reinhardt.exceptions.IntegrityError;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.reinhardt.db.migrations.MigrationTestSupport.columns;
import static dev.reinhardt.db.migrations.MigrationTestSupport.rows;
import static dev.reinhardt.db.migrations.MigrationTestSupport.tableExists;
import static dev.reinhardt.db.migrations.state.FieldState.field;
import static dev.reinhardt.db.models.fields.OnDelete.CASCADE;
import static dev.reinhardt.db.models.fields.OnDelete.SET_NULL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Relation fields in migrations make real foreign-key constraints: created
 * with the tables (inline on SQLite, deferred to the end of the migration on
 * PostgreSQL), changed and dropped with their fields, and kept with the rows
 * when SQLite rebuilds a table that other tables refer to.
 */
class ForeignKeyMigrationsTest extends OnEachVendor {

    private static final CreateModel CUSTOMER = CreateModel.of("Customer")
            .field("id", field("BigAutoField"))
            .field("code", field("CharField", "maxLength", 10, "unique", true))
            .field("name", field("CharField", "maxLength", 20));
    private static final CreateModel ORDER = CreateModel.of("Order")
            .field("id", field("BigAutoField"))
            .field("customer", field("ForeignKey", "to", "alpha.Customer", "onDelete", CASCADE,
                    "relatedName", "orders"))
            .field("status", field("CharField", "maxLength", 10, "nullable", true));
    private static final CreateModel SUPPLIER = CreateModel.of("Supplier")
            .field("id", field("BigAutoField"))
            .field("name", field("CharField", "maxLength", 20));

    private final Apps apps = MigrationTestSupport.apps(AlphaConfig.class);

    private static Migration migration(String name, String dependency, Operation... operations) {
        return Migration.of("alpha", name, dependency == null ? List.of() : List.of("alpha." + dependency),
                List.of(operations), dependency == null, List.of());
    }

    private void migrate(String target, Migration... migrations) {
        MigrationExecutor executor = new MigrationExecutor(connection,
                new MigrationLoader(apps, connection, List.of(migrations)));
        Target to = target == null ? Target.zero("alpha") : new Target("alpha", target);
        executor.migrate(executor.plan(List.of(to)), false, false);
    }

    private List<String> foreignKeys(String table) {
        return connection.introspection().foreignKeys(table).stream()
                .map(key -> key.column() + " -> " + key.toTable() + "." + key.toColumn()).toList();
    }

    private String columnType(String table, String column) {
        return connection.introspection().columns(table).stream().filter(info -> info.name().equals(column))
                .map(Introspection.ColumnInfo::typeName).findFirst().orElseThrow();
    }

    private long insert(String sql, Object... params) {
        connection.execute(sql, params);
        return ((Number) rows(connection, "SELECT MAX(id) FROM " + sql.split(" ")[2]).getFirst().getFirst())
                .longValue();
    }

    @Test
    void createModelMakesAConstraintAndTypesTheKeyLikeTheKeyItRefersTo() {
        migrate("0001_initial", migration("0001_initial", null, CUSTOMER, ORDER));

        assertThat(foreignKeys("alpha_order")).containsExactly("customer_id -> alpha_customer.id");
        assertThat(columnType("alpha_order", "customer_id"))
                .isEqualTo(vendor.equals("postgresql") ? "int8" : "BIGINT");
        long ada = insert("INSERT INTO alpha_customer (code, name) VALUES (?, ?)", "C1", "Ada");
        insert("INSERT INTO alpha_order (customer_id) VALUES (?)", ada);
        assertThatThrownBy(() -> connection.execute("INSERT INTO alpha_order (customer_id) VALUES (?)", ada + 100))
                .isInstanceOf(IntegrityError.class);
        assertThat(rows(connection, "SELECT COUNT(*) FROM alpha_order").getFirst().getFirst())
                .isIn(1, 1L);
    }

    @Test
    void addingAlteringAndRemovingAForeignKeyChangesItsConstraintBothWays() {
        Migration initial = migration("0001_initial", null, CUSTOMER, SUPPLIER,
                CreateModel.of("Order").field("id", field("BigAutoField")));
        Migration add = migration("0002_order_buyer", "0001_initial", AddField.of("Order", "buyer",
                field("ForeignKey", "to", "alpha.Customer", "onDelete", SET_NULL, "nullable", true)));
        Migration retarget = migration("0003_alter_order_buyer", "0002_order_buyer", AlterField.of("Order", "buyer",
                field("ForeignKey", "to", "alpha.Customer", "toField", "code", "onDelete", SET_NULL,
                        "nullable", true)));
        Migration remove = migration("0004_remove_order_buyer", "0003_alter_order_buyer",
                RemoveField.of("Order", "buyer"));
        Migration[] all = {initial, add, retarget, remove};

        migrate("0001_initial", all);
        insert("INSERT INTO alpha_order (id) VALUES (?)", 7);
        migrate("0002_order_buyer", all);
        assertThat(foreignKeys("alpha_order")).containsExactly("buyer_id -> alpha_customer.id");
        migrate("0003_alter_order_buyer", all);
        assertThat(foreignKeys("alpha_order")).containsExactly("buyer_id -> alpha_customer.code");
        assertThat(columnType("alpha_order", "buyer_id")).isIn("varchar", "VARCHAR");
        insert("INSERT INTO alpha_customer (code, name) VALUES (?, ?)", "C7", "Grace");
        connection.execute("UPDATE alpha_order SET buyer_id = ?", "C7");
        assertThatThrownBy(() -> connection.execute("UPDATE alpha_order SET buyer_id = ?", "NOPE"))
                .isInstanceOf(IntegrityError.class);
        migrate("0004_remove_order_buyer", all);
        assertThat(foreignKeys("alpha_order")).isEmpty();
        assertThat(columns(connection, "alpha_order")).containsExactly("id");

        migrate("0003_alter_order_buyer", all);
        assertThat(foreignKeys("alpha_order")).containsExactly("buyer_id -> alpha_customer.code");
        connection.execute("UPDATE alpha_order SET buyer_id = NULL");
        migrate("0002_order_buyer", all);
        assertThat(foreignKeys("alpha_order")).containsExactly("buyer_id -> alpha_customer.id");
        migrate("0001_initial", all);
        assertThat(foreignKeys("alpha_order")).isEmpty();
        assertThat(rows(connection, "SELECT id FROM alpha_order").getFirst().getFirst()).isIn(7, 7L);
    }

    @Test
    void aModelOthersReferToCanBeDeletedBeforeThemWithTheirRows() {
        Migration initial = migration("0001_initial", null, CUSTOMER, ORDER);
        Migration delete = migration("0002_delete_customer_order", "0001_initial",
                DeleteModel.of("Customer"), DeleteModel.of("Order"));
        migrate("0001_initial", initial, delete);
        long ada = insert("INSERT INTO alpha_customer (code, name) VALUES (?, ?)", "C1", "Ada");
        insert("INSERT INTO alpha_order (customer_id) VALUES (?)", ada);

        migrate("0002_delete_customer_order", initial, delete);
        assertThat(tableExists(connection, "alpha_customer")).isFalse();
        assertThat(tableExists(connection, "alpha_order")).isFalse();
    }

    @Test
    void alteringATableOthersReferToKeepsItsRowsAndTheReferences() {
        Migration initial = migration("0001_initial", null, CUSTOMER, ORDER, CreateModel.of("Category")
                .field("id", field("BigAutoField"))
                .field("name", field("CharField", "maxLength", 20))
                .field("parent", field("ForeignKey", "to", "alpha.Category", "onDelete", CASCADE, "nullable", true)));
        Migration widen = migration("0002_alter_customer_name", "0001_initial",
                AlterField.of("Customer", "name", field("CharField", "maxLength", 40)),
                AlterField.of("Order", "status", field("CharField", "maxLength", 10, "dbDefault", "new"))
                        .withOneOffDefault("new"),
                AlterField.of("Category", "name", field("CharField", "maxLength", 40)));
        migrate("0001_initial", initial, widen);
        long ada = insert("INSERT INTO alpha_customer (code, name) VALUES (?, ?)", "C1", "Ada");
        long bob = insert("INSERT INTO alpha_customer (code, name) VALUES (?, ?)", "C2", "Bob");
        insert("INSERT INTO alpha_order (customer_id, status) VALUES (?, ?)", ada, "paid");
        insert("INSERT INTO alpha_order (customer_id) VALUES (?)", bob);
        long root = insert("INSERT INTO alpha_category (name) VALUES (?)", "Root");
        insert("INSERT INTO alpha_category (name, parent_id) VALUES (?, ?)", "Leaf", root);

        migrate("0002_alter_customer_name", initial, widen);
        assertThat(rows(connection, "SELECT c.name, o.status FROM alpha_order o JOIN alpha_customer c "
                + "ON c.id = o.customer_id ORDER BY o.id")).containsExactly(List.of("Ada", "paid"), List.of("Bob", "new"));
        assertThat(rows(connection, "SELECT c.name, p.name FROM alpha_category c JOIN alpha_category p "
                + "ON p.id = c.parent_id")).containsExactly(List.of("Leaf", "Root"));
        assertThat(foreignKeys("alpha_order")).containsExactly("customer_id -> alpha_customer.id");
        assertThat(foreignKeys("alpha_category")).containsExactly("parent_id -> alpha_category.id");
        assertStillEnforced(ada);
        if (vendor.equals("sqlite")) {
            assertThat(rows(connection, "PRAGMA foreign_key_check")).isEmpty();
        }

        migrate("0001_initial", initial, widen);
        assertThat(rows(connection, "SELECT c.name FROM alpha_order o JOIN alpha_customer c ON c.id = o.customer_id "
                + "ORDER BY o.id")).containsExactly(List.of("Ada"), List.of("Bob"));
        assertStillEnforced(ada);
    }

    private void assertStillEnforced(long customer) {
        assertThatThrownBy(() -> connection.execute("INSERT INTO alpha_order (customer_id) VALUES (?)", customer + 100))
                .isInstanceOf(IntegrityError.class);
        assertThatThrownBy(() -> connection.execute("DELETE FROM alpha_customer WHERE id = ?", customer))
                .isInstanceOf(IntegrityError.class);
    }

    @Test
    void changingTheTypeOfAReferencedKeyRetypesTheKeysReferringToItBothWays() {
        Migration initial = migration("0001_initial", null,
                CreateModel.of("Customer")
                        .field("id", field("AutoField"))
                        .field("code", field("CharField", "maxLength", 10, "unique", true))
                        .field("referrer", field("ForeignKey", "to", "alpha.Customer", "onDelete", SET_NULL,
                                "nullable", true)),
                CreateModel.of("Order")
                        .field("id", field("BigAutoField"))
                        .field("customer", field("ForeignKey", "to", "alpha.Customer", "onDelete", CASCADE))
                        .field("buyer", field("ForeignKey", "to", "alpha.Customer", "toField", "code",
                                "onDelete", SET_NULL, "nullable", true)),
                CreateModel.of("Club")
                        .field("id", field("BigAutoField"))
                        .field("members", field("ManyToManyField", "to", "alpha.Customer")));
        Migration widen = migration("0002_widen_customer_keys", "0001_initial",
                AlterField.of("Customer", "id", field("BigAutoField")),
                AlterField.of("Customer", "code", field("CharField", "maxLength", 20, "unique", true)));
        migrate("0001_initial", initial, widen);
        long ada = insert("INSERT INTO alpha_customer (code) VALUES (?)", "C1");
        long bob = insert("INSERT INTO alpha_customer (code, referrer_id) VALUES (?, ?)", "C2", ada);
        insert("INSERT INTO alpha_order (customer_id, buyer_id) VALUES (?, ?)", bob, "C1");
        long club = insert("INSERT INTO alpha_club (id) VALUES (?)", 5);
        connection.execute("INSERT INTO alpha_club_members (club_id, customer_id) VALUES (?, ?), (?, ?)",
                club, ada, club, bob);

        migrate("0002_widen_customer_keys", initial, widen);
        // SQLite reports a rowid key as INTEGER whatever its declaration.
        assertThat(declaredType("alpha_customer", "id")).isEqualToIgnoringCase(vendor.equals("postgresql") ? "bigint"
                : "integer");
        assertReferringTypes("bigint", 20);
        assertReferencesKept();
        String longCode = "C-0000000000003";
        long carol = insert("INSERT INTO alpha_customer (code) VALUES (?)", longCode);
        insert("INSERT INTO alpha_order (customer_id, buyer_id) VALUES (?, ?)", carol, longCode);
        assertThat(carol).isGreaterThan(bob);

        connection.execute("DELETE FROM alpha_order WHERE buyer_id = ?", longCode);
        connection.execute("DELETE FROM alpha_customer WHERE code = ?", longCode);
        migrate("0001_initial", initial, widen);
        assertThat(declaredType("alpha_customer", "id")).isEqualToIgnoringCase("integer");
        assertReferringTypes("integer", 10);
        assertReferencesKept();
    }

    @Test
    void retypingAKeyDropsTheConstraintsReferringToItFirstAndMakesThemAgainAfter() {
        ProjectState before = ORDER.stateForwards("alpha", CUSTOMER.stateForwards("alpha", ProjectState.empty()));
        AlterField widen = AlterField.of("Customer", "id", field("AutoField"));
        SchemaEditor editor = connection.schemaEditor().collectOnly();
        widen.databaseForwards("alpha", editor, before, widen.stateForwards("alpha", before));
        editor.close();
        List<String> sql = editor.collectedSql();
        if (vendor.equals("sqlite")) {
            assertThat(sql).filteredOn(statement -> statement.startsWith("CREATE TABLE \"alpha_"))
                    .extracting(statement -> statement.substring(0, statement.indexOf(" (")))
                    .containsExactly("CREATE TABLE \"alpha_customer\"", "CREATE TABLE \"alpha_order\"");
            assertThat(sql).anyMatch(statement -> statement.contains("\"customer_id\" integer NOT NULL REFERENCES"));
        } else {
            String key = editor.foreignKeyName("alpha_order", "customer_id",
                    new ColumnSpec.Reference("alpha_customer", "id"));
            assertThat(sql).containsExactly(
                    "ALTER TABLE \"alpha_order\" DROP CONSTRAINT \"" + key + "\"",
                    "ALTER TABLE \"alpha_customer\" ALTER COLUMN \"id\" TYPE integer USING \"id\"::integer",
                    "ALTER TABLE \"alpha_order\" ALTER COLUMN \"customer_id\" TYPE integer "
                            + "USING \"customer_id\"::integer",
                    "ALTER TABLE \"alpha_order\" ADD CONSTRAINT \"" + key + "\" FOREIGN KEY (\"customer_id\") "
                            + "REFERENCES \"alpha_customer\" (\"id\") DEFERRABLE INITIALLY DEFERRED");
        }
    }

    private void assertReferringTypes(String integerType, int codeLength) {
        assertThat(declaredType("alpha_order", "customer_id")).isEqualToIgnoringCase(integerType);
        assertThat(declaredType("alpha_customer", "referrer_id")).isEqualToIgnoringCase(integerType);
        assertThat(declaredType("alpha_club_members", "customer_id")).isEqualToIgnoringCase(integerType);
        assertThat(declaredType("alpha_order", "buyer_id")).isEqualTo(vendor.equals("postgresql")
                ? "character varying(" + codeLength + ")" : "varchar(" + codeLength + ")");
    }

    /** Check the rows still join through every key to the customers, and the keys are still enforced. */
    private void assertReferencesKept() {
        assertThat(rows(connection, "SELECT c.code, b.code, r.code FROM alpha_order o "
                + "JOIN alpha_customer c ON c.id = o.customer_id JOIN alpha_customer b ON b.code = o.buyer_id "
                + "JOIN alpha_customer r ON r.id = c.referrer_id")).containsExactly(List.of("C2", "C1", "C1"));
        assertThat(rows(connection, "SELECT c.code FROM alpha_club_members m JOIN alpha_customer c "
                + "ON c.id = m.customer_id ORDER BY c.code")).containsExactly(List.of("C1"), List.of("C2"));
        assertThat(foreignKeys("alpha_order"))
                .containsExactlyInAnyOrder("customer_id -> alpha_customer.id", "buyer_id -> alpha_customer.code");
        assertThat(foreignKeys("alpha_customer")).containsExactly("referrer_id -> alpha_customer.id");
        assertThat(foreignKeys("alpha_club_members"))
                .containsExactlyInAnyOrder("club_id -> alpha_club.id", "customer_id -> alpha_customer.id");
        assertThatThrownBy(() -> connection.execute("UPDATE alpha_order SET customer_id = ?", 999))
                .isInstanceOf(IntegrityError.class);
        assertThatThrownBy(() -> connection.execute("UPDATE alpha_order SET buyer_id = ?", "NOPE"))
                .isInstanceOf(IntegrityError.class);
        assertThatThrownBy(() -> connection.execute("UPDATE alpha_club_members SET customer_id = ?", 999))
                .isInstanceOf(IntegrityError.class);
        if (vendor.equals("sqlite")) {
            assertThat(rows(connection, "PRAGMA foreign_key_check")).isEmpty();
        }
    }

    /** Return the column's type with its length as the database's catalog gives it (SQLite's INTEGER in capitals). */
    private String declaredType(String table, String column) {
        String sql = vendor.equals("postgresql")
                ? "SELECT format_type(a.atttypid, a.atttypmod) FROM pg_attribute a JOIN pg_class t ON t.oid = "
                + "a.attrelid WHERE t.relname = ? AND a.attname = ?"
                : "SELECT type FROM pragma_table_info(?) WHERE name = ?";
        return (String) rows(connection, sql, table, column).getFirst().getFirst();
    }

    @Test
    void renamingModelsAndFieldsCarriesTheirJoinTablesAndKeysAlong() {
        Migration initial = migration("0001_initial", null, CUSTOMER,
                CreateModel.of("Tag").field("id", field("BigAutoField")).field("name", field("CharField", "maxLength", 9)),
                ORDER.field("tags", field("ManyToManyField", "to", "alpha.Tag")));
        Migration rename = migration("0002_rename", "0001_initial", RenameModel.of("Tag", "Label"),
                RenameModel.of("Customer", "Client"), RenameField.of("Order", "tags", "labels"));
        migrate("0001_initial", initial, rename);
        long ada = insert("INSERT INTO alpha_customer (code, name) VALUES (?, ?)", "C1", "Ada");
        long order = insert("INSERT INTO alpha_order (customer_id) VALUES (?)", ada);
        long tag = insert("INSERT INTO alpha_tag (name) VALUES (?)", "gift");
        connection.execute("INSERT INTO alpha_order_tags (order_id, tag_id) VALUES (?, ?)", order, tag);

        migrate("0002_rename", initial, rename);
        assertThat(foreignKeys("alpha_order")).containsExactly("customer_id -> alpha_client.id");
        assertThat(foreignKeys("alpha_order_labels"))
                .containsExactlyInAnyOrder("order_id -> alpha_order.id", "label_id -> alpha_label.id");
        assertThat(rows(connection, "SELECT l.name FROM alpha_order_labels j JOIN alpha_label l ON l.id = j.label_id"))
                .containsExactly(List.of("gift"));

        migrate("0001_initial", initial, rename);
        assertThat(foreignKeys("alpha_order_tags"))
                .containsExactlyInAnyOrder("order_id -> alpha_order.id", "tag_id -> alpha_tag.id");
        assertThat(rows(connection, "SELECT tag_id FROM alpha_order_tags").getFirst().getFirst()).isIn(tag, (int) tag);
        migrate(null, initial, rename);
        assertThat(connection.introspection().tableNames()).noneMatch(table -> table.startsWith("alpha_"));
    }

    @Test
    void foreignKeyStatementsGoWhereTheBackendPutsThem() {
        ProjectState before = CUSTOMER.stateForwards("alpha", ProjectState.empty());
        ProjectState after = ORDER.stateForwards("alpha", before);
        SchemaEditor editor = connection.schemaEditor().collectOnly();
        ORDER.databaseForwards("alpha", editor, before, after);
        String create = editor.collectedSql().getFirst();
        editor.close();
        List<String> all = editor.collectedSql();
        if (vendor.equals("sqlite")) {
            assertThat(create).contains("\"customer_id\" bigint NOT NULL REFERENCES \"alpha_customer\" (\"id\") "
                    + "DEFERRABLE INITIALLY DEFERRED");
            assertThat(all).noneMatch(sql -> sql.contains("ADD CONSTRAINT"));
        } else {
            assertThat(create).contains("\"customer_id\" bigint NOT NULL,").doesNotContain("REFERENCES");
            String name = editor.foreignKeyName("alpha_order", "customer_id",
                    new ColumnSpec.Reference("alpha_customer", "id"));
            assertThat(all.getLast()).isEqualTo("ALTER TABLE \"alpha_order\" ADD CONSTRAINT \"" + name + "\" FOREIGN "
                    + "KEY (\"customer_id\") REFERENCES \"alpha_customer\" (\"id\") DEFERRABLE INITIALLY DEFERRED");
        }
    }
}
