package dev.reinhardt.db.backends.base;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A reader that is the driver's own getter of a primitive type, returning
 * null for SQL NULL: what {@link Operations#reader} gives for integer, float
 * and boolean columns. A primitive Java field can take the getter's value
 * without boxing it ({@link #INT}: {@code getInt}, then {@code wasNull()} only
 * when the value is 0).
 */
public enum PlainGetter implements ValueReader {
    /** {@code ResultSet.getInt}. */
    INT,
    /** {@code ResultSet.getLong}. */
    LONG,
    /** {@code ResultSet.getDouble}. */
    DOUBLE,
    /** {@code ResultSet.getBoolean}. */
    BOOLEAN;

    @Override
    public Object read(ResultSet rs, int index) throws SQLException {
        // The getters give 0 or false for NULL: only then is asking the driver about NULL needed
        // (on SQLite each wasNull() is another native call).
        switch (this) {
            case INT -> {
                int value = rs.getInt(index);
                return value == 0 && rs.wasNull() ? null : Integer.valueOf(value);
            }
            case LONG -> {
                long value = rs.getLong(index);
                return value == 0 && rs.wasNull() ? null : Long.valueOf(value);
            }
            case DOUBLE -> {
                double value = rs.getDouble(index);
                return value == 0 && rs.wasNull() ? null : Double.valueOf(value);
            }
            default -> {
                boolean value = rs.getBoolean(index);
                return !value && rs.wasNull() ? null : Boolean.valueOf(value);
            }
        }
    }

    /** Return the primitive Java type this getter returns. */
    public Class<?> primitiveType() {
        return switch (this) {
            case INT -> int.class;
            case LONG -> long.class;
            case DOUBLE -> double.class;
            case BOOLEAN -> boolean.class;
        };
    }
}
