package dev.reinhardt.db.models.sql;

import dev.reinhardt.db.backends.base.Sql;
import dev.reinhardt.db.backends.base.ValueType;
import dev.reinhardt.db.models.Expression;

/**
 * {@code EXISTS (SELECT 1 FROM ... WHERE ...)} over a subquery that may refer
 * to the outer query's aliases; what a negated condition over a multi-valued
 * relation becomes.
 *
 * @param query the subquery, its aliases prefixed apart from the outer query's
 */
record Exists(Query query) implements Expression {

    private static final ValueType BOOLEAN = new ValueType("BooleanField", Boolean.class);

    /** Render the subquery; one that can match nothing makes this condition match nothing ({@link EmptyResultSet}). */
    @Override
    public Sql asSql(SqlCompiler compiler) {
        Sql inner = new SqlCompiler(query, compiler.connection()).existsSubquerySql();
        return new Sql("EXISTS(" + inner.sql() + ")", inner.params());
    }

    @Override
    public ValueType outputType() {
        return BOOLEAN;
    }
}
