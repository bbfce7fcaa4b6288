package dev.reinhardt.db.models.sql;

import dev.reinhardt.db.models.Col;
import dev.reinhardt.db.models.Expression;
import dev.reinhardt.db.models.Lookup;
import dev.reinhardt.db.models.Q;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The shape of a SELECT plan: everything its SQL text depends on, with each
 * compared value replaced by its class. Two plans of equal shape compile, on
 * one connection, to the same SQL text and differ only in their parameters, so
 * {@link SqlCompiler} keeps the text per shape instead of rebuilding it for
 * every {@code get("id", n)}. Values are never part of a shape: they are bound
 * anew for each query, read from its {@link #leaves()}.
 *
 * <p>Only plans that are plain enough to describe exactly have a shape: no
 * annotations, grouping or {@code union}, and conditions that are AND/OR/NOT
 * trees of lookups comparing a column with a plain value (text, a number, a
 * boolean, a date or time, a UUID, an enum) or with an {@code in} list of
 * plain values of one class (whose shape holds how many are not null), or
 * testing it for null. Anything else (expressions, subqueries, transforms,
 * whose SQL can follow the values or the active time zone) is compiled every
 * time.
 * Immutable.
 */
final class QueryShape {

    private static final Set<Class<?>> PLAIN_VALUES = Set.of(String.class, Integer.class, Long.class, Short.class,
            Byte.class, Double.class, Float.class, BigDecimal.class, BigInteger.class, Boolean.class, Character.class,
            UUID.class, Duration.class);

    /** What the SQL of a plan depends on; equal keys compile to equal SQL on one connection. */
    private record Key(Object options, Object tables, List<Object> where, List<String> ordering, boolean distinct,
                       long low, Long high, List<String> values, List<String> only, List<String> deferred,
                       List<String> selectRelated, boolean selectRelatedAll) {
    }

    /** A WHERE node: its connector, negation and children's shapes. */
    private record Node(Q.Connector connector, boolean negated, List<Object> children) {
    }

    /**
     * A lookup on a column: {@code value} is the class of the bound value, or
     * the value itself where it changes the SQL (isnull's true or false, null).
     */
    private record Leaf(String lookup, Col column, Object value) {
    }

    /** The values of an {@code in} lookup: their class and how many are not null (one placeholder each). */
    private record InList(Class<?> type, int size) {
    }

    /** The value of {@code exact} when it is null, which compiles to {@code IS NULL}. */
    private enum Null { VALUE }

    private final Key key;
    private final List<Lookup> leaves;

    private QueryShape(Key key, List<Lookup> leaves) {
        this.key = key;
        this.leaves = leaves;
    }

    /** Return the shape of {@code query}, or null when its SQL may depend on more than its shape. */
    static QueryShape of(Query query) {
        if (query.isEmpty() || query.combined() != null || query.groupBy() != null
                || !query.annotations().isEmpty()) {
            return null;
        }
        List<Lookup> leaves = new ArrayList<>(4);
        List<Object> where = new ArrayList<>(query.where().size());
        for (Expression condition : query.where()) {
            Object shape = shapeOf(condition, leaves);
            if (shape == null) {
                return null;
            }
            where.add(shape);
        }
        Key key = new Key(query.options(), query.aliasShape(), where, query.ordering(), query.distinct(), query.low(),
                query.high(), copyOrNull(query.valuesSelect()), copyOrNull(query.onlyFields()),
                List.copyOf(query.deferredFields()), query.selectRelated(), query.selectsAllRelated());
        return new QueryShape(key, leaves);
    }

    private static List<String> copyOrNull(Collection<String> names) {
        return names == null ? null : List.copyOf(names);
    }

    private static Object shapeOf(Expression condition, List<Lookup> leaves) {
        if (condition instanceof WhereNode node) {
            List<Object> children = new ArrayList<>(node.children().size());
            for (Expression child : node.children()) {
                Object shape = shapeOf(child, leaves);
                if (shape == null) {
                    return null;
                }
                children.add(shape);
            }
            return new Node(node.connector(), node.negated(), children);
        }
        if (!(condition instanceof Lookup lookup) || !(lookup.lhs() instanceof Col column)) {
            return null;
        }
        Object value = lookup.rhs();
        if (lookup.name().equals("isnull")) {
            return new Leaf(lookup.name(), column, value);
        }
        if (value == null) {
            return new Leaf(lookup.name(), column, Null.VALUE);
        }
        if (lookup.name().equals("in") && value instanceof Collection<?> items) {
            InList list = inList(items);
            if (list == null) {
                return null;
            }
            leaves.add(lookup);
            return new Leaf(lookup.name(), column, list);
        }
        if (!isPlain(value)) {
            return null;
        }
        leaves.add(lookup);
        return new Leaf(lookup.name(), column, value.getClass());
    }

    /**
     * Return the shape of {@code in} values, or null when they are of several
     * classes, not plain, or all null (which matches nothing, and is never cached).
     */
    private static InList inList(Collection<?> items) {
        Class<?> type = null;
        int size = 0;
        for (Object item : items) {
            if (item == null) {
                continue;
            }
            if (type == null) {
                if (!isPlain(item)) {
                    return null;
                }
                type = item.getClass();
            } else if (item.getClass() != type) {
                return null;
            }
            size++;
        }
        return size == 0 ? null : new InList(type, size);
    }

    private static boolean isPlain(Object value) {
        return PLAIN_VALUES.contains(value.getClass()) || value instanceof Enum<?> || value instanceof Temporal;
    }

    /** Return the key to cache the plan's compiled SQL under: equal for plans whose SQL text is equal. */
    Object key() {
        return key;
    }

    /** Return the lookups whose values are bound, in placeholder order. */
    List<Lookup> leaves() {
        return leaves;
    }
}
