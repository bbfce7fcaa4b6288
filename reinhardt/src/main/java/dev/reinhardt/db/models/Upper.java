package dev.reinhardt.db.models;

import dev.reinhardt.db.backends.base.ValueType;

/** {@code UPPER(text)}. */
public final class Upper extends Func {

    public Upper(Object expression) {
        super("UPPER", expression);
    }

    @Override
    public ValueType outputType() {
        return new ValueType("TextField", String.class);
    }
}
