package dev.reinhardt.db.models;

import dev.reinhardt.db.backends.base.Sql;
import dev.reinhardt.db.backends.base.ValueType;
import dev.reinhardt.db.models.sql.Query;
import dev.reinhardt.db.models.sql.SqlCompiler;

import java.util.ArrayList;
import java.util.List;

/**
 * Arithmetic between two expressions, such as {@code F("price").times(2)}.
 *
 * @param lhs      the left operand
 * @param operator the operator, from a fixed set
 * @param rhs      the right operand
 */
public record CombinedExpression(Expression lhs, Operator operator, Expression rhs) implements Expression {

    /** The arithmetic operators. */
    public enum Operator {
        ADD("+"), SUB("-"), MUL("*"), DIV("/");

        private final String sql;

        Operator(String sql) {
            this.sql = sql;
        }
    }

    @Override
    public Sql asSql(SqlCompiler compiler) {
        Sql left = compiler.compile(lhs);
        Sql right = compiler.compile(rhs);
        List<Object> params = new ArrayList<>(left.params());
        params.addAll(right.params());
        return new Sql("(" + left.sql() + " " + operator.sql + " " + right.sql() + ")", params);
    }

    @Override
    public Expression resolve(Query query) {
        return new CombinedExpression(lhs.resolve(query), operator, rhs.resolve(query));
    }

    @Override
    public ValueType outputType() {
        ValueType type = lhs.outputType();
        return type != null ? type : rhs.outputType();
    }

    @Override
    public boolean containsAggregate() {
        return lhs.containsAggregate() || rhs.containsAggregate();
    }

    @Override
    public List<Expression> groupByColumns() {
        if (!containsAggregate()) {
            return List.of(this);
        }
        List<Expression> columns = new ArrayList<>(lhs.groupByColumns());
        columns.addAll(rhs.groupByColumns());
        return columns;
    }
}
