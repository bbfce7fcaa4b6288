package dev.reinhardt.db.backends.base;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * SQL text and the parameters bound to its {@code ?} placeholders, kept
 * together from the compiler to the driver.
 *
 * @param sql    the statement or fragment
 * @param params the bound values in placeholder order (may contain null)
 */
public record Sql(String sql, List<Object> params) {

    /** An empty fragment. */
    public static final Sql EMPTY = new Sql("", List.of());

    public Sql {
        params = Collections.unmodifiableList(new ArrayList<>(params));
    }

    /** Return a fragment with {@code params}. */
    public static Sql of(String sql, Object... params) {
        return new Sql(sql, Arrays.asList(params));
    }

    /** Return the SQL with each placeholder replaced by its parameter, for reading only (never to execute). */
    public String display() {
        StringBuilder out = new StringBuilder();
        int next = 0;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (c == '?' && next < params.size()) {
                Object value = params.get(next++);
                out.append(value instanceof String || value instanceof Character
                        ? "'" + value.toString().replace("'", "''") + "'" : String.valueOf(value));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return sql + " " + params;
    }
}
