package dev.reinhardt.db.models.sql;

import dev.reinhardt.db.backends.base.DatabaseWrapper;
import dev.reinhardt.db.backends.base.Operations;
import dev.reinhardt.db.backends.base.Sql;
import dev.reinhardt.db.models.Expression;
import dev.reinhardt.db.models.Q;
import dev.reinhardt.db.models.fields.Field;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Build UPDATE and DELETE statements for the rows a query matches. */
public final class UpdateCompiler {

    private UpdateCompiler() {
    }

    /**
     * Return {@code UPDATE table SET ... WHERE ...}; values are plain values
     * (bound, converted by the field) or resolved expressions.
     */
    public static Sql updateSql(Query query, Map<Field, Object> values, DatabaseWrapper connection) {
        if (query.isEmpty()) {
            throw new EmptyResultSet();
        }
        Operations ops = connection.ops();
        SqlCompiler compiler = new SqlCompiler(query, connection);
        List<Object> params = new ArrayList<>();
        List<String> assignments = new ArrayList<>();
        values.forEach((field, value) -> {
            String target = ops.quoteName(field.column()) + " = ";
            if (value instanceof Expression expression) {
                Sql sql = compiler.compile(expression);
                assignments.add(target + sql.sql());
                params.addAll(sql.params());
            } else {
                assignments.add(target + ops.placeholder(field.valueType()));
                params.add(field.toDb(value, connection));
            }
        });
        StringBuilder sql = new StringBuilder("UPDATE ").append(ops.quoteName(query.options().dbTable()))
                .append(" SET ").append(String.join(", ", assignments));
        appendWhere(sql, params, query, compiler);
        return new Sql(sql.toString(), params);
    }

    /** Return {@code DELETE FROM table WHERE ...}. */
    public static Sql deleteSql(Query query, DatabaseWrapper connection) {
        if (query.isEmpty()) {
            throw new EmptyResultSet();
        }
        SqlCompiler compiler = new SqlCompiler(query, connection);
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("DELETE FROM ").append(connection.ops().quoteName(query.options().dbTable()));
        appendWhere(sql, params, query, compiler);
        return new Sql(sql.toString(), params);
    }

    /**
     * Append the WHERE clause; conditions through relations cannot join in an
     * UPDATE or DELETE, so they select the primary keys in a subquery instead.
     */
    private static void appendWhere(StringBuilder sql, List<Object> params, Query query, SqlCompiler compiler) {
        if (query.hasJoins()) {
            Query keys = query.copy();
            keys.setOrdering(List.of());
            keys.setValues(List.of("pk"));
            Sql subquery = compiler.compileSubquery(keys);
            sql.append(" WHERE ").append(compiler.quote(query.baseAlias())).append('.')
                    .append(compiler.quote(query.options().pk().column())).append(" IN ").append(subquery.sql());
            params.addAll(subquery.params());
            return;
        }
        Sql where = compiler.compileCondition(new WhereNode(Q.Connector.AND, false, query.where()));
        if (where != null) {
            sql.append(" WHERE ").append(where.sql());
            params.addAll(where.params());
        }
    }
}
