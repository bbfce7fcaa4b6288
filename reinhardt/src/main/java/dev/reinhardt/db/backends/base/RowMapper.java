package dev.reinhardt.db.backends.base;

import java.sql.ResultSet;
import java.sql.SQLException;

/** Turn the current row of a result set into a value. */
@FunctionalInterface
public interface RowMapper<R> {

    /** Return the value for the current row of {@code rs}; do not advance it. */
    R map(ResultSet rs) throws SQLException;
}
