package dev.reinhardt.db.models;

import dev.reinhardt.db.models.fields.Field;

/** {@code COALESCE(a, b, ...)}: the first argument that is not null. */
public final class Coalesce extends Func {

    public Coalesce(Object... args) {
        super("COALESCE", args);
        if (args.length < 2) {
            throw new IllegalArgumentException("Coalesce needs at least two expressions.");
        }
    }

    @Override
    public Field targetField() {
        return firstArgField();
    }
}
