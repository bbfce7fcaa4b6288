package dev.reinhardt.db.models;

import dev.reinhardt.db.backends.base.ValueType;

/** {@code SUM(field)}: a {@code Long} for integers, a {@code Double} for floats, a {@code BigDecimal} for decimals. */
public final class Sum extends Aggregate {

    public Sum(Object field) {
        super("SUM", false, field);
    }

    @Override
    public ValueType outputType() {
        ValueType type = argumentType(null);
        if (type == null) {
            return null;
        }
        return switch (type.internalType()) {
            case "DecimalField" -> new ValueType("DecimalField", java.math.BigDecimal.class);
            case "FloatField" -> new ValueType("FloatField", Double.class);
            case "DurationField" -> type;
            default -> new ValueType("BigIntegerField", Long.class);
        };
    }
}
