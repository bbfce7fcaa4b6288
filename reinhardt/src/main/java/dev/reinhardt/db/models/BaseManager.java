package dev.reinhardt.db.models;

import dev.reinhardt.db.backends.base.Sql;
import dev.reinhardt.db.models.sql.Query;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The entry point of a model's queries (Django's {@code Manager}), declared
 * as a static field. Every method starts from {@link #getQuerySet()};
 * override it to narrow what a manager sees:
 *
 * <pre>{@code
 * public static final class PaidManager extends Manager<Order> {
 *     public PaidManager() { super(Order.class); }
 *     @Override public QuerySet<Order> getQuerySet() { return super.getQuerySet().filter("status", "paid"); }
 * }
 * public static final Manager<Order> objects = Manager.of(Order.class);   // the default: declared first
 * public static final PaidManager paid = new PaidManager();
 * }</pre>
 *
 * <p>Thread-safe: a manager holds no query state.
 *
 * @param <T> the model
 * @param <S> the queryset type this manager's methods return
 */
public class BaseManager<T extends Model, S extends BaseQuerySet<T, S>> {

    private final Class<T> model;
    private final Function<QuerySetState<T>, S> factory;
    private volatile String name = "objects";

    protected BaseManager(Class<T> model, Function<QuerySetState<T>, S> factory) {
        this.model = model;
        this.factory = factory;
    }

    /** Return a manager whose querysets are the custom type {@code S} (Django's {@code from_queryset}). */
    public static <T extends Model, S extends BaseQuerySet<T, S>> BaseManager<T, S> fromQuerySet(
            Class<T> model, Function<QuerySetState<T>, S> factory) {
        return new BaseManager<>(model, factory);
    }

    /** Return the model class. */
    public Class<T> model() {
        return model;
    }

    /** Return the name of the static field holding this manager. */
    public String name() {
        return name;
    }

    void bindName(String fieldName) {
        this.name = fieldName;
    }

    /** Return the queryset every other method starts from; override to narrow it. */
    public S getQuerySet() {
        Options<T> options = Options.of(model);
        return factory.apply(new QuerySetState<>(options, new Query(options), null));
    }

    /** Return every object. */
    public S all() {
        return getQuerySet();
    }

    /** See {@link AbstractQuerySet#filter(String, Object)}. */
    public S filter(String path, Object value) {
        return getQuerySet().filter(path, value);
    }

    /** See {@link AbstractQuerySet#filter(Q...)}. */
    public S filter(Q... conditions) {
        return getQuerySet().filter(conditions);
    }

    /** See {@link AbstractQuerySet#exclude(String, Object)}. */
    public S exclude(String path, Object value) {
        return getQuerySet().exclude(path, value);
    }

    /** See {@link AbstractQuerySet#exclude(Q...)}. */
    public S exclude(Q... conditions) {
        return getQuerySet().exclude(conditions);
    }

    /** See {@link AbstractQuerySet#orderBy(String...)}. */
    public S orderBy(String... names) {
        return getQuerySet().orderBy(names);
    }

    /** See {@link AbstractQuerySet#annotate(String, Expression)}. */
    public S annotate(String alias, Expression expression) {
        return getQuerySet().annotate(alias, expression);
    }

    /** See {@link AbstractQuerySet#none()}. */
    public S none() {
        return getQuerySet().none();
    }

    /** See {@link AbstractQuerySet#using(String)}. */
    public S using(String alias) {
        return getQuerySet().using(alias);
    }

    /** See {@link AbstractQuerySet#get(String, Object)}. */
    public T get(String path, Object value) {
        return getQuerySet().get(path, value);
    }

    /** See {@link AbstractQuerySet#get(Q...)}. */
    public T get(Q... conditions) {
        return getQuerySet().get(conditions);
    }

    /** See {@link AbstractQuerySet#count()}. */
    public long count() {
        return getQuerySet().count();
    }

    /** See {@link AbstractQuerySet#exists()}. */
    public boolean exists() {
        return getQuerySet().exists();
    }

    /** See {@link AbstractQuerySet#first()}. */
    public Optional<T> first() {
        return getQuerySet().first();
    }

    /** See {@link AbstractQuerySet#last()}. */
    public Optional<T> last() {
        return getQuerySet().last();
    }

    /** See {@link BaseQuerySet#earliest(String...)}. */
    public T earliest(String... fields) {
        return getQuerySet().earliest(fields);
    }

    /** See {@link BaseQuerySet#latest(String...)}. */
    public T latest(String... fields) {
        return getQuerySet().latest(fields);
    }

    /** See {@link AbstractQuerySet#aggregate(String, Expression)}. */
    public Map<String, Object> aggregate(String alias, Expression expression) {
        return getQuerySet().aggregate(alias, expression);
    }

    /** See {@link AbstractQuerySet#aggregate(Map)}. */
    public Map<String, Object> aggregate(Map<String, ? extends Expression> aggregates) {
        return getQuerySet().aggregate(aggregates);
    }

    /** See {@link BaseQuerySet#only(String...)}. */
    public S only(String... fields) {
        return getQuerySet().only(fields);
    }

    /** See {@link BaseQuerySet#defer(String...)}. */
    public S defer(String... fields) {
        return getQuerySet().defer(fields);
    }

    /** See {@link BaseQuerySet#selectRelated(String...)}. */
    public S selectRelated(String... paths) {
        return getQuerySet().selectRelated(paths);
    }

    /** See {@link BaseQuerySet#prefetchRelated(String...)}. */
    public S prefetchRelated(String... lookups) {
        return getQuerySet().prefetchRelated(lookups);
    }

    /** See {@link BaseQuerySet#prefetchRelated(Prefetch...)}. */
    public S prefetchRelated(Prefetch... lookups) {
        return getQuerySet().prefetchRelated(lookups);
    }

    /** See {@link BaseQuerySet#fetchMode(FetchMode)}. */
    public S fetchMode(FetchMode mode) {
        return getQuerySet().fetchMode(mode);
    }

    /** See {@link BaseQuerySet#values(String...)}. */
    public ValuesQuerySet<T, Map<String, Object>> values(String... fields) {
        return getQuerySet().values(fields);
    }

    /** See {@link BaseQuerySet#valuesList(String...)}. */
    public ValuesQuerySet<T, List<Object>> valuesList(String... fields) {
        return getQuerySet().valuesList(fields);
    }

    /** See {@link BaseQuerySet#create(Consumer)}. */
    public T create(Consumer<? super T> init) {
        return getQuerySet().create(init);
    }

    /** See {@link BaseQuerySet#getOrCreate(Map, Consumer)}. */
    public ObjectCreated<T> getOrCreate(Map<String, ?> lookup, Consumer<? super T> defaults) {
        return getQuerySet().getOrCreate(lookup, defaults);
    }

    /** See {@link BaseQuerySet#updateOrCreate(Map, Consumer)}. */
    public ObjectCreated<T> updateOrCreate(Map<String, ?> lookup, Consumer<? super T> defaults) {
        return getQuerySet().updateOrCreate(lookup, defaults);
    }

    /** See {@link BaseQuerySet#bulkCreate(List)}. */
    public List<T> bulkCreate(List<T> objects) {
        return getQuerySet().bulkCreate(objects);
    }

    /** See {@link BaseQuerySet#bulkUpdate(List, String...)}. */
    public int bulkUpdate(List<T> objects, String... fields) {
        return getQuerySet().bulkUpdate(objects, fields);
    }

    /** See {@link BaseQuerySet#inBulk(Collection)}. */
    public Map<Object, T> inBulk(Collection<?> ids) {
        return getQuerySet().inBulk(ids);
    }

    /** See {@link BaseQuerySet#update(Map)}. */
    public int update(Map<String, ?> values) {
        return getQuerySet().update(values);
    }

    /**
     * Return instances from hand-written SQL with {@code ?} placeholders bound
     * to {@code params}; the SQL must select the primary key.
     */
    public RawQuerySet<T> raw(String sql, Object... params) {
        return new RawQuerySet<>(Options.of(model()), Sql.of(sql, params), null);
    }

    @Override
    public String toString() {
        return "<" + getClass().getSimpleName() + " " + model.getSimpleName() + "." + name + ">";
    }
}
