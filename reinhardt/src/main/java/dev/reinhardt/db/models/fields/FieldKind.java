package dev.reinhardt.db.models.fields;

import java.util.List;

/**
 * The behaviour of one field type: its internal type (the key of the
 * backend's data-types table), conversion between the model's Java value and
 * the backend's canonical value, and type-specific validation.
 * Implementations are stateless and thread-safe.
 */
public interface FieldKind {

    /** Return the internal type passed to backends, such as {@code "CharField"}. */
    String internalType();

    /** Return the Java types a model field of this kind may have. */
    List<Class<?>> javaTypes();

    /** Return the canonical value the backend adapts for {@code value} (not null). */
    default Object toCanonical(Field field, Object value) {
        return value;
    }

    /** Return the model's value for a canonical value read by the backend (not null). */
    default Object fromCanonical(Field field, Object value) {
        return value;
    }

    /** Add messages for what is wrong with {@code value} (not null) to {@code errors}. */
    default void validate(Field field, Object value, List<String> errors) {
    }

    /** Return whether the database generates values of this kind. */
    default boolean isAuto() {
        return false;
    }
}
