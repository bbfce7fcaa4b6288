package dev.reinhardt.db.models.fields;

import dev.reinhardt.db.backends.base.DatabaseWrapper;
import dev.reinhardt.db.backends.base.PlainGetter;
import dev.reinhardt.db.backends.base.ValueReader;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Write one column of the current row into a model instance: the step of
 * turning a row into an instance for one field. Stateless and thread-safe.
 */
@FunctionalInterface
public interface ColumnLoader {

    /** Read column {@code index} (1-based) of the current row of {@code rs} into {@code instance}. */
    void load(ResultSet rs, int index, Object instance) throws SQLException;

    /**
     * Return the loader of {@code field}'s column on {@code connection}: for a
     * primitive field whose column the backend reads with the driver's plain
     * getter, one that moves the value unboxed; otherwise the field's
     * {@link Field#reader reader} followed by {@link Field#set}. SQL NULL leaves
     * a primitive field unchanged either way. Values are stored through the
     * field's {@link FieldAccessor}.
     */
    static ColumnLoader of(Field field, DatabaseWrapper connection) {
        ValueReader raw = connection.ops().reader(field.valueType());
        if (raw instanceof PlainGetter getter && getter.primitiveType() == field.javaType() && field.readsAsIs()
                && field.writable()) {
            FieldAccessor access = field.accessor();
            return switch (getter) {
                case INT -> (rs, index, instance) -> {
                    int value = rs.getInt(index);
                    // getInt gives 0 for NULL: only then is asking the driver about NULL needed.
                    if (value != 0 || !rs.wasNull()) {
                        access.setInt(instance, value);
                    }
                };
                case LONG -> (rs, index, instance) -> {
                    long value = rs.getLong(index);
                    if (value != 0 || !rs.wasNull()) {
                        access.setLong(instance, value);
                    }
                };
                case DOUBLE -> (rs, index, instance) -> {
                    double value = rs.getDouble(index);
                    if (value != 0 || !rs.wasNull()) {
                        access.setDouble(instance, value);
                    }
                };
                case BOOLEAN -> (rs, index, instance) -> {
                    boolean value = rs.getBoolean(index);
                    if (value || !rs.wasNull()) {
                        access.setBoolean(instance, value);
                    }
                };
            };
        }
        ValueReader reader = field.reader(connection);
        if (!field.holdsValue() && !field.javaType().isPrimitive() && field.writable()) {
            FieldAccessor access = field.accessor();
            return (rs, index, instance) -> access.set(instance, reader.read(rs, index));
        }
        return (rs, index, instance) -> field.set(instance, reader.read(rs, index));
    }
}
