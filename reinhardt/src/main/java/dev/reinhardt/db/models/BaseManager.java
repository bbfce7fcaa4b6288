package dev.reinhardt.db.models;

import dev.reinhardt.db.backends.base.Sql;
import dev.reinhardt.db.models.sql.Query;
import dev.reinhardt.exceptions.ImproperlyConfigured;

import java.lang.reflect.Modifier;
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
 * <p>A manager whose querysets are a custom type answers that type's methods
 * too when both implement an interface of default methods: see
 * {@link QuerySetMethods}.
 *
 * <p>Managers are inherited as in Django: a model has the managers it
 * declares, then those of its parents, abstract or concrete, that it does not
 * redeclare under the same name, each a shallow copy bound to the model.
 * Java resolves {@code Dog.objects} to the one static field its abstract base
 * {@code Animal} declares, so reach the copy bound to {@code Dog} with
 * {@code Animal.objects.forModel(Dog.class)}; the ORM itself finds it through
 * {@link Options#managers()}. The model's default manager is the one named by
 * {@code @Meta(defaultManagerName)}, else the first it declares, else its
 * first parent's default; a model with no manager anywhere gets {@code objects}.
 *
 * <p>Thread-safe: a manager holds no query state.
 *
 * @param <T> the model
 * @param <S> the queryset type this manager's methods return
 */
public class BaseManager<T extends Model, S extends BaseQuerySet<T, S>> implements QuerySetMethods<T, S>, Cloneable {

    private Class<T> model;
    private boolean abstractModel;
    private final Function<QuerySetState<T>, S> factory;
    private BaseManager<?, ?> declared;
    private volatile String name = "objects";

    protected BaseManager(Class<T> model, Function<QuerySetState<T>, S> factory) {
        this.model = model;
        this.abstractModel = model != null && Modifier.isAbstract(model.getModifiers());
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

    /** Return the manager declared as a static field that this one is, or is a copy of. */
    BaseManager<?, ?> declared() {
        return declared == null ? this : declared;
    }

    /**
     * Return a shallow copy of this manager bound to {@code child}, as Django
     * copies a parent's manager into each model that inherits it: fields of a
     * custom manager subclass are shared, and its {@code getQuerySet()}
     * override now narrows {@code child}'s rows.
     */
    @SuppressWarnings("unchecked")
    <C extends Model> BaseManager<C, ?> copyFor(Class<C> child) {
        try {
            BaseManager<C, ?> copy = (BaseManager<C, ?>) super.clone();
            copy.model = child;
            copy.abstractModel = Modifier.isAbstract(child.getModifiers());
            copy.declared = declared();
            return copy;
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Return this manager as {@code child} inherits it: the copy bound to
     * {@code child} that queries {@code child}'s rows. Use it for a manager
     * declared on an abstract base, which cannot query by itself:
     * {@code Animal.available.forModel(Dog.class).filter("name", "Rex")}.
     *
     * @throws ImproperlyConfigured when {@code child} declares its own manager of this name
     */
    public <C extends T> BaseManager<C, ?> forModel(Class<C> child) {
        if (child == model) {
            @SuppressWarnings("unchecked")
            BaseManager<C, ?> self = (BaseManager<C, ?>) this;
            return self;
        }
        BaseManager<C, ?> found = Options.of(child).manager(name);
        if (found.declared() != declared()) {
            throw new ImproperlyConfigured(child.getSimpleName() + " declares its own manager '" + name + "', which "
                    + "replaces " + model.getSimpleName() + "." + name + "; use " + child.getSimpleName() + "." + name
                    + " instead.");
        }
        return found;
    }

    /**
     * Return the queryset every other method starts from; override to narrow it.
     *
     * @throws ImproperlyConfigured when the manager belongs to an abstract model
     */
    public S getQuerySet() {
        Options<T> options = options();
        return factory.apply(new QuerySetState<>(options, new Query(options), null));
    }

    private Options<T> options() {
        if (abstractModel) {
            throw new ImproperlyConfigured("Manager isn't available; " + model.getSimpleName() + " is abstract. "
                    + model.getSimpleName() + "." + name + " is shared by every subclass, so it cannot tell which one "
                    + "you mean: call " + model.getSimpleName() + "." + name + ".forModel(YourModel.class), or declare "
                    + "a manager on the subclass.");
        }
        return Options.of(model);
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
        return new RawQuerySet<>(options(), Sql.of(sql, params), null);
    }

    @Override
    public String toString() {
        return "<" + getClass().getSimpleName() + " " + model.getSimpleName() + "." + name + ">";
    }
}
