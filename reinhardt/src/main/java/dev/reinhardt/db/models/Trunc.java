package dev.reinhardt.db.models;

import dev.reinhardt.conf.Timezone;
import dev.reinhardt.db.backends.base.Operations;
import dev.reinhardt.db.backends.base.Sql;
import dev.reinhardt.db.backends.base.ValueType;
import dev.reinhardt.db.models.fields.Field;
import dev.reinhardt.db.models.sql.Query;
import dev.reinhardt.db.models.sql.SqlCompiler;
import dev.reinhardt.exceptions.FieldError;

import java.util.List;

/**
 * A date or date-time cut down to the start of its period (Django's {@code Trunc}):
 * {@code values("month").annotate(...)} over {@code new Trunc("createdAt", "month")}
 * groups by month. Date-times are truncated as wall-clock times in the current time
 * zone, as Django does with {@code useTz}. The kind is checked against
 * {@link Operations#TRUNC_KINDS} before any SQL exists; dates take year to day.
 */
public final class Trunc implements Expression {

    private static final List<String> DATE_KINDS = List.of("year", "quarter", "month", "week", "day");

    private final Object expression;
    private final String kind;
    private final Expression source;

    /**
     * Truncate {@code expression} (a field name or an expression) to {@code kind}.
     *
     * @throws IllegalArgumentException naming the kinds when {@code kind} is none of them
     */
    public Trunc(Object expression, String kind) {
        this(expression, kind, null);
        if (!Operations.TRUNC_KINDS.contains(kind)) {
            throw new IllegalArgumentException("Unknown truncation kind '" + kind + "'. Choices are: "
                    + String.join(", ", Operations.TRUNC_KINDS) + ".");
        }
    }

    private Trunc(Object expression, String kind, Expression source) {
        this.expression = expression;
        this.kind = kind;
        this.source = source;
    }

    @Override
    public Expression resolve(Query query) {
        Expression resolved = (expression instanceof String name ? F.of(name) : Value.wrap(expression)).resolve(query);
        String type = resolved.outputType() == null ? "" : resolved.outputType().internalType();
        boolean fits = type.equals("DateTimeField") || type.equals("DateField") && DATE_KINDS.contains(kind);
        if (!fits) {
            throw new FieldError("Cannot truncate " + (type.isEmpty() ? "this expression" : type) + " to '" + kind
                    + "'. Date-times take " + String.join(", ", Operations.TRUNC_KINDS) + "; dates take "
                    + String.join(", ", DATE_KINDS) + ".");
        }
        return new Trunc(expression, kind, resolved);
    }

    @Override
    public Sql asSql(SqlCompiler compiler) {
        if (source == null) {
            throw new IllegalStateException("Trunc(" + kind + ") was not resolved against a query.");
        }
        Sql inner = compiler.compile(source);
        Operations ops = compiler.connection().ops();
        String sql = source.outputType().internalType().equals("DateTimeField")
                ? ops.datetimeTruncSql(kind, inner.sql(), Timezone.databaseLocalTimezone())
                : ops.dateTruncSql(kind, inner.sql());
        return new Sql(sql, inner.params());
    }

    @Override
    public ValueType outputType() {
        return source == null ? null : source.outputType();
    }

    /** Return the truncated field, whose conversion the result keeps (an {@code Instant} stays an {@code Instant}). */
    @Override
    public Field targetField() {
        return source == null ? null : source.targetField();
    }

    @Override
    public boolean containsAggregate() {
        return source != null && source.containsAggregate();
    }

    @Override
    public String toString() {
        return "Trunc(" + expression + ", " + kind + ")";
    }
}
