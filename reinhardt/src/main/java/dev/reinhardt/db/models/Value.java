package dev.reinhardt.db.models;

import dev.reinhardt.db.backends.base.Sql;
import dev.reinhardt.db.backends.base.ValueType;
import dev.reinhardt.db.models.sql.SqlCompiler;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.UUID;

/**
 * A constant, always sent as a bound parameter.
 *
 * @param value the value (may be null)
 * @param type  the value's type
 */
public record Value(Object value, ValueType type) implements Expression {

    private static final Map<Class<?>, String> TYPES = Map.ofEntries(Map.entry(String.class, "CharField"),
            Map.entry(Integer.class, "IntegerField"), Map.entry(Long.class, "BigIntegerField"),
            Map.entry(Short.class, "SmallIntegerField"), Map.entry(Boolean.class, "BooleanField"),
            Map.entry(Double.class, "FloatField"), Map.entry(Float.class, "FloatField"),
            Map.entry(BigDecimal.class, "DecimalField"), Map.entry(Instant.class, "DateTimeField"),
            Map.entry(LocalDate.class, "DateField"), Map.entry(LocalTime.class, "TimeField"),
            Map.entry(Duration.class, "DurationField"), Map.entry(UUID.class, "UUIDField"));

    /**
     * Return a constant whose type follows from its Java class; date-times become
     * instants, a naive {@code LocalDateTime} being a wall-clock time in the default time zone.
     */
    public static Value of(Object value) {
        if (value == null) {
            return new Value(null, null);
        }
        Object plain = switch (value) {
            case Enum<?> constant -> constant.name();
            case java.time.OffsetDateTime offset -> offset.toInstant();
            case java.time.ZonedDateTime zoned -> zoned.toInstant();
            case java.time.LocalDateTime local -> local.atZone(dev.reinhardt.conf.Timezone.defaultTimezone()).toInstant();
            default -> value;
        };
        String internal = TYPES.get(plain.getClass());
        return new Value(plain, internal == null ? null : new ValueType(internal, plain.getClass()));
    }

    /** Return {@code value} if it is an expression, else a constant. */
    public static Expression wrap(Object value) {
        return value instanceof Expression expression ? expression : of(value);
    }

    @Override
    public Sql asSql(SqlCompiler compiler) {
        return compiler.param(type, value);
    }

    @Override
    public ValueType outputType() {
        return type;
    }

    @Override
    public java.util.List<Expression> groupByColumns() {
        return java.util.List.of();
    }
}
