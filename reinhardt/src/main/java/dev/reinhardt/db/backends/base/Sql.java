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
        params = params.isEmpty() ? List.of() : Collections.unmodifiableList(new ArrayList<>(params));
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
                out.append(literal(params.get(next++)));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Return {@code value} as it would read in SQL: numbers and booleans bare, NULL, bytes in hex, the rest quoted. */
    private static String literal(Object value) {
        return switch (value) {
            case null -> "NULL";
            case Number number -> number.toString();
            case Boolean bool -> bool.toString();
            case byte[] bytes -> "X'" + java.util.HexFormat.of().formatHex(bytes) + "'";
            default -> "'" + value.toString().replace("'", "''") + "'";
        };
    }

    @Override
    public String toString() {
        return sql + " " + params;
    }
}
