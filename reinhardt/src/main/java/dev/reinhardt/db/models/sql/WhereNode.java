package dev.reinhardt.db.models.sql;

import dev.reinhardt.db.backends.base.Sql;
import dev.reinhardt.db.models.Expression;
import dev.reinhardt.db.models.Q;

import java.util.ArrayList;
import java.util.List;

/**
 * Conditions joined by AND or OR, possibly negated. A child that matches
 * nothing ({@link EmptyResultSet}) or everything (empty SQL) is folded away,
 * so {@code in []} costs no query. Immutable.
 *
 * @param connector how the children are joined
 * @param negated   whether the node is negated
 * @param children  conditions and nested nodes
 */
public record WhereNode(Q.Connector connector, boolean negated, List<Expression> children) implements Expression {

    public WhereNode {
        children = List.copyOf(children);
    }

    @Override
    public Sql asSql(SqlCompiler compiler) {
        int fullNeeded = connector == Q.Connector.AND ? children.size() : 1;
        int emptyNeeded = connector == Q.Connector.AND ? 1 : children.size();
        List<String> parts = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        for (Expression child : children) {
            Sql sql;
            try {
                sql = compiler.compile(child);
            } catch (EmptyResultSet empty) {
                emptyNeeded--;
                sql = null;
            }
            if (sql != null) {
                if (sql.sql().isEmpty()) {
                    fullNeeded--;
                } else {
                    parts.add(sql.sql());
                    params.addAll(sql.params());
                }
            }
            if (emptyNeeded == 0) {
                if (negated) {
                    return Sql.EMPTY;
                }
                throw new EmptyResultSet();
            }
            if (fullNeeded == 0) {
                if (negated) {
                    throw new EmptyResultSet();
                }
                return Sql.EMPTY;
            }
        }
        String joined = String.join(" " + connector.name() + " ", parts);
        if (negated) {
            return new Sql("NOT (" + joined + ")", params);
        }
        return new Sql(parts.size() > 1 ? "(" + joined + ")" : joined, params);
    }

    @Override
    public boolean containsAggregate() {
        return children.stream().anyMatch(Expression::containsAggregate);
    }
}
