package dev.reinhardt.db.models;

import dev.reinhardt.db.backends.base.Operations;
import dev.reinhardt.db.backends.base.Sql;
import dev.reinhardt.db.backends.base.ValueType;
import dev.reinhardt.db.models.fields.Field;
import dev.reinhardt.db.models.sql.Query;
import dev.reinhardt.db.models.sql.SqlCompiler;

import java.util.ArrayList;
import java.util.List;

/**
 * A SQL function call {@code NAME(arg, ...)}; string arguments name fields.
 * Subclass it for a new function; the name must be a plain identifier.
 */
public class Func implements Expression, Cloneable {

    private final String function;
    private List<Expression> args;

    /**
     * Create a call of {@code function} over {@code args} (strings are field references).
     *
     * @throws IllegalArgumentException when {@code function} is not a plain identifier
     */
    protected Func(String function, Object... args) {
        if (!Operations.isIdentifier(function)) {
            throw new IllegalArgumentException("Function name '" + function + "' is not a plain identifier.");
        }
        this.function = function;
        List<Expression> expressions = new ArrayList<>();
        for (Object arg : args) {
            expressions.add(arg instanceof String name ? F.of(name) : Value.wrap(arg));
        }
        this.args = List.copyOf(expressions);
    }

    /** Return a call of the SQL function {@code function} over {@code args}. */
    public static Func of(String function, Object... args) {
        return new Func(function, args);
    }

    /** Return the arguments. */
    public List<Expression> args() {
        return args;
    }

    /** Return the function name. */
    public String function() {
        return function;
    }

    @Override
    public Sql asSql(SqlCompiler compiler) {
        return call(compiler, function, "");
    }

    /** Return {@code name(prefix args...)} with the compiled arguments. */
    protected Sql call(SqlCompiler compiler, String name, String prefix) {
        List<Object> params = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        for (Expression arg : args) {
            Sql sql = compiler.compile(arg);
            parts.add(sql.sql());
            params.addAll(sql.params());
        }
        return new Sql(name + "(" + prefix + String.join(", ", parts) + ")", params);
    }

    @Override
    public Expression resolve(Query query) {
        Func copy = copy();
        copy.args = args.stream().map(arg -> arg.resolve(query)).toList();
        return copy;
    }

    private Func copy() {
        try {
            return (Func) clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public ValueType outputType() {
        return args.isEmpty() ? null : args.getFirst().outputType();
    }

    /** Return the field of the first argument, whose conversion this function's result keeps. */
    protected Field firstArgField() {
        return args.isEmpty() ? null : args.getFirst().targetField();
    }

    @Override
    public boolean containsAggregate() {
        return args.stream().anyMatch(Expression::containsAggregate);
    }

    @Override
    public List<Expression> groupByColumns() {
        if (!containsAggregate()) {
            return List.of(this);
        }
        List<Expression> columns = new ArrayList<>();
        args.forEach(arg -> columns.addAll(arg.groupByColumns()));
        return columns;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + args;
    }
}
