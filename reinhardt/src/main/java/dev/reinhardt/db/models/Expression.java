package dev.reinhardt.db.models;

import dev.reinhardt.db.backends.base.DatabaseWrapper;
import dev.reinhardt.db.backends.base.Sql;
import dev.reinhardt.db.backends.base.ValueReader;
import dev.reinhardt.db.backends.base.ValueType;
import dev.reinhardt.db.models.fields.Field;
import dev.reinhardt.db.models.sql.Query;
import dev.reinhardt.db.models.sql.SqlCompiler;

import java.util.List;

/**
 * A node of SQL the ORM builds: a column, a value, a function, an aggregate,
 * arithmetic (Django's query expressions). Open for extension: implement
 * {@link #asSql}, and {@link #asVendorSql} where one backend needs other SQL.
 * Immutable.
 */
public interface Expression {

    /** Return the generic SQL of this node. */
    Sql asSql(SqlCompiler compiler);

    /**
     * Return SQL specific to {@code vendor}, or null to use {@link #asSql}; the
     * compiler asks this first.
     */
    default Sql asVendorSql(SqlCompiler compiler, String vendor) {
        return null;
    }

    /** Return this expression with field names resolved against {@code query}. */
    default Expression resolve(Query query) {
        return this;
    }

    /** Return the type of the value this expression produces, or null when unknown. */
    default ValueType outputType() {
        return null;
    }

    /** Return the model field this expression reads directly, or null. */
    default Field targetField() {
        return null;
    }

    /** Return a reader of this expression's column on {@code connection}. */
    default ValueReader reader(DatabaseWrapper connection) {
        Field field = targetField();
        if (field != null) {
            return field.reader(connection);
        }
        ValueType type = outputType();
        return type == null ? (rs, index) -> rs.getObject(index) : connection.ops().reader(type);
    }

    /** Return whether this expression contains an aggregate (and so belongs in HAVING, not WHERE). */
    default boolean containsAggregate() {
        return false;
    }

    /** Return the expressions a GROUP BY needs for this one. */
    default List<Expression> groupByColumns() {
        return containsAggregate() ? List.of() : List.of(this);
    }

    /** Return {@code this + other}. */
    default Expression plus(Object other) {
        return new CombinedExpression(this, CombinedExpression.Operator.ADD, Value.wrap(other));
    }

    /** Return {@code this - other}. */
    default Expression minus(Object other) {
        return new CombinedExpression(this, CombinedExpression.Operator.SUB, Value.wrap(other));
    }

    /** Return {@code this * other}. */
    default Expression times(Object other) {
        return new CombinedExpression(this, CombinedExpression.Operator.MUL, Value.wrap(other));
    }

    /** Return {@code this / other}. */
    default Expression div(Object other) {
        return new CombinedExpression(this, CombinedExpression.Operator.DIV, Value.wrap(other));
    }
}
