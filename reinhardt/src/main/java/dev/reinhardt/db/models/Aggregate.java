package dev.reinhardt.db.models;

import dev.reinhardt.db.backends.base.Sql;
import dev.reinhardt.db.backends.base.ValueType;
import dev.reinhardt.db.models.sql.SqlCompiler;

import java.util.List;

/** An aggregate function over the rows of a group: Count, Sum, Avg, Min, Max. */
public abstract class Aggregate extends Func {

    private final boolean distinct;

    protected Aggregate(String function, boolean distinct, Object... args) {
        super(function, args);
        this.distinct = distinct;
    }

    @Override
    public Sql asSql(SqlCompiler compiler) {
        return call(compiler, function(), distinct ? "DISTINCT " : "");
    }

    @Override
    public boolean containsAggregate() {
        return true;
    }

    @Override
    public List<Expression> groupByColumns() {
        return List.of();
    }

    /** Return the type of the first argument, or {@code fallback} when unknown. */
    protected ValueType argumentType(ValueType fallback) {
        ValueType type = args().getFirst().outputType();
        return type == null ? fallback : type;
    }
}
