package dev.reinhardt.db.models;

import dev.reinhardt.db.backends.base.DatabaseWrapper;
import dev.reinhardt.db.backends.base.RowMapper;
import dev.reinhardt.db.backends.base.ValueReader;
import dev.reinhardt.db.models.sql.Query;
import dev.reinhardt.db.models.sql.SqlCompiler;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A queryset whose rows are values rather than instances (Django's
 * {@code values()} and {@code values_list()}): maps, lists, single values or
 * records. Chains like any queryset; {@code annotate} after {@code values}
 * groups by the selected names.
 *
 * @param <T> the model
 * @param <R> the row type
 */
public final class ValuesQuerySet<T extends Model, R> extends AbstractQuerySet<T, R, ValuesQuerySet<T, R>> {

    /** Turns the values of one row into a row object. */
    private interface Shape<R> {
        R make(List<String> names, Object[] values) throws Throwable;
    }

    private final Shape<R> shape;

    private ValuesQuerySet(Options<T> options, Query query, String db, Shape<R> shape) {
        super(options, query, db);
        this.shape = shape;
    }

    static <T extends Model> ValuesQuerySet<T, Map<String, Object>> maps(Options<T> options, Query query, String db) {
        return new ValuesQuerySet<>(options, query, db, (names, values) -> {
            Map<String, Object> row = new LinkedHashMap<>();
            for (int i = 0; i < values.length; i++) {
                row.put(names.get(i), values[i]);
            }
            return Collections.unmodifiableMap(row);
        });
    }

    static <T extends Model> ValuesQuerySet<T, List<Object>> lists(Options<T> options, Query query, String db) {
        return new ValuesQuerySet<>(options, query, db,
                (names, values) -> Collections.unmodifiableList(java.util.Arrays.asList(values)));
    }

    static <T extends Model, V> ValuesQuerySet<T, V> flat(Options<T> options, Query query, String db, Class<V> type) {
        return new ValuesQuerySet<>(options, query, db, (names, values) -> type.cast(values[0]));
    }

    static <T extends Model, V extends Record> ValuesQuerySet<T, V> records(Options<T> options, Query query, String db,
                                                                            Class<V> type) {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] parameterTypes = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            parameterTypes[i] = components[i].getType();
        }
        MethodHandle constructor;
        try {
            constructor = MethodHandles.privateLookupIn(type, MethodHandles.lookup())
                    .findConstructor(type, MethodType.methodType(void.class, parameterTypes))
                    .asSpreader(Object[].class, components.length)
                    .asType(MethodType.methodType(Object.class, Object[].class));
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("Cannot use the canonical constructor of " + type.getName() + ": " + e, e);
        }
        if (query.valuesSelect().size() != components.length) {
            throw new IllegalArgumentException(type.getSimpleName() + " has " + components.length
                    + " components but " + query.valuesSelect().size() + " values are selected.");
        }
        return new ValuesQuerySet<>(options, query, db, (names, values) -> type.cast(constructor.invokeExact(values)));
    }

    @Override
    protected ValuesQuerySet<T, R> copy(Query newQuery, String alias) {
        return new ValuesQuerySet<>(options, newQuery, alias, shape);
    }

    @Override
    protected RowMapper<R> rowMapper(SqlCompiler compiler, DatabaseWrapper connection) {
        List<SqlCompiler.SelectColumn> columns = compiler.selectColumns();
        ValueReader[] readers = compiler.readers(columns);
        List<String> names = new ArrayList<>(query.valuesSelect());
        return rs -> {
            Object[] values = new Object[readers.length];
            for (int i = 0; i < readers.length; i++) {
                values[i] = readers[i].read(rs, i + 1);
            }
            try {
                return shape.make(names, values);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException("Cannot build a row: " + e, e);
            }
        };
    }
}
