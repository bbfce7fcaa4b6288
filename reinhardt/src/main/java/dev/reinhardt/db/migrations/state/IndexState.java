package dev.reinhardt.db.migrations.state;

import java.util.List;

/**
 * A named index over fields (Django's {@code Meta.indexes} entry); a leading
 * {@code -} makes a field descending.
 *
 * @param name   the index name
 * @param fields the indexed field names
 */
public record IndexState(String name, List<String> fields) {

    public IndexState {
        fields = List.copyOf(fields);
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("Index '" + name + "' needs at least one field.");
        }
    }

    /** Return a copy with field {@code from} renamed to {@code to}. */
    IndexState renameField(String from, String to) {
        return new IndexState(name, ConstraintState.rename(fields, from, to));
    }
}
