package dev.reinhardt.db.models.fields;

import org.junit.jupiter.api.Test;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The accessors spun per field read and write fields as compiled code would, private ones included. */
class FieldAccessorTest {

    @SuppressWarnings("unused")
    static final class Sample {
        private String text = "initial";
        private Long boxed;
        private int count = -1;
        private long total;
        private double level;
        private boolean active;
        private final String fixed = "fixed";
    }

    private static FieldAccessor accessor(String name) throws ReflectiveOperationException {
        java.lang.reflect.Field field = Sample.class.getDeclaredField(name);
        VarHandle handle = MethodHandles.privateLookupIn(Sample.class, MethodHandles.lookup()).unreflectVarHandle(field);
        return FieldAccessor.of(field, handle);
    }

    @Test
    void theAccessorIsASpunClassNotTheHandle() throws ReflectiveOperationException {
        assertThat(accessor("text").getClass().isHidden()).isTrue();
    }

    @Test
    void referenceFieldsReadAndWriteTheirValues() throws ReflectiveOperationException {
        Sample sample = new Sample();
        FieldAccessor text = accessor("text");
        FieldAccessor boxed = accessor("boxed");

        assertThat(text.get(sample)).isEqualTo("initial");
        text.set(sample, "changed");
        boxed.set(sample, 7L);
        text.set(sample, null);

        assertThat(sample.text).isNull();
        assertThat(sample.boxed).isEqualTo(7L);
        assertThat(boxed.get(sample)).isEqualTo(7L);
    }

    @Test
    void aValueOfAnotherTypeIsRefused() throws ReflectiveOperationException {
        FieldAccessor boxed = accessor("boxed");

        assertThatThrownBy(() -> boxed.set(new Sample(), "seven")).isInstanceOf(ClassCastException.class);
    }

    @Test
    void primitiveFieldsTakeTheirTypedValuesAndReadBoxed() throws ReflectiveOperationException {
        Sample sample = new Sample();

        accessor("count").setInt(sample, 42);
        accessor("total").setLong(sample, 9_000_000_000L);
        accessor("level").setDouble(sample, 2.5);
        accessor("active").setBoolean(sample, true);

        assertThat(sample.count).isEqualTo(42);
        assertThat(sample.total).isEqualTo(9_000_000_000L);
        assertThat(sample.level).isEqualTo(2.5);
        assertThat(sample.active).isTrue();
        assertThat(accessor("count").get(sample)).isEqualTo(42);
        assertThat(accessor("total").get(sample)).isEqualTo(9_000_000_000L);
        assertThat(accessor("active").get(sample)).isEqualTo(true);
    }

    @Test
    void aSetterOfAnotherTypeIsRefused() throws ReflectiveOperationException {
        FieldAccessor count = accessor("count");

        assertThatThrownBy(() -> count.setLong(new Sample(), 1L)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> count.set(new Sample(), 1)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aFinalFieldIsReadButNeverWritten() throws ReflectiveOperationException {
        Sample sample = new Sample();
        FieldAccessor fixed = accessor("fixed");

        assertThat(fixed.get(sample)).isEqualTo("fixed");
        assertThatThrownBy(() -> fixed.set(sample, "other")).isInstanceOf(UnsupportedOperationException.class);
    }
}
