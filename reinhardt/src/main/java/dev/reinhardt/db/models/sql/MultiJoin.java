package dev.reinhardt.db.models.sql;

/**
 * Thrown while resolving a path under negation when it crosses a
 * multi-valued relation: the condition then becomes a subquery.
 */
final class MultiJoin extends RuntimeException {

    /** The index of the path part that crosses the multi-valued relation. */
    final int position;

    MultiJoin(int position) {
        super(null, null, false, false);
        this.position = position;
    }
}
