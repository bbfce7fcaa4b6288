package dev.reinhardt.db.models;

import dev.reinhardt.db.backends.base.Sql;
import dev.reinhardt.db.models.sql.Query;
import dev.reinhardt.db.models.sql.SqlCompiler;
import dev.reinhardt.exceptions.FieldError;

import java.util.TreeSet;

/**
 * A part of a date, time or date-time as an integer, computed as the
 * {@code __year}-style transforms do (date-times in the current time zone):
 * {@code annotate("year", new Extract("createdAt", "year"))}. The part is
 * checked against the known parts before any SQL exists.
 *
 * @param expression a field name or an expression
 * @param part       one of {@code year, quarter, month, week, day, week_day, iso_week_day, iso_year, hour, minute, second}
 */
public record Extract(Object expression, String part) implements Expression {

    @Override
    public Expression resolve(Query query) {
        Expression source = (expression instanceof String name ? F.of(name) : Value.wrap(expression)).resolve(query);
        if (part.equals("date") || part.equals("time") || !Transform.appliesTo(part, source.outputType())) {
            TreeSet<String> parts = new TreeSet<>(Transform.NAMES);
            parts.remove("date");
            parts.remove("time");
            throw new FieldError("Cannot extract '" + part + "' from " + (source.outputType() == null ? "this expression"
                    : source.outputType().internalType()) + ". Choices are: " + String.join(", ", parts) + ".");
        }
        return new Transform(part, source);
    }

    @Override
    public Sql asSql(SqlCompiler compiler) {
        throw new IllegalStateException("Extract(" + part + ") was not resolved against a query.");
    }
}
