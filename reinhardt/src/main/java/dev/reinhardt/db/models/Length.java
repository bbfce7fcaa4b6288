package dev.reinhardt.db.models;

import dev.reinhardt.db.backends.base.ValueType;

/** {@code LENGTH(text)}: the number of characters. */
public final class Length extends Func {

    public Length(Object expression) {
        super("LENGTH", expression);
    }

    @Override
    public ValueType outputType() {
        return new ValueType("IntegerField", Integer.class);
    }
}
