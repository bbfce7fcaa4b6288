package dev.reinhardt.db.models;

import dev.reinhardt.db.backends.base.ValueType;

/** {@code AVG(field)}: a {@code BigDecimal} for decimals, else a {@code Double}. */
public final class Avg extends Aggregate {

    public Avg(Object field) {
        super("AVG", false, field);
    }

    @Override
    public ValueType outputType() {
        ValueType type = argumentType(null);
        return type != null && type.internalType().equals("DecimalField")
                ? new ValueType("DecimalField", java.math.BigDecimal.class)
                : new ValueType("FloatField", Double.class);
    }
}
