package dev.reinhardt.db.models;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.reinhardt.db.backends.base.Operations;
import dev.reinhardt.db.backends.base.Sql;
import dev.reinhardt.db.backends.base.ValueType;
import dev.reinhardt.db.models.sql.EmptyResultSet;
import dev.reinhardt.db.models.sql.SqlCompiler;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * A comparison of a JSON key's value with JSON values, as Django's key
 * lookups do: {@code data__size=3} matches the number 3, {@code data__tag=null}
 * a JSON null, {@code data__tag__isnull=true} a missing key. Values are
 * written as JSON and bound. Immutable.
 *
 * @param name the lookup: exact, gt, gte, lt, lte, in, range or isnull
 * @param lhs  the key
 * @param rhs  the value (a collection for in and range, a boolean for isnull)
 */
public record KeyLookup(String name, KeyTransform lhs, Object rhs) implements Expression {

    /** The lookups compared as JSON; text lookups read the key as text instead. */
    public static final Set<String> LOOKUPS = Set.of("exact", "gt", "gte", "lt", "lte", "in", "range", "isnull");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ValueType BOOLEAN = new ValueType("BooleanField", Boolean.class);

    public KeyLookup {
        if (!LOOKUPS.contains(name)) {
            throw new IllegalArgumentException("Lookup '" + name + "' does not compare JSON values.");
        }
        Lookup.checkValue(name, rhs);
    }

    @Override
    public Sql asSql(SqlCompiler compiler) {
        Operations ops = compiler.connection().ops();
        Sql column = compiler.compile(lhs.column());
        List<Object> params = new ArrayList<>(column.params());
        String key = ops.jsonKeySql(column.sql(), lhs.path(), false);
        return switch (name) {
            case "isnull" -> {
                String exists = ops.jsonKeyExistsSql(column.sql(), lhs.path());
                yield new Sql((Boolean) rhs ? "NOT (" + exists + ")" : exists, params);
            }
            case "exact" -> rhs == null
                    ? new Sql(ops.jsonKeyIsJsonNullSql(column.sql(), lhs.path()), params)
                    : new Sql(key + " = " + value(ops, rhs, params), params);
            case "in" -> {
                List<String> placeholders = new ArrayList<>();
                for (Object item : (Collection<?>) rhs) {
                    placeholders.add(value(ops, item, params));
                }
                if (placeholders.isEmpty()) {
                    throw new EmptyResultSet();
                }
                yield new Sql(key + " IN (" + String.join(", ", placeholders) + ")", params);
            }
            case "range" -> {
                List<?> bounds = Lookup.rangeBounds(rhs);
                String low = value(ops, bounds.get(0), params);
                yield new Sql(key + " BETWEEN " + low + " AND " + value(ops, bounds.get(1), params), params);
            }
            default -> new Sql(key + " " + ops.lookupOperator(name).replace("%s", value(ops, rhs, params)), params);
        };
    }

    private static String value(Operations ops, Object value, List<Object> params) {
        try {
            params.add(JSON.writeValueAsString(value instanceof Enum<?> constant ? constant.name() : value));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Value " + value + " cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
        return ops.jsonValuePlaceholder();
    }

    @Override
    public ValueType outputType() {
        return BOOLEAN;
    }
}
