package dev.reinhardt.db.models;

import dev.reinhardt.db.models.fields.Field;

/** {@code MIN(field)}, read back as the field's own type. */
public final class Min extends Aggregate {

    public Min(Object field) {
        super("MIN", false, field);
    }

    @Override
    public Field targetField() {
        return firstArgField();
    }
}
