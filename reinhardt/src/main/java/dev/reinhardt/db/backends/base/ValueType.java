package dev.reinhardt.db.backends.base;

/**
 * The kind of value a backend stores or reads: Django's internal type name
 * (such as {@code "CharField"}, the key of the backend's data-types table)
 * and the Java type the application holds.
 *
 * @param internalType the field's internal type name
 * @param javaType     the Java type read back (boxed or primitive)
 */
public record ValueType(String internalType, Class<?> javaType) {
}
