package dev.reinhardt.db.models.fields;

import dev.reinhardt.db.backends.base.ColumnSpec;

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

    /**
     * Return whether {@link #fromCanonical} returns every value unchanged, so
     * that rows can be read straight into primitive fields without boxing.
     */
    default boolean readsAsIs() {
        return false;
    }

    /**
     * Return whether {@link #fromCanonical} returns every value of {@code field}
     * unchanged, so that its column's values can be stored as the driver reads
     * them; {@link #readsAsIs()} unless the answer depends on the field.
     */
    default boolean readsAsIs(Field field) {
        return readsAsIs();
    }

    /** Add messages for what is wrong with {@code value} (not null) to {@code errors}. */
    default void validate(Field field, Object value, List<String> errors) {
    }

    /** Return whether the database generates values of this kind. */
    default boolean isAuto() {
        return false;
    }

    /** Return whether every field of this kind is unique (a one-to-one key is). */
    default boolean impliesUnique() {
        return false;
    }

    // ---------------------------------------------------------------- relations

    /** Return whether fields of this kind relate to another model. */
    default boolean isRelation() {
        return holdsValue() || !hasColumn();
    }

    /** Return whether fields of this kind have a column (a many-to-many field has none). */
    default boolean hasColumn() {
        return true;
    }

    /**
     * Return whether the Java field holds an object that keeps the value
     * inside (a relation's {@code Ref}) rather than the value itself.
     */
    default boolean holdsValue() {
        return false;
    }

    /** Return the column value kept in {@code holder}, the Java field's content; see {@link #holdsValue()}. */
    default Object unwrap(Field field, Object holder) {
        return holder;
    }

    /** Put the column value {@code value} into {@code holder}, the Java field's content; see {@link #holdsValue()}. */
    default void store(Field field, Object holder, Object value) {
        throw new UnsupportedOperationException(internalType() + " does not hold values in an object.");
    }

    /** Return the field whose column type this field's column copies: itself, or a relation's target field. */
    default Field columnTypeSource(Field field) {
        return field;
    }

    /** Return the foreign key the column of {@code field} references, or null for none. */
    default ColumnSpec.Reference reference(Field field) {
        return null;
    }

    /** Return the column name used when a field declares none: by default the field name in snake_case. */
    default String defaultColumn(Field field) {
        return Field.snakeCase(field.name());
    }
}
