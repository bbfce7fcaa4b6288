package dev.reinhardt.db.models;

import dev.reinhardt.db.backends.base.Operations;
import dev.reinhardt.db.backends.base.Sql;
import dev.reinhardt.db.backends.base.ValueType;
import dev.reinhardt.db.models.sql.EmptyResultSet;
import dev.reinhardt.db.models.sql.Query;
import dev.reinhardt.db.models.sql.SqlCompiler;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A boolean comparison of an expression with a value: {@code status__iexact="PAID"}
 * becomes {@code UPPER("shop_order"."status") = UPPER(?)} on PostgreSQL.
 * The right-hand side is an {@link Expression}, a {@link Query} (for {@code in}),
 * a collection (for {@code in} and {@code range}) or a plain value, always bound.
 *
 * @param name the lookup, one of {@link Operations#LOOKUPS}
 * @param lhs  the compared expression
 * @param rhs  the value
 */
public record Lookup(String name, Expression lhs, Object rhs) implements Expression {

    private static final ValueType TEXT = new ValueType("CharField", String.class);
    private static final ValueType BOOLEAN = new ValueType("BooleanField", Boolean.class);

    public Lookup {
        if (!Operations.LOOKUPS.contains(name)) {
            throw new IllegalArgumentException("Unknown lookup '" + name + "'.");
        }
        checkValue(name, rhs);
    }

    /**
     * Check {@code rhs} as the value of lookup {@code name}: isnull takes
     * true or false, and only exact takes null.
     *
     * @throws IllegalArgumentException saying what the value must be
     */
    static void checkValue(String name, Object rhs) {
        if (name.equals("isnull") && !(rhs instanceof Boolean)) {
            throw new IllegalArgumentException("The QuerySet value for an isnull lookup must be true or false.");
        }
        if (rhs == null && !name.equals("exact")) {
            throw new IllegalArgumentException("Cannot use null as a query value for lookup '" + name + "'.");
        }
    }

    /**
     * Return the low and high bound of a range lookup's {@code rhs}.
     *
     * @throws IllegalArgumentException when it does not hold exactly two values
     */
    static List<?> rangeBounds(Object rhs) {
        List<?> bounds = List.copyOf((Collection<?>) rhs);
        if (bounds.size() != 2) {
            throw new IllegalArgumentException("A range lookup needs exactly two values, got " + bounds.size() + ".");
        }
        return bounds;
    }

    @Override
    public Sql asSql(SqlCompiler compiler) {
        Sql left = compiler.compile(lhs);
        Operations ops = compiler.connection().ops();
        List<Object> params = new ArrayList<>(left.params());
        String lhsSql = left.sql();
        switch (name) {
            case "isnull" -> {
                return new Sql(lhsSql + ((Boolean) rhs ? " IS NULL" : " IS NOT NULL"), params);
            }
            case "exact" -> {
                if (rhs == null) {
                    return new Sql(lhsSql + " IS NULL", params);
                }
            }
            case "in" -> {
                return new Sql(lhsSql + " IN " + inValues(compiler, params), params);
            }
            case "range" -> {
                List<?> bounds = rangeBounds(rhs);
                String low = value(compiler, bounds.get(0), params);
                String high = value(compiler, bounds.get(1), params);
                return new Sql(lhsSql + " BETWEEN " + low + " AND " + high, params);
            }
            case "regex", "iregex" -> {
                String pattern = value(compiler, Value.of(rhs.toString()), params);
                return new Sql(ops.regexLookup(lhsSql, pattern, name.equals("iregex")), params);
            }
            default -> {
            }
        }
        String right;
        if (isPattern() && !(rhs instanceof Expression)) {
            right = value(compiler, new Value(ops.patternValue(name, rhs.toString()), TEXT), params);
        } else {
            right = value(compiler, rhs, params);
        }
        ValueType type = lhs.outputType();
        String wrapped = ops.lookupLhs(name, type == null ? "" : type.internalType(), lhsSql);
        return new Sql(wrapped + " " + ops.lookupOperator(name).replace("%s", right), params);
    }

    private boolean isPattern() {
        return name.endsWith("contains") || name.endsWith("startswith") || name.endsWith("endswith")
                || name.equals("iexact");
    }

    private String inValues(SqlCompiler compiler, List<Object> params) {
        if (rhs instanceof Query subquery) {
            Sql sub = compiler.compileSubquery(subquery);
            params.addAll(sub.params());
            return sub.sql();
        }
        List<String> placeholders = new ArrayList<>();
        for (Object item : (Collection<?>) rhs) {
            if (item != null) {
                placeholders.add(value(compiler, item, params));
            }
        }
        if (placeholders.isEmpty()) {
            throw new EmptyResultSet();
        }
        return "(" + String.join(", ", placeholders) + ")";
    }

    private String value(SqlCompiler compiler, Object value, List<Object> params) {
        Sql sql = value instanceof Expression expression ? compiler.compile(expression)
                : compiler.valueFor(lhs, value);
        params.addAll(sql.params());
        return sql.sql();
    }

    @Override
    public ValueType outputType() {
        return BOOLEAN;
    }

    @Override
    public boolean containsAggregate() {
        return lhs.containsAggregate() || rhs instanceof Expression expression && expression.containsAggregate();
    }
}
