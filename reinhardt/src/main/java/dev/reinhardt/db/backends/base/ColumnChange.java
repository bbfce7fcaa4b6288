package dev.reinhardt.db.backends.base;

/**
 * A column of a table changing its definition under the same name.
 *
 * @param table the table as it is before the change
 * @param from  the column before
 * @param to    the column after
 */
public record ColumnChange(TableSpec table, ColumnSpec from, ColumnSpec to) {
}
