package dev.reinhardt.db.models;

import dev.reinhardt.db.backends.base.DatabaseWrapper;
import dev.reinhardt.db.backends.base.Operations;
import dev.reinhardt.db.backends.base.Sql;
import dev.reinhardt.db.models.fields.Field;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code bulkUpdate}: write some fields of many instances with one UPDATE per
 * batch (Django's {@code bulk_update}), each column set by
 * {@code CASE WHEN pk = ? THEN ? ... ELSE column END} over the batch's keys.
 * A batch's SQL text depends only on the model, the fields and the number of
 * rows, so it is built once per connection and kept in its compiled-SQL cache.
 */
final class BulkUpdate {

    /** What a batch's SQL text depends on. */
    private record Shape(Options<?> options, List<Field> fields, int rows) {
    }

    /** The SQL text of one batch shape, a compiled-SQL cache entry. */
    private record Statement(String sql) {
    }

    private BulkUpdate() {
    }

    /** Write {@code names} of {@code objects}; return the rows matched. */
    static <T extends Model> int run(Options<T> options, List<T> objects, List<String> names,
                                     DatabaseWrapper connection) {
        if (names.isEmpty()) {
            throw new IllegalArgumentException("Field names must be given to bulkUpdate().");
        }
        List<Field> fields = new ArrayList<>(names.size());
        for (String name : names) {
            fields.add(options.getField(name));
        }
        for (Field field : fields) {
            if (field.primaryKey()) {
                throw new IllegalArgumentException("bulkUpdate() cannot be used with primary key fields.");
            }
        }
        Field pk = options.pk();
        Object[] keys = new Object[objects.size()];
        for (int i = 0; i < keys.length; i++) {
            Object key = pk.get(objects.get(i));
            if (key == null) {
                throw new IllegalArgumentException("All bulkUpdate() objects must have a primary key set.");
            }
            keys[i] = pk.toDb(key, connection);
        }
        if (objects.isEmpty()) {
            return 0;
        }
        int batch = Math.max(1, ModelPersistence.MAX_PARAMS / (fields.size() * 2 + 1));
        if (objects.size() <= batch) {
            // One statement is atomic by itself: no transaction to open and commit around it.
            return update(options, objects, keys, 0, objects.size(), fields, connection);
        }
        return connection.atomic(() -> {
            int rows = 0;
            for (int start = 0; start < objects.size(); start += batch) {
                rows += update(options, objects, keys, start, Math.min(objects.size(), start + batch), fields,
                        connection);
            }
            return rows;
        });
    }

    /** Run the UPDATE of {@code objects[from, to)}, whose converted keys are {@code keys[from, to)}. */
    private static <T extends Model> int update(Options<T> options, List<T> objects, Object[] keys, int from, int to,
                                                List<Field> fields, DatabaseWrapper connection) {
        int rows = to - from;
        Object[] params = new Object[rows * (fields.size() * 2 + 1)];
        int next = 0;
        for (Field field : fields) {
            for (int i = from; i < to; i++) {
                params[next++] = keys[i];
                params[next++] = field.toDb(field.get(objects.get(i)), connection);
            }
        }
        System.arraycopy(keys, from, params, next, rows);
        return connection.executeUpdate(new Sql(sql(options, fields, rows, connection), Arrays.asList(params)));
    }

    private static String sql(Options<?> options, List<Field> fields, int rows, DatabaseWrapper connection) {
        Shape shape = new Shape(options, fields, rows);
        if (connection.compiledSql().get(shape) instanceof Statement cached) {
            return cached.sql();
        }
        Operations ops = connection.ops();
        Field pk = options.pk();
        String pkColumn = ops.quoteName(pk.column());
        String pkPlaceholder = ops.placeholder(pk.valueType());
        StringBuilder sql = new StringBuilder("UPDATE ").append(ops.quoteName(options.dbTable())).append(" SET ");
        for (int f = 0; f < fields.size(); f++) {
            Field field = fields.get(f);
            String column = ops.quoteName(field.column());
            String placeholder = ops.placeholder(field.valueType());
            sql.append(f == 0 ? "" : ", ").append(column).append(" = CASE");
            for (int i = 0; i < rows; i++) {
                sql.append(" WHEN ").append(pkColumn).append(" = ").append(pkPlaceholder)
                        .append(" THEN ").append(placeholder);
            }
            sql.append(" ELSE ").append(column).append(" END");
        }
        sql.append(" WHERE ").append(pkColumn).append(" IN (");
        for (int i = 0; i < rows; i++) {
            sql.append(i == 0 ? "" : ", ").append(pkPlaceholder);
        }
        String text = sql.append(')').toString();
        connection.compiledSql().put(shape, new Statement(text));
        return text;
    }
}
