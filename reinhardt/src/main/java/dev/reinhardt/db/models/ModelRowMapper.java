package dev.reinhardt.db.models;

import dev.reinhardt.db.backends.base.DatabaseWrapper;
import dev.reinhardt.db.backends.base.RowMapper;
import dev.reinhardt.db.backends.base.ValueReader;
import dev.reinhardt.db.models.fields.Field;
import dev.reinhardt.db.models.sql.SqlCompiler;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The single way rows become model instances (Django's {@code Model.from_db}):
 * readers and field handles are resolved once per query, so each row costs
 * one constructor call and one read and one {@code VarHandle} write per column.
 */
final class ModelRowMapper<T extends Model> implements RowMapper<T> {

    private final Options<T> options;
    private final String alias;
    private final Field[] fields;
    private final String[] annotations;
    private final ValueReader[] readers;
    private final Set<String> deferred;

    ModelRowMapper(Options<T> options, List<SqlCompiler.SelectColumn> columns, ValueReader[] readers, String alias) {
        this.options = options;
        this.alias = alias;
        this.readers = readers;
        this.fields = new Field[columns.size()];
        this.annotations = new String[columns.size()];
        Set<String> missing = new HashSet<>(options.fieldNames());
        for (int i = 0; i < columns.size(); i++) {
            fields[i] = columns.get(i).field();
            annotations[i] = columns.get(i).alias();
            if (fields[i] != null && annotations[i] == null) {
                missing.remove(fields[i].name());
            }
        }
        this.deferred = Set.copyOf(missing);
    }

    static <T extends Model> ModelRowMapper<T> of(Options<T> options, SqlCompiler compiler, DatabaseWrapper connection) {
        List<SqlCompiler.SelectColumn> columns = compiler.selectColumns();
        return new ModelRowMapper<>(options, columns, compiler.readers(columns), connection.alias());
    }

    @Override
    public T map(ResultSet rs) throws SQLException {
        T instance = options.newInstance();
        for (int i = 0; i < readers.length; i++) {
            Object value = readers[i].read(rs, i + 1);
            if (annotations[i] == null) {
                fields[i].set(instance, value);
            } else {
                instance.putAnnotation(annotations[i], value);
            }
        }
        instance.state().loaded(alias, deferred);
        options.initialized(instance);
        return instance;
    }
}
