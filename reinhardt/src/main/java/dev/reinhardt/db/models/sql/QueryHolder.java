package dev.reinhardt.db.models.sql;

/** Something that can stand as a subquery, such as a queryset used as the value of an {@code in} lookup. */
public interface QueryHolder {

    /** Return the plan of the subquery, selecting one column. */
    Query subquery();
}
