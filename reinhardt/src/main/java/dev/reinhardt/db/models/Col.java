package dev.reinhardt.db.models;

import dev.reinhardt.db.backends.base.Sql;
import dev.reinhardt.db.backends.base.ValueType;
import dev.reinhardt.db.models.fields.Field;
import dev.reinhardt.db.models.sql.SqlCompiler;

/**
 * A column of a table in the query: {@code "alias"."column"}.
 *
 * @param alias the table alias in the query's alias map
 * @param field the field the column stores
 */
public record Col(String alias, Field field) implements Expression {

    @Override
    public Sql asSql(SqlCompiler compiler) {
        return Sql.of(compiler.quote(alias) + "." + compiler.quote(field.column()));
    }

    @Override
    public ValueType outputType() {
        return field.valueType();
    }

    @Override
    public Field targetField() {
        return field;
    }
}
