package dev.reinhardt.db.models;

import dev.reinhardt.db.models.fields.Field;

/** {@code MAX(field)}, read back as the field's own type. */
public final class Max extends Aggregate {

    public Max(Object field) {
        super("MAX", false, field);
    }

    @Override
    public Field targetField() {
        return firstArgField();
    }
}
