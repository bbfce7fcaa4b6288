package dev.reinhardt.db.relapp;

import dev.reinhardt.db.RelDatabases;
import dev.reinhardt.db.backends.base.ColumnSpec;
import dev.reinhardt.db.backends.base.DatabaseWrapper;
import dev.reinhardt.db.backends.base.SchemaEditor;
import dev.reinhardt.db.backends.base.Sql;
import dev.reinhardt.db.backends.base.TableSpec;
import dev.reinhardt.db.backends.base.ValueType;
import dev.reinhardt.db.models.Options;
import dev.reinhardt.db.models.fields.Field;
import dev.reinhardt.db.relapp.models.Customer;
import dev.reinhardt.db.relapp.models.Entry;
import dev.reinhardt.db.relapp.models.Order;
import dev.reinhardt.db.relapp.models.Profile;
import dev.reinhardt.db.relapp.models.Shipment;
import dev.reinhardt.exceptions.IntegrityError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Relation fields as the schema editor and migrations see them, and the constraints they create. */
@ParameterizedClass
@ValueSource(strings = {"sqlite", "postgresql"})
class ForeignKeySchemaTest {

    @Parameter
    String vendor;

    @Test
    void aForeignKeyIsAnIndexedColumnOfTheTargetKeysTypeReferencingIt() {
        DatabaseWrapper connection = RelDatabases.use(vendor);
        TableSpec orders = Options.of(Order.class).tableSpec(connection);
        ColumnSpec customer = orders.columns().stream().filter(c -> c.name().equals("customer_id")).findFirst()
                .orElseThrow();
        assertThat(customer.type()).isEqualTo(new ValueType("BigIntegerField", Long.class));
        assertThat(customer.nullable()).isFalse();
        assertThat(customer.references()).isEqualTo(new ColumnSpec.Reference("relapp_customer", "id"));
        assertThat(orders.indexes()).anySatisfy(index -> assertThat(index.columns()).containsExactly("customer_id"));
        ColumnSpec profile = Options.of(Profile.class).tableSpec(connection).columns().stream()
                .filter(c -> c.name().equals("customer_id")).findFirst().orElseThrow();
        assertThat(profile.unique()).isTrue();
        ColumnSpec origin = Options.of(Shipment.class).tableSpec(connection).columns().stream()
                .filter(c -> c.name().equals("origin_id")).findFirst().orElseThrow();
        assertThat(origin.references()).isNull();
        assertThat(origin.type().internalType()).isEqualTo("CharField");
        assertThat(origin.typeParams()).isEqualTo(Map.of("maxLength", 10));
    }

    @Test
    void relationFieldsDescribeThemselvesByKindAndOptions() {
        DatabaseWrapper connection = RelDatabases.use(vendor);
        Field customer = Options.of(Order.class).getField("customer");
        assertThat(customer.internalType()).isEqualTo("ForeignKey");
        assertThat(customer.options()).containsEntry("relatedName", "orders")
                .containsEntry("onDelete", dev.reinhardt.db.models.fields.OnDelete.CASCADE);
        Field authors = Options.of(Entry.class).findManyToMany("authors");
        assertThat(authors.internalType()).isEqualTo("ManyToManyField");
        assertThat(authors.hasColumn()).isFalse();
        assertThat(Options.of(Entry.class).fields()).extracting(Field::name).doesNotContain("authors");
        TableSpec join = Options.of(Entry.class).autoCreatedTableSpecs(connection).getFirst();
        assertThat(join.name()).isEqualTo("relapp_entry_authors");
        assertThat(join.columns()).extracting(ColumnSpec::name).containsExactly("id", "entry_id", "author_id");
        assertThat(join.indexes()).anySatisfy(index -> {
            assertThat(index.unique()).isTrue();
            assertThat(index.columns()).containsExactly("entry_id", "author_id");
        });
    }

    @Test
    void theConstraintIsDeferredAndCheckedAtCommit() {
        DatabaseWrapper connection = RelDatabases.use(vendor);
        String table = "relapp_fk_probe";
        connection.executeUpdate(Sql.of("DROP TABLE IF EXISTS \"" + table + "\""));
        ColumnSpec id = new ColumnSpec("id", new ValueType("BigAutoField", Long.class), Map.of(), false, true, false,
                null);
        ColumnSpec key = new ColumnSpec("customer_id", new ValueType("BigIntegerField", Long.class), Map.of(), false,
                false, false, null, new ColumnSpec.Reference("relapp_customer", "id"));
        SchemaEditor editor = connection.schemaEditor();
        editor.createTable(new TableSpec(table, List.of(id, key), List.of(), List.of()));
        String constraint = "REFERENCES \"relapp_customer\" (\"id\") DEFERRABLE INITIALLY DEFERRED";
        if (vendor.equals("sqlite")) {
            assertThat(editor.collectedSql().getFirst()).contains("\"customer_id\" bigint NOT NULL " + constraint);
            assertThat(editor.deferredSql()).isEmpty();
        } else {
            assertThat(editor.collectedSql().getFirst()).doesNotContain("REFERENCES");
            assertThat(editor.deferredSql()).singleElement().satisfies(sql -> assertThat(sql)
                    .startsWith("ALTER TABLE \"" + table + "\" ADD CONSTRAINT \"" + table + "_customer_id_")
                    .endsWith("_fk\" FOREIGN KEY (\"customer_id\") " + constraint));
        }
        editor.close();
        Customer customer = Customer.create("ann@example.com", "IN", null);
        connection.atomic(() -> connection.execute("INSERT INTO \"" + table + "\" (customer_id) VALUES (?)",
                customer.id));
        assertThatThrownBy(() -> connection.atomic(() -> connection.execute(
                "INSERT INTO \"" + table + "\" (customer_id) VALUES (?)", customer.id + 1000)))
                .isInstanceOf(IntegrityError.class);
        connection.executeUpdate(Sql.of("DROP TABLE \"" + table + "\""));
    }
}
