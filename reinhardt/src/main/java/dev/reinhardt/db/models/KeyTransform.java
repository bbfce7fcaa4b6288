package dev.reinhardt.db.models;

import dev.reinhardt.db.backends.base.Operations;
import dev.reinhardt.db.backends.base.Sql;
import dev.reinhardt.db.backends.base.ValueType;
import dev.reinhardt.db.models.sql.SqlCompiler;

import java.util.ArrayList;
import java.util.List;

/**
 * The value under a key path of a JSONField: {@code filter("data__owner__name", "Bob")}
 * reads {@code data -> owner -> name}. Keys come from lookup paths, so each is an
 * identifier ({@code [A-Za-z_][A-Za-z0-9_]*}), checked again before the backend
 * writes it into SQL. Immutable.
 *
 * @param column the JSON column (or expression)
 * @param path   the keys, outermost first
 * @param asText whether the value is read as text, for text lookups such as {@code icontains}
 */
public record KeyTransform(Expression column, List<String> path, boolean asText) implements Expression {

    private static final ValueType JSON = new ValueType("JSONField", Object.class);
    private static final ValueType TEXT = new ValueType("TextField", String.class);

    public KeyTransform {
        path = List.copyOf(path);
        for (String key : path) {
            if (!Operations.isIdentifier(key)) {
                throw new IllegalArgumentException("JSON key '" + key + "' is not an identifier.");
            }
        }
    }

    /** Return the value of {@code key} under {@code lhs}, a JSON column or another key transform. */
    public static KeyTransform of(Expression lhs, String key) {
        if (lhs instanceof KeyTransform parent) {
            List<String> longer = new ArrayList<>(parent.path);
            longer.add(key);
            return new KeyTransform(parent.column, longer, false);
        }
        return new KeyTransform(lhs, List.of(key), false);
    }

    /** Return whether {@code expression} holds JSON that keys can index. */
    public static boolean indexes(Expression expression) {
        return expression instanceof KeyTransform
                || expression.outputType() != null && expression.outputType().internalType().equals("JSONField");
    }

    /** Return the same key read as text. */
    public KeyTransform text() {
        return new KeyTransform(column, path, true);
    }

    @Override
    public Sql asSql(SqlCompiler compiler) {
        Sql inner = compiler.compile(column);
        return new Sql(compiler.connection().ops().jsonKeySql(inner.sql(), path, asText), inner.params());
    }

    @Override
    public ValueType outputType() {
        return asText ? TEXT : JSON;
    }

    @Override
    public boolean containsAggregate() {
        return column.containsAggregate();
    }
}
