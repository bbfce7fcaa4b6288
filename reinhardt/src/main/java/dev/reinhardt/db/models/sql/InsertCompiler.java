package dev.reinhardt.db.models.sql;

import dev.reinhardt.db.backends.base.DatabaseWrapper;
import dev.reinhardt.db.backends.base.Operations;
import dev.reinhardt.db.backends.base.Sql;
import dev.reinhardt.db.models.Options;
import dev.reinhardt.db.models.fields.Field;

import java.util.ArrayList;
import java.util.List;

/** Build INSERT statements, with RETURNING for the columns the database fills. */
public final class InsertCompiler {

    private InsertCompiler() {
    }

    /**
     * Return {@code INSERT INTO table (fields) VALUES (...), (...)} for the
     * objects {@code objects}, returning {@code returning} when the backend can.
     */
    public static Sql insertSql(Options<?> options, List<Field> fields, List<?> objects, List<Field> returning,
                                DatabaseWrapper connection) {
        Operations ops = connection.ops();
        String table = ops.quoteName(options.dbTable());
        StringBuilder sql = new StringBuilder();
        List<Object> params = new ArrayList<>();
        if (fields.isEmpty()) {
            if (objects.size() != 1) {
                throw new IllegalArgumentException("An INSERT without columns inserts one row at a time.");
            }
            sql.append(ops.insertDefaultValuesSql(table));
        } else {
            List<String> columns = fields.stream().map(field -> ops.quoteName(field.column())).toList();
            sql.append("INSERT INTO ").append(table).append(" (").append(String.join(", ", columns)).append(") VALUES ");
            List<String> rows = new ArrayList<>();
            for (Object object : objects) {
                List<String> placeholders = new ArrayList<>();
                for (Field field : fields) {
                    placeholders.add(ops.placeholder(field.valueType()));
                    params.add(field.toDb(field.get(object), connection));
                }
                rows.add("(" + String.join(", ", placeholders) + ")");
            }
            sql.append(String.join(", ", rows));
        }
        if (!returning.isEmpty() && connection.features().canReturnColumnsFromInsert()) {
            sql.append(ops.returningSql(returning.stream().map(field -> ops.quoteName(field.column())).toList()));
        }
        return new Sql(sql.toString(), params);
    }
}
