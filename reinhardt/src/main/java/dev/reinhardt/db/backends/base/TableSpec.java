package dev.reinhardt.db.backends.base;

import java.util.List;

/**
 * A table as the schema editor needs it: columns, indexes, unique and check constraints.
 *
 * @param name    the table name
 * @param columns the columns in order
 * @param indexes plain and unique indexes (unique ones become constraints)
 * @param checks  check constraints
 */
public record TableSpec(String name, List<ColumnSpec> columns, List<IndexSpec> indexes, List<CheckSpec> checks) {

    public TableSpec {
        columns = List.copyOf(columns);
        indexes = List.copyOf(indexes);
        checks = List.copyOf(checks);
    }

    /** Return a copy with {@code newColumns}. */
    public TableSpec withColumns(List<ColumnSpec> newColumns) {
        return new TableSpec(name, newColumns, indexes, checks);
    }
}
