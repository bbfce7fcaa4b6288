package dev.reinhardt.db.models;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A tree of filter conditions joined by AND or OR, possibly negated
 * (Django's {@code Q}): {@code Q.of("status", "paid").or(Q.of("total__gt", 100)).not()}.
 * Immutable.
 *
 * @param connector how the children are joined
 * @param negated   whether the whole tree is negated
 * @param children  {@link Condition}s and nested {@code Q}s
 */
public record Q(Connector connector, boolean negated, List<Object> children) {

    /** How children are joined; a fixed set, so no caller text reaches SQL. */
    public enum Connector {
        AND, OR
    }

    /**
     * One condition: a lookup path such as {@code "createdAt__year__gte"} and its value.
     *
     * @param path  the field path with optional transforms and lookup
     * @param value the value, an expression or a queryset (for {@code in})
     */
    public record Condition(String path, Object value) {
    }

    public Q {
        children = List.copyOf(children);
    }

    /** Return a tree holding the single condition {@code path = value}. */
    public static Q of(String path, Object value) {
        List<Object> children = new ArrayList<>();
        children.add(new Condition(path, value));
        return new Q(Connector.AND, false, children);
    }

    /** Return the conditions of {@code conditions} joined by AND, in the map's order. */
    public static Q of(Map<String, ?> conditions) {
        List<Object> children = new ArrayList<>();
        conditions.forEach((path, value) -> children.add(new Condition(path, value)));
        return new Q(Connector.AND, false, children);
    }

    /** Return {@code qs} joined by AND (an empty tree matches everything). */
    public static Q and(Q... qs) {
        return new Q(Connector.AND, false, List.of((Object[]) qs));
    }

    /** Return {@code this AND other}. */
    public Q and(Q other) {
        return combine(other, Connector.AND);
    }

    /** Return {@code this OR other}. */
    public Q or(Q other) {
        return combine(other, Connector.OR);
    }

    /** Return {@code NOT this}. */
    public Q not() {
        return new Q(connector, !negated, children);
    }

    private Q combine(Q other, Connector joiner) {
        return new Q(joiner, false, List.of(this, other));
    }
}
