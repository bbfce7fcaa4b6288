package dev.reinhardt.db.backends.base;

import java.util.Map;

/**
 * A column as the schema editor needs it, independent of model classes.
 *
 * @param name          the column name
 * @param type          the internal and Java type
 * @param typeParams    values for the data-type template, such as {@code maxLength}
 * @param nullable      whether NULL is allowed
 * @param primaryKey    whether this is the primary key
 * @param unique        whether values must be unique
 * @param dbDefault     the database default value, or null for none
 */
public record ColumnSpec(String name, ValueType type, Map<String, Object> typeParams, boolean nullable,
                         boolean primaryKey, boolean unique, Object dbDefault) {

    /** Return whether the database generates this column's values. */
    public boolean isAuto() {
        return type.internalType().endsWith("AutoField");
    }
}
