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
        List<Object> params = new ArrayList<>(objects.size() * fields.size());
        if (fields.isEmpty()) {
            if (objects.size() != 1) {
                throw new IllegalArgumentException("An INSERT without columns inserts one row at a time.");
            }
            sql.append(ops.insertDefaultValuesSql(table));
        } else {
            List<String> columns = fields.stream().map(field -> ops.quoteName(field.column())).toList();
            sql.append("INSERT INTO ").append(table).append(" (").append(String.join(", ", columns)).append(") VALUES ");
            // Every row has the same placeholders: build them once and repeat them.
            StringBuilder row = new StringBuilder("(");
            for (Field field : fields) {
                row.append(row.length() > 1 ? ", " : "").append(ops.placeholder(field.valueType()));
            }
            row.append(')');
            sql.ensureCapacity(sql.length() + objects.size() * (row.length() + 2));
            for (Object object : objects) {
                if (!params.isEmpty()) {
                    sql.append(", ");
                }
                sql.append(row);
                for (Field field : fields) {
                    params.add(field.toDb(field.get(object), connection));
                }
            }
        }
        if (!returning.isEmpty() && connection.features().canReturnColumnsFromInsert()) {
            sql.append(ops.returningSql(returning.stream().map(field -> ops.quoteName(field.column())).toList()));
        }
        return new Sql(sql.toString(), params);
    }
}
