package dev.reinhardt.db.models;

import dev.reinhardt.db.TestDatabases;
import dev.reinhardt.db.backends.base.Sql;
import dev.reinhardt.db.testapp.models.Order;
import dev.reinhardt.exceptions.FieldError;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Caller-supplied names are validated before SQL is built; caller values are always bound. */
@ParameterizedClass
@ValueSource(strings = {"sqlite", "postgresql"})
class SqlInjectionTest {

    private static final String ATTACK = "x\" FROM testapp_order; DROP TABLE testapp_order; --";

    @Parameter
    String vendor;

    @BeforeEach
    void setUp() {
        TestDatabases.use(vendor);
        new Order("paid", "ann", "1.00", 1).save();
    }

    @Test
    void valuesAreBoundNeverSpliced() {
        String value = "'; DROP TABLE testapp_order; --";
        Sql sql = Order.objects.filter("customer", value).annotate("v", Value.of(value)).sql();
        assertThat(sql.sql()).doesNotContain("DROP");
        assertThat(sql.params()).containsExactly(value, value);
        assertThat(Order.objects.filter("customer", value).count()).isZero();
        assertThat(Order.objects.filter("customer__icontains", value).count()).isZero();
        assertThat(Order.objects.count()).isEqualTo(1);
    }

    @Test
    void lookupPathsMustBeKnownNames() {
        assertThatThrownBy(() -> Order.objects.filter("status) OR 1=1 --", "x")).isInstanceOf(FieldError.class)
                .hasMessageStartingWith("Cannot resolve keyword 'status) OR 1=1 --' into field.");
        assertThatThrownBy(() -> Order.objects.filter("status__exact) OR (1", "x")).isInstanceOf(FieldError.class);
        assertThatThrownBy(() -> Order.objects.filter("status__nolookup", "x")).isInstanceOf(FieldError.class);
    }

    @Test
    void annotationAndAggregateAliasesMustBeIdentifiers() {
        assertThatThrownBy(() -> Order.objects.annotate(ATTACK, new Count("id"))).isInstanceOf(FieldError.class)
                .hasMessageStartingWith("Alias '" + ATTACK + "' is not a valid identifier");
        assertThatThrownBy(() -> Order.objects.aggregate(ATTACK, new Count("id"))).isInstanceOf(FieldError.class);
        assertThatThrownBy(() -> Order.objects.annotate("status", new Count("id"))).isInstanceOf(FieldError.class)
                .hasMessage("The annotation 'status' conflicts with a field on the model.");
    }

    @Test
    void valuesAndOrderByNamesMustResolve() {
        assertThatThrownBy(() -> Order.objects.values(ATTACK)).isInstanceOf(FieldError.class);
        assertThatThrownBy(() -> Order.objects.orderBy("status; DROP TABLE x")).isInstanceOf(FieldError.class);
        assertThatThrownBy(() -> Order.objects.orderBy("--status")).isInstanceOf(FieldError.class);
        assertThatThrownBy(() -> Order.objects.all().only(ATTACK)).isInstanceOf(FieldError.class);
    }

    @Test
    void functionNamesCastTypesAndExplainOptionsComeFromKnownSets() {
        assertThatThrownBy(() -> Func.of("LOWER(status)); DROP TABLE x; --", "status"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Cast("status", "text); DROP TABLE x; --"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("Cannot cast to");
        assertThatThrownBy(() -> Order.objects.all().explain("text; DROP", Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Order.objects.all().explain(null, Map.of("analyze; DROP", true)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void patternWildcardsInValuesAreEscaped() {
        new Order("paid", "50%_off", "1.00", 1).save();
        assertThat(Order.objects.filter("customer__contains", "%").count()).isEqualTo(1);
        assertThat(Order.objects.filter("customer__icontains", "_OFF").count()).isEqualTo(1);
        assertThat(Order.objects.filter("customer__startswith", "5").count()).isEqualTo(1);
        assertThat(Order.objects.filter("customer__icontains", "%").count()).isEqualTo(1);
    }

    @Test
    void transformNamesComeFromAKnownSet() {
        assertThatThrownBy(() -> Order.objects.filter("createdAt__year') OR 1=1 --", 2026))
                .isInstanceOf(FieldError.class);
        assertThatThrownBy(() -> Order.objects.filter("createdAt__century", 21)).isInstanceOf(FieldError.class)
                .hasMessageStartingWith("Unsupported lookup 'century' for DateTimeField");
        assertThatThrownBy(() -> Order.objects.filter("status__year", 2026)).isInstanceOf(FieldError.class)
                .hasMessageStartingWith("Unsupported lookup 'year' for CharField");
    }

    @Test
    void qConnectorsAreAFixedSet() {
        assertThatThrownBy(() -> Q.Connector.valueOf("OR 1=1 --")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Q.Connector.values()).containsExactly(Q.Connector.AND, Q.Connector.OR);
    }

    @Test
    void orderingNamesOtherThanFieldsAndRandomAreRejected() {
        assertThatThrownBy(() -> Order.objects.orderBy("?; DROP TABLE x")).isInstanceOf(FieldError.class);
        assertThatThrownBy(() -> Order.objects.orderBy("RANDOM()")).isInstanceOf(FieldError.class);
    }

    @Test
    void updateAndBulkUpdateNamesMustBeFields() {
        assertThatThrownBy(() -> Order.objects.all().update(ATTACK, 1)).isInstanceOf(FieldError.class);
        Order ann = Order.objects.get("customer", "ann");
        assertThatThrownBy(() -> Order.objects.bulkUpdate(java.util.List.of(ann), ATTACK))
                .isInstanceOf(FieldError.class);
        assertThatThrownBy(() -> Order.objects.all().earliest(ATTACK)).isInstanceOf(FieldError.class);
        assertThatThrownBy(() -> ann.refreshFromDb(ATTACK)).isInstanceOf(FieldError.class);
        assertThat(Order.objects.count()).isEqualTo(1);
    }

    @Test
    void rawQueriesBindTheirParameters() {
        assertThat(Order.objects.raw("SELECT * FROM testapp_order WHERE customer = ?", "ann' OR '1'='1").list())
                .isEmpty();
        assertThat(Order.objects.count()).isEqualTo(1);
    }
}
