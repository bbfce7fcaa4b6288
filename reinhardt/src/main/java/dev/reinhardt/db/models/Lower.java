package dev.reinhardt.db.models;

import dev.reinhardt.db.backends.base.ValueType;

/** {@code LOWER(text)}. */
public final class Lower extends Func {

    public Lower(Object expression) {
        super("LOWER", expression);
    }

    @Override
    public ValueType outputType() {
        return new ValueType("TextField", String.class);
    }
}
