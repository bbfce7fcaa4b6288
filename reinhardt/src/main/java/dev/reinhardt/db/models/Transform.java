package dev.reinhardt.db.models;

import dev.reinhardt.db.backends.base.Operations;
import dev.reinhardt.db.backends.base.Sql;
import dev.reinhardt.db.backends.base.ValueType;
import dev.reinhardt.db.models.sql.Query;
import dev.reinhardt.db.models.sql.SqlCompiler;

import java.time.LocalDate;
import java.util.Set;

/**
 * A transform applied to a date or time before a lookup: {@code createdAt__year},
 * {@code createdAt__date}, {@code createdAt__week_day} (1 = Sunday ... 7 = Saturday).
 * Date-times are taken in UTC.
 *
 * @param name the transform, one of {@link #NAMES}
 * @param lhs  the transformed expression
 */
public record Transform(String name, Expression lhs) implements Expression {

    /** The transforms that exist; any other name is rejected before SQL is built. */
    public static final Set<String> NAMES;

    static {
        java.util.Set<String> names = new java.util.TreeSet<>(Operations.DATE_PARTS);
        names.add("date");
        NAMES = java.util.Collections.unmodifiableSet(names);
    }

    private static final Set<String> TEMPORAL = Set.of("DateField", "DateTimeField", "TimeField");
    private static final ValueType INTEGER = new ValueType("IntegerField", Integer.class);
    private static final ValueType DATE = new ValueType("DateField", LocalDate.class);

    /** Return whether {@code name} is a transform that applies to values of {@code type}. */
    public static boolean appliesTo(String name, ValueType type) {
        return NAMES.contains(name) && type != null && TEMPORAL.contains(type.internalType())
                && !(name.equals("date") && !type.internalType().equals("DateTimeField"));
    }

    @Override
    public Sql asSql(SqlCompiler compiler) {
        Sql inner = compiler.compile(lhs);
        Operations ops = compiler.connection().ops();
        String internalType = lhs.outputType().internalType();
        String sql = name.equals("date") ? ops.datetimeCastDateSql(inner.sql())
                : ops.dateExtractSql(name, inner.sql(), internalType);
        return new Sql(sql, inner.params());
    }

    @Override
    public Expression resolve(Query query) {
        return new Transform(name, lhs.resolve(query));
    }

    @Override
    public ValueType outputType() {
        return name.equals("date") ? DATE : INTEGER;
    }

    @Override
    public boolean containsAggregate() {
        return lhs.containsAggregate();
    }
}
