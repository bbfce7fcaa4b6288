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
 * @param references    the foreign key this column is, or null
 */
public record ColumnSpec(String name, ValueType type, Map<String, Object> typeParams, boolean nullable,
                         boolean primaryKey, boolean unique, Object dbDefault, Reference references) {

    /** Describe a column that references no other table. */
    public ColumnSpec(String name, ValueType type, Map<String, Object> typeParams, boolean nullable,
                      boolean primaryKey, boolean unique, Object dbDefault) {
        this(name, type, typeParams, nullable, primaryKey, unique, dbDefault, null);
    }

    /** Return whether the database generates this column's values. */
    public boolean isAuto() {
        return type.internalType().endsWith("AutoField");
    }

    /**
     * The target of a foreign-key column.
     *
     * @param table  the referenced table
     * @param column the referenced column
     */
    public record Reference(String table, String column) {
    }
}
