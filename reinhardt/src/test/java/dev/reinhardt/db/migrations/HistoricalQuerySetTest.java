package dev.reinhardt.db.migrations;

import dev.reinhardt.db.migrations.operations.CreateModel;
import dev.reinhardt.db.migrations.state.HistoricalApps;
import dev.reinhardt.db.migrations.state.HistoricalModel;
import dev.reinhardt.db.migrations.state.ProjectState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static dev.reinhardt.db.migrations.state.FieldState.field;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HistoricalQuerySetTest extends OnEachVendor {

    private static final CreateModel THING = CreateModel.of("Thing").field("id", field("BigAutoField"))
            .field("name", field("CharField", "maxLength", 20))
            .field("price", field("DecimalField", "maxDigits", 6, "decimalPlaces", 2, "nullable", true))
            .field("seen", field("DateTimeField", "nullable", true))
            .field("active", field("BooleanField", "dbDefault", "true"));

    private HistoricalModel thing;

    @BeforeEach
    void createTable() {
        ProjectState state = THING.stateForwards("alpha", ProjectState.empty());
        THING.databaseForwards("alpha", connection.schemaEditor(), ProjectState.empty(), state);
        thing = new HistoricalApps(state, connection).getModel("alpha.thing");
        thing.objects().create(Map.of("name", "apple", "price", new BigDecimal("1.5"),
                "seen", Instant.parse("2024-05-01T10:15:30.123456Z")));
        thing.objects().create(Map.of("name", "Banana", "price", 2, "active", false));
        thing.objects().create(Map.of("name", "cherry"));
    }

    @AfterEach
    void dropTable() {
        connection.execute("DROP TABLE alpha_thing");
    }

    @Test
    void rowsComeBackAsMapsOfCanonicalValues() {
        Map<String, Object> apple = thing.objects().filter("name", "apple").first();
        assertThat(apple).containsEntry("price", new BigDecimal("1.50"))
                .containsEntry("seen", Instant.parse("2024-05-01T10:15:30.123456Z"))
                .containsEntry("active", true);
        assertThat(apple.keySet()).containsExactly("id", "name", "price", "seen", "active");
        assertThat(thing.objects().filter("name", "Banana").first()).containsEntry("price", new BigDecimal("2.00"))
                .containsEntry("active", false);
    }

    @Test
    void lookupsFilterExcludeAndOrder() {
        assertThat(names(thing.objects().filter("price__gte", new BigDecimal("1.6")))).containsExactly("Banana");
        assertThat(names(thing.objects().filter("price__isnull", true))).containsExactly("cherry");
        assertThat(names(thing.objects().filter("name__in", List.of("apple", "cherry")).orderBy("-name")))
                .containsExactly("cherry", "apple");
        assertThat(names(thing.objects().filter("name__icontains", "AN")))
                .containsExactly("Banana");
        assertThat(names(thing.objects().exclude("name__startswith", "a").orderBy("id")))
                .containsExactly("Banana", "cherry");
        assertThat(thing.objects().filter("active", false).count()).isEqualTo(1);
        assertThat(thing.objects().filter("name", "durian").exists()).isFalse();
    }

    @Test
    void updateAndDeleteChangeTheMatchingRows() {
        assertThat(thing.objects().filter("price__isnull", true).update(Map.of("price", "9.99", "name", "dried")))
                .isEqualTo(1);
        assertThat(thing.objects().filter("name", "dried").first()).containsEntry("price", new BigDecimal("9.99"));
        Object id = thing.objects().filter("name", "apple").first().get("id");
        assertThat(thing.objects().filter("pk", id).delete()).isEqualTo(1);
        assertThat(thing.objects().count()).isEqualTo(2);
    }

    @Test
    void unknownFieldAndLookupAreNamedWithTheChoices() {
        assertThatThrownBy(() -> thing.objects().filter("nmae", "x"))
                .hasMessage("Cannot resolve keyword 'nmae' into a field of historical model alpha.Thing. Choices are: "
                        + "active, id, name, price, seen.");
        assertThatThrownBy(() -> thing.objects().filter("name__soundslike", "x"))
                .hasMessageStartingWith("Historical query sets do not support lookup 'soundslike'. Choices are: exact,");
    }

    private static List<Object> names(dev.reinhardt.db.migrations.state.HistoricalQuerySet rows) {
        return rows.list().stream().map(row -> row.get("name")).toList();
    }
}
