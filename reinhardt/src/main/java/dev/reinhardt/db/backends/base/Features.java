package dev.reinhardt.db.backends.base;

/**
 * What a backend can do, as flags the compiler and schema editor read instead
 * of testing the vendor's name. Each flag answers the question in its Javadoc;
 * backends override the ones whose answer differs.
 */
public class Features {

    /** Can INSERT return columns it generated ({@code RETURNING})? */
    public boolean canReturnColumnsFromInsert() {
        return true;
    }

    /** Can a multi-row INSERT return the generated ids of every row? */
    public boolean canReturnRowsFromBulkInsert() {
        return true;
    }

    /** Can a member of a UNION carry its own LIMIT/OFFSET, in parentheses? */
    public boolean supportsSlicingOrderingInCompound() {
        return false;
    }

    /** How many bound parameters can one statement carry (SQLite's default compile-time limit)? */
    public int maxQueryParams() {
        return 32_766;
    }

    /** Does the driver stream a large result only inside a transaction (otherwise it reads every row at once)? */
    public boolean streamsOnlyInTransaction() {
        return false;
    }

    /** Can schema changes run inside a transaction and be rolled back with it (transactional DDL)? */
    public boolean canRollbackDdl() {
        return true;
    }
}
