package dev.reinhardt.db.backends.base;

import java.sql.ResultSet;
import java.sql.SQLException;

/** Read one column of the current row, returning null for SQL NULL. */
@FunctionalInterface
public interface ValueReader {

    /** Return the value of column {@code index} (1-based) of the current row of {@code rs}. */
    Object read(ResultSet rs, int index) throws SQLException;
}
