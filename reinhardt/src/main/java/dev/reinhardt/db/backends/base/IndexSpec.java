package dev.reinhardt.db.backends.base;

import java.util.List;

/**
 * An index or a unique constraint over columns.
 *
 * @param name    the index name
 * @param columns the columns; a leading {@code -} means descending
 * @param unique  whether this is a unique constraint
 */
public record IndexSpec(String name, List<String> columns, boolean unique) {
}
