package dev.reinhardt.db.models;

import dev.reinhardt.db.backends.base.Sql;
import dev.reinhardt.db.models.sql.Query;
import dev.reinhardt.db.models.sql.SqlCompiler;

/**
 * A reference to a field or annotation of the query's model, resolved when
 * the query is built: {@code filter("stock", F.of("reserved"))},
 * {@code update("stock", F.of("stock").minus(1))}.
 *
 * @param name the field path or annotation name
 */
public record F(String name) implements Expression {

    /** Return a reference to {@code name}. */
    public static F of(String name) {
        return new F(name);
    }

    @Override
    public Expression resolve(Query query) {
        return query.resolveRef(name);
    }

    @Override
    public Sql asSql(SqlCompiler compiler) {
        throw new IllegalStateException("F(" + name + ") was not resolved against a query.");
    }
}
