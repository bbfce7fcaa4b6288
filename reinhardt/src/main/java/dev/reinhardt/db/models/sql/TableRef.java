package dev.reinhardt.db.models.sql;

/**
 * An entry of a query's alias map: the base table or a join. Path
 * resolution walks this map to reuse joins.
 */
sealed interface TableRef permits BaseTable, Join {

    /** Return the alias the query uses for this table. */
    String alias();

    /** Return this entry's FROM-clause SQL. */
    String asSql(SqlCompiler compiler);
}
