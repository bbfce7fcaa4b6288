package dev.reinhardt.db.models.sql;

/**
 * An entry of a query's alias map: the base table now; joins follow the
 * same shape when relations arrive, so path resolution walks this map.
 */
sealed interface TableRef permits BaseTable {

    /** Return the alias the query uses for this table. */
    String alias();

    /** Return this entry's FROM-clause SQL. */
    String asSql(SqlCompiler compiler);
}
