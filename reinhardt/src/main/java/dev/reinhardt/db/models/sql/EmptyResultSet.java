package dev.reinhardt.db.models.sql;

/**
 * Thrown while compiling when a condition can match nothing (an empty
 * {@code in}); the queryset then answers without running a query.
 */
public final class EmptyResultSet extends RuntimeException {

    public EmptyResultSet() {
        super("The query matches nothing.", null, false, false);
    }
}
