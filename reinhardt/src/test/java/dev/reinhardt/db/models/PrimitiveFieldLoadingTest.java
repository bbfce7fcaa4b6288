package dev.reinhardt.db.models;

import dev.reinhardt.db.TestDatabases;
import dev.reinhardt.db.backends.base.DatabaseWrapper;
import dev.reinhardt.db.testapp.models.Reading;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Rows load into primitive fields unboxed, with zero kept apart from NULL. */
@ParameterizedClass
@ValueSource(strings = {"sqlite", "postgresql"})
class PrimitiveFieldLoadingTest {

    @Parameter
    String vendor;

    DatabaseWrapper connection;

    @BeforeEach
    void setUp() {
        connection = TestDatabases.use(vendor);
    }

    private Reading saved(int count, long total, double level, boolean active) {
        Reading reading = new Reading();
        reading.count = count;
        reading.total = total;
        reading.level = level;
        reading.active = active;
        reading.save();
        return reading;
    }

    @Test
    void valuesLoadIntoPrimitiveFields() {
        Reading saved = saved(42, 9_000_000_000L, 2.75, false);

        Reading loaded = Reading.objects.get("id", saved.id);

        assertThat(loaded.count).isEqualTo(42);
        assertThat(loaded.total).isEqualTo(9_000_000_000L);
        assertThat(loaded.level).isEqualTo(2.75);
        assertThat(loaded.active).isFalse();
    }

    @Test
    void zeroAndFalseReplaceTheInitialValues() {
        Reading saved = saved(0, 0, 0.0, false);

        Reading loaded = Reading.objects.get("id", saved.id);

        assertThat(loaded.count).isZero();
        assertThat(loaded.total).isZero();
        assertThat(loaded.level).isZero();
        assertThat(loaded.active).isFalse();
    }

    @Test
    void nullLeavesThePrimitiveFieldsInitialValue() {
        connection.execute("INSERT INTO testapp_reading (count, total, level, active) VALUES (NULL, NULL, NULL, NULL)");

        Reading loaded = Reading.objects.all().list().getFirst();

        assertThat(loaded.count).isEqualTo(-1);
        assertThat(loaded.total).isEqualTo(-2);
        assertThat(loaded.level).isEqualTo(-1.5);
        assertThat(loaded.active).isTrue();
    }
}
