package dev.reinhardt.db.models;

import dev.reinhardt.db.backends.base.Sql;
import dev.reinhardt.db.backends.base.ValueType;
import dev.reinhardt.db.models.sql.Query;
import dev.reinhardt.db.models.sql.SqlCompiler;

/** {@code COUNT(field)}, {@code COUNT(DISTINCT field)} or, for {@code "*"}, {@code COUNT(*)}; never null. */
public final class Count extends Aggregate {

    private static final ValueType LONG = new ValueType("BigIntegerField", Long.class);
    private final boolean star;

    /** Count the rows where {@code field} is not null ({@code "*"}: all rows). */
    public Count(String field) {
        this(field, false);
    }

    /** Count the rows, or the distinct values when {@code distinct}. */
    public Count(String field, boolean distinct) {
        super("COUNT", distinct, field.equals("*") ? "pk" : field);
        this.star = field.equals("*");
    }

    @Override
    public Sql asSql(SqlCompiler compiler) {
        return star ? Sql.of("COUNT(*)") : super.asSql(compiler);
    }

    @Override
    public Expression resolve(Query query) {
        return star ? this : super.resolve(query);
    }

    @Override
    public ValueType outputType() {
        return LONG;
    }
}
