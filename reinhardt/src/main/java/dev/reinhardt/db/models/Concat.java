package dev.reinhardt.db.models;

import dev.reinhardt.db.backends.base.Sql;
import dev.reinhardt.db.backends.base.ValueType;
import dev.reinhardt.db.models.sql.SqlCompiler;

import java.util.ArrayList;
import java.util.List;

/** Concatenate texts; a null part counts as empty. Use {@code Value.of(" ")} for literal text. */
public final class Concat extends Func {

    public Concat(Object... parts) {
        super("CONCAT", parts);
        if (parts.length < 2) {
            throw new IllegalArgumentException("Concat needs at least two expressions.");
        }
    }

    @Override
    public Sql asSql(SqlCompiler compiler) {
        List<String> parts = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        for (Expression arg : args()) {
            Sql sql = compiler.compile(arg);
            parts.add("COALESCE(" + sql.sql() + ", '')");
            params.addAll(sql.params());
        }
        return new Sql(compiler.connection().ops().concatSql(parts), params);
    }

    @Override
    public ValueType outputType() {
        return new ValueType("TextField", String.class);
    }
}
