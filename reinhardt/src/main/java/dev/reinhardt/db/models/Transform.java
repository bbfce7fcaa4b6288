package dev.reinhardt.db.models;

import dev.reinhardt.conf.Timezone;
import dev.reinhardt.db.backends.base.Operations;
import dev.reinhardt.db.backends.base.Sql;
import dev.reinhardt.db.backends.base.ValueType;
import dev.reinhardt.db.models.sql.Query;
import dev.reinhardt.db.models.sql.SqlCompiler;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;

/**
 * A transform applied to a date or time before a lookup: {@code createdAt__year},
 * {@code createdAt__date}, {@code createdAt__time}, {@code createdAt__week_day}
 * (1 = Sunday ... 7 = Saturday), {@code createdAt__iso_week_day} (1 = Monday).
 * Date-times are taken as wall-clock times in the current time zone when
 * {@code useTz} is on, else in the {@code timeZone} setting, as Django does.
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
        names.add("time");
        NAMES = java.util.Collections.unmodifiableSet(names);
    }

    private static final Set<String> TEMPORAL = Set.of("DateField", "DateTimeField", "TimeField");
    private static final ValueType INTEGER = new ValueType("IntegerField", Integer.class);
    private static final ValueType DATE = new ValueType("DateField", LocalDate.class);
    private static final ValueType TIME = new ValueType("TimeField", LocalTime.class);

    /** Return whether {@code name} is a transform that applies to values of {@code type}. */
    public static boolean appliesTo(String name, ValueType type) {
        return NAMES.contains(name) && type != null && TEMPORAL.contains(type.internalType())
                && (!name.equals("date") && !name.equals("time") || type.internalType().equals("DateTimeField"));
    }

    @Override
    public Sql asSql(SqlCompiler compiler) {
        Sql inner = compiler.compile(lhs);
        Operations ops = compiler.connection().ops();
        String internalType = lhs.outputType().internalType();
        if (!internalType.equals("DateTimeField")) {
            return new Sql(ops.dateExtractSql(name, inner.sql(), internalType), inner.params());
        }
        ZoneId zone = Timezone.databaseLocalTimezone();
        String sql = switch (name) {
            case "date" -> ops.datetimeCastDateSql(inner.sql(), zone);
            case "time" -> ops.datetimeCastTimeSql(inner.sql(), zone);
            default -> ops.datetimeExtractSql(name, inner.sql(), zone);
        };
        return new Sql(sql, inner.params());
    }

    @Override
    public Expression resolve(Query query) {
        return new Transform(name, lhs.resolve(query));
    }

    @Override
    public ValueType outputType() {
        return switch (name) {
            case "date" -> DATE;
            case "time" -> TIME;
            default -> INTEGER;
        };
    }

    @Override
    public boolean containsAggregate() {
        return lhs.containsAggregate();
    }
}
