package dev.reinhardt.db.models;

import dev.reinhardt.db.backends.base.DatabaseWrapper;
import dev.reinhardt.db.backends.base.RowMapper;
import dev.reinhardt.db.backends.base.Sql;
import dev.reinhardt.db.models.fields.Field;
import dev.reinhardt.db.models.sql.EmptyResultSet;
import dev.reinhardt.db.models.sql.Query;
import dev.reinhardt.db.models.sql.SqlCompiler;
import dev.reinhardt.db.models.sql.UpdateCompiler;
import dev.reinhardt.exceptions.IntegrityError;
import dev.reinhardt.exceptions.ObjectDoesNotExist;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A queryset of model instances, open for custom querysets: extend it with
 * your own type as {@code S} and every chaining call returns your type, so
 * custom methods chain without casts.
 *
 * <pre>{@code
 * public static final class OrderQuerySet extends BaseQuerySet<Order, OrderQuerySet> {
 *     public OrderQuerySet(QuerySetState<Order> state) { super(state, OrderQuerySet::new); }
 *     public OrderQuerySet paid() { return filter("status", "paid"); }
 * }
 * public static final BaseManager<Order, OrderQuerySet> objects =
 *         BaseManager.fromQuerySet(Order.class, OrderQuerySet::new);
 * Order.objects.all().paid().orderBy("-createdAt").list();
 * }</pre>
 *
 * <p>To call the custom methods on the manager too ({@code Order.objects.paid()}),
 * declare them once as default methods of an interface that the queryset and a
 * manager both implement: see {@link QuerySetMethods}.
 */
public abstract class BaseQuerySet<T extends Model, S extends BaseQuerySet<T, S>> extends AbstractQuerySet<T, T, S>
        implements QuerySetMethods<T, S> {

    private final Function<QuerySetState<T>, S> factory;

    protected BaseQuerySet(QuerySetState<T> state, Function<QuerySetState<T>, S> factory) {
        super(state.options(), state.query(), state.db());
        this.factory = factory;
    }

    @Override
    protected final S copy(Query newQuery, String alias) {
        return factory.apply(new QuerySetState<>(options, newQuery, alias));
    }

    @Override
    protected RowMapper<T> rowMapper(SqlCompiler compiler, DatabaseWrapper connection) {
        return ModelRowMapper.of(options, compiler, connection, query);
    }

    @Override
    protected List<T> afterLoad(List<T> rows) {
        Prefetcher.prefetch(rows, query.prefetch());
        return rows;
    }

    /**
     * Make each chunk of {@link #stream(int)}'s rows a group of peers, and run
     * {@code prefetchRelated} once per chunk.
     */
    @Override
    protected Stream<T> inChunks(Stream<T> rows, int chunkSize, RowMapper<T> rowMapper) {
        ModelRowMapper<T> mapper = (ModelRowMapper<T>) rowMapper;
        Iterator<T> source = rows.iterator();
        List<Prefetch> lookups = query.prefetch();
        Iterator<T> chunks = new Iterator<>() {
            private Iterator<T> current = java.util.Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                if (current.hasNext()) {
                    return true;
                }
                mapper.startGroup();
                List<T> chunk = new ArrayList<>(chunkSize);
                while (chunk.size() < chunkSize && source.hasNext()) {
                    chunk.add(source.next());
                }
                Prefetcher.prefetch(chunk, lookups);
                current = chunk.iterator();
                return current.hasNext();
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                return current.next();
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(chunks, Spliterator.ORDERED), false)
                .onClose(rows::close);
    }

    // ---------------------------------------------------------------- relations

    /**
     * Return instances with the related objects of {@code paths} built from the
     * same rows by joins (Django's {@code select_related}): forward foreign keys
     * and one-to-one relations, at any depth ({@code "customer__region"}),
     * LEFT OUTER joined where nullable.
     *
     * @throws dev.reinhardt.exceptions.FieldError naming the choices; a
     *         many-to-many or reverse relation points to {@link #prefetchRelated(String...)}
     */
    public S selectRelated(String... paths) {
        Query copy = query.copy();
        if (paths.length == 0) {
            copy.setSelectRelatedAll();
        } else if (paths.length == 1 && paths[0] == null) {
            copy.clearSelectRelated();
        } else {
            copy.addSelectRelated(List.of(paths));
        }
        return copy(copy, db);
    }

    /**
     * Return instances whose relations {@code lookups} ({@code "items"},
     * {@code "items__product"}, forward, reverse or many-to-many) are loaded
     * after the rows, one query per level with {@code IN} over the keys
     * (Django's {@code prefetch_related}); a single null clears them.
     */
    public S prefetchRelated(String... lookups) {
        Query copy = query.copy();
        if (lookups.length == 1 && lookups[0] == null) {
            copy.addPrefetch(null);
        } else {
            copy.addPrefetch(java.util.Arrays.stream(lookups).map(Prefetch::of).toList());
        }
        return copy(copy, db);
    }

    /** Return instances whose relations are prefetched as {@code lookups} say; see {@link Prefetch}. */
    public S prefetchRelated(Prefetch... lookups) {
        Query copy = query.copy();
        copy.addPrefetch(List.of(lookups));
        return copy(copy, db);
    }

    /**
     * Return instances that read unloaded relations with {@code mode}, as do
     * the objects loaded from them; see {@link FetchMode}.
     */
    public S fetchMode(FetchMode mode) {
        Query copy = query.copy();
        copy.setFetchMode(mode);
        return copy(copy, db);
    }

    // ---------------------------------------------------------------- loading

    /** Return instances with only {@code fields} (and the primary key) loaded; the rest keep their Java defaults. */
    public S only(String... fields) {
        notSupportedAfterCombining("only");
        Query copy = query.copy();
        copy.setOnly(List.of(fields));
        return copy(copy, db);
    }

    /** Return instances without {@code fields} loaded; load them later with {@code refreshFromDb(fields)}. */
    public S defer(String... fields) {
        notSupportedAfterCombining("defer");
        Query copy = query.copy();
        copy.addDeferred(List.of(fields));
        return copy(copy, db);
    }

    /** Return the rows of this queryset and {@code others} combined by UNION. */
    @SafeVarargs
    public final S union(S... others) {
        return combine(false, others);
    }

    /** Return the rows of this queryset and {@code others} combined by UNION ALL (keeping duplicates). */
    @SafeVarargs
    public final S unionAll(S... others) {
        return combine(true, others);
    }

    @SafeVarargs
    private S combine(boolean all, S... others) {
        Query copy = query.copy();
        List<Query> parts = new ArrayList<>();
        for (S other : others) {
            parts.add(other.query());
        }
        copy.combine(parts, all);
        return copy(copy, db);
    }

    /** Return the rows as maps of {@code fields} (every field when none) to values. */
    public ValuesQuerySet<T, Map<String, Object>> values(String... fields) {
        return ValuesQuerySet.maps(options, valuesQuery(fields), db);
    }

    /** Return the rows as lists of the values of {@code fields}. */
    public ValuesQuerySet<T, List<Object>> valuesList(String... fields) {
        return ValuesQuerySet.lists(options, valuesQuery(fields), db);
    }

    /** Return the values of the single {@code field} (Django's {@code values_list(flat=True)}). */
    public <V> ValuesQuerySet<T, V> valuesListFlat(String field, Class<V> type) {
        return ValuesQuerySet.flat(options, valuesQuery(field), db, type);
    }

    /** Return the rows as records of {@code type}, filled from {@code fields} or else its component names. */
    public <V extends Record> ValuesQuerySet<T, V> values(Class<V> type, String... fields) {
        String[] names = fields.length > 0 ? fields
                : java.util.Arrays.stream(type.getRecordComponents()).map(c -> c.getName()).toArray(String[]::new);
        return ValuesQuerySet.records(options, valuesQuery(names), db, type);
    }

    private Query valuesQuery(String... fields) {
        Query copy = query.copy();
        copy.setValues(List.of(fields));
        return copy;
    }

    // ---------------------------------------------------------------- single objects

    /** Return the first object by {@code fields} (default: the model's {@code getLatestBy}). */
    public T earliest(String... fields) {
        return byLatest(fields, false);
    }

    /** Return the last object by {@code fields} (default: the model's {@code getLatestBy}). */
    public T latest(String... fields) {
        return byLatest(fields, true);
    }

    private T byLatest(String[] fields, boolean reversed) {
        if (query.isSliced()) {
            throw new IllegalStateException("Cannot change a query once a slice has been taken.");
        }
        List<String> names = fields.length > 0 ? List.of(fields)
                : options.getLatestBy() == null ? List.of() : List.of(options.getLatestBy());
        if (names.isEmpty()) {
            throw new IllegalArgumentException("earliest() and latest() require either fields as arguments or "
                    + "'getLatestBy' in the model's @Meta.");
        }
        List<String> ordering = reversed
                ? names.stream().map(name -> name.startsWith("-") ? name.substring(1) : "-" + name).toList()
                : names;
        Query copy = query.copy();
        copy.setOrdering(ordering);
        copy.setLimits(0, 1L);
        return copy(copy, db).get();
    }

    /** Return whether {@code object} is one of the rows. */
    public boolean contains(T object) {
        notSupportedAfterCombining("contains");
        if (object.pk() == null) {
            throw new IllegalArgumentException("QuerySet.contains() cannot be used on unsaved objects.");
        }
        if (object.getClass() != options.model()) {
            throw new IllegalArgumentException("QuerySet.contains() expects a " + options.model().getSimpleName()
                    + ", got a " + object.getClass().getSimpleName() + ".");
        }
        if (resultCache() != null) {
            return resultCache().contains(object);
        }
        return filter("pk", object.pk()).exists();
    }

    /** Return every object by primary key (Django's {@code in_bulk()} without ids). */
    public Map<Object, T> inBulk() {
        Map<Object, T> found = new LinkedHashMap<>();
        for (T object : list()) {
            found.put(object.pk(), object);
        }
        return found;
    }

    /** Return the objects whose primary keys are {@code ids}, by primary key; no query for no ids. */
    public Map<Object, T> inBulk(Collection<?> ids) {
        Map<Object, T> found = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        for (T object : filter("pk__in", ids).list()) {
            found.put(object.pk(), object);
        }
        return found;
    }

    // ---------------------------------------------------------------- writes

    /** Create, fill with {@code init} and insert an object (Django's {@code create(**kwargs)}). */
    public T create(Consumer<? super T> init) {
        T object = options.newInstance();
        init.accept(object);
        options.initialized(object);
        object.save(new SaveOptions(db, null, true));
        return object;
    }

    /**
     * Return the object matching {@code lookup}, or create one from the plain
     * field names of {@code lookup} and then {@code defaults}.
     */
    public ObjectCreated<T> getOrCreate(Map<String, ?> lookup, Consumer<? super T> defaults) {
        try {
            return new ObjectCreated<>(get(Q.of(lookup)), false);
        } catch (ObjectDoesNotExist missing) {
            try {
                T created = connection().atomic(() -> create(object -> {
                    assign(object, lookup);
                    defaults.accept(object);
                }));
                return new ObjectCreated<>(created, true);
            } catch (IntegrityError raced) {
                // Another thread created it between our read and write; theirs is the one.
                try {
                    return new ObjectCreated<>(get(Q.of(lookup)), false);
                } catch (ObjectDoesNotExist stillMissing) {
                    throw raced;
                }
            }
        }
    }

    /** Update the object matching {@code lookup} with {@code defaults} and save it, or create it. */
    public ObjectCreated<T> updateOrCreate(Map<String, ?> lookup, Consumer<? super T> defaults) {
        return connection().atomic(() -> {
            ObjectCreated<T> result = getOrCreate(lookup, defaults);
            if (!result.created()) {
                defaults.accept(result.object());
                result.object().save(SaveOptions.using(connection().alias()));
            }
            return result;
        });
    }

    private void assign(T object, Map<String, ?> lookup) {
        lookup.forEach((name, value) -> {
            if (!name.contains("__")) {
                options.getField(name).set(object, value);
            }
        });
    }

    /** Insert {@code objects} in batches of at most 500 rows; see {@link #bulkCreate(List, int)}. */
    public List<T> bulkCreate(List<T> objects) {
        return bulkCreate(objects, 500);
    }

    /**
     * Insert {@code objects} with multi-row INSERTs in one transaction, setting
     * their primary keys where the backend returns them. Sends no signals and
     * calls no {@code save()}.
     */
    public List<T> bulkCreate(List<T> objects, int batchSize) {
        return ModelPersistence.bulkCreate(options, objects, batchSize, connection());
    }

    /** Write {@code fields} of {@code objects} with one UPDATE per batch; return the rows matched. */
    public int bulkUpdate(List<T> objects, String... fields) {
        return BulkUpdate.run(options, objects, List.of(fields), connection());
    }

    /** Set {@code field} to {@code value} (a value or expression) in every row; see {@link #update(Map)}. */
    public int update(String field, Object value) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(field, value);
        return update(values);
    }

    /**
     * Run one UPDATE setting {@code values} (values or expressions such as
     * {@code F.of("stock").minus(1)}) on every row; no {@code save()}, no
     * signals. Return the number of rows matched.
     */
    public int update(Map<String, ?> values) {
        notSupportedAfterCombining("update");
        query.checkNotSliced("update");
        Query copy = query.copy();
        Map<Field, Object> resolved = new LinkedHashMap<>();
        values.forEach((name, value) -> {
            Field field = options.getField(name);
            if (!options.isLocal(field)) {
                throw new dev.reinhardt.exceptions.FieldError("update() of " + options.model().getSimpleName()
                        + " cannot set '" + name + "', a field of its parent model " + field.model().getSimpleName()
                        + "; update " + field.model().getSimpleName() + " rows instead.");
            }
            resolved.put(field, value instanceof Expression expression ? expression.resolve(copy) : value);
        });
        DatabaseWrapper connection = connection();
        try {
            Sql sql = UpdateCompiler.updateSql(copy, resolved, connection);
            return connection.executeUpdate(sql);
        } catch (EmptyResultSet empty) {
            return 0;
        }
    }

    /**
     * Delete every row and what their relations' {@code onDelete} takes
     * along; see {@link #deleteWithCounts()}. Return the total deleted.
     */
    public long delete() {
        return deleteWithCounts().total();
    }

    /**
     * Delete every row and what their relations' {@code onDelete} takes along,
     * in one transaction (Django's {@code delete()}): rows no signal receiver
     * and no relation needs are deleted by one DELETE without loading them;
     * otherwise the objects are loaded, {@code preDelete}/{@code postDelete}
     * sent for each, and dependents deleted first. Return the total and the
     * count per model.
     *
     * @throws ProtectedError  (nothing deleted) when a PROTECT foreign key refers to a row to delete
     * @throws RestrictedError (nothing deleted) when a RESTRICT one does, from a row not deleted too
     */
    public DeleteResult deleteWithCounts() {
        notSupportedAfterCombining("delete");
        if (query.isDistinct()) {
            throw new IllegalStateException("Cannot call delete() after .distinct().");
        }
        if (query.isSliced()) {
            throw new IllegalStateException("Cannot use 'limit' or 'offset' with delete().");
        }
        return ModelPersistence.delete(this, options, query, connection());
    }
}
