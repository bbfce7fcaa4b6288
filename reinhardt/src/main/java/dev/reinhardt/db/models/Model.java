package dev.reinhardt.db.models;

import dev.reinhardt.db.models.fields.Field;
import dev.reinhardt.exceptions.ValidationError;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The base class of every model: one class per database table (Django's
 * {@code django.db.models.Model}).
 *
 * <pre>{@code
 * @Meta(ordering = "-createdAt")
 * public class Order extends Model {
 *     public static final Manager<Order> objects = Manager.of(Order.class);
 *
 *     @CharField(maxLength = 20, dbIndex = true) public String status;
 *     @DateTimeField(autoNowAdd = true) public Instant createdAt;
 * }
 * }</pre>
 *
 * <p>Fields are public fields carrying a field annotation; an abstract
 * subclass lends its fields to concrete ones. Unless a field declares
 * {@code primaryKey = true}, the primary key is the implicit {@link #id}.
 * A project's models live in its apps' {@code models} packages, where
 * {@code Reinhardt.setup()} finds and registers every concrete subclass.
 * Instances are not thread-safe.
 */
public abstract class Model {

    /**
     * The instance whose constructor ran last on this thread: the relation
     * holders its field initializers create take it as their owner, checked
     * on first use.
     */
    private static final ThreadLocal<Model> UNDER_CONSTRUCTION = new ThreadLocal<>();

    /** The implicit primary key (a BigAutoField); unused when another field is the primary key. */
    public Long id;

    /** Shared with the instances loaded or saved alike; replaced, never changed. */
    private ModelState state = ModelState.NEW;
    /** Made on first use: most instances have no annotations or related caches. */
    private InstanceCaches caches;

    protected Model() {
        UNDER_CONSTRUCTION.set(this);
    }

    static Model underConstruction() {
        return UNDER_CONSTRUCTION.get();
    }

    /**
     * Return the ORM's current state of this instance: whether it is new and its
     * database. A save or refresh replaces it; read it again rather than keep it.
     */
    public final ModelState state() {
        return state;
    }

    final void setState(ModelState next) {
        state = next;
    }

    /** Return the primary key value, or null before the first save. */
    public final Object pk() {
        return ModelPersistence.optionsOf(this).pk().get(this);
    }

    /** Set the primary key value. */
    public final void setPk(Object value) {
        ModelPersistence.optionsOf(this).pk().set(this, value);
    }

    /** Return the value of annotation {@code name} computed by the query that loaded this instance, or null. */
    public final Object annotation(String name) {
        return caches == null ? null : caches.annotation(name);
    }

    // ---------------------------------------------------------------- relations

    /**
     * Return the manager of the objects related through the reverse or
     * many-to-many relation {@code name} (an accessor such as {@code orders} or
     * {@code order_set}, or a many-to-many field), whether or not the model
     * declares a {@link Related} field for it.
     *
     * @throws dev.reinhardt.exceptions.FieldError naming the accessors when there is none called {@code name}
     */
    @SuppressWarnings("unchecked")
    public final <R extends Model> Related<R> related(String name, Class<R> type) {
        RelatedAccess access = accessOrFail(name, type);
        if (access.side() == RelatedAccess.Side.REVERSE_ONE) {
            throw new dev.reinhardt.exceptions.FieldError(getClass().getSimpleName() + "." + name
                    + " is one-to-one; use relatedOne(\"" + name + "\", " + type.getSimpleName() + ".class).");
        }
        return Related.bound(this, access);
    }

    /**
     * Return the holder of the object related through the reverse one-to-one
     * relation {@code name}; see {@link RelatedOne}.
     *
     * @throws dev.reinhardt.exceptions.FieldError naming the accessors when there is none called {@code name}
     */
    public final <R extends Model> RelatedOne<R> relatedOne(String name, Class<R> type) {
        RelatedAccess access = accessOrFail(name, type);
        if (access.side() != RelatedAccess.Side.REVERSE_ONE) {
            throw new dev.reinhardt.exceptions.FieldError(getClass().getSimpleName() + "." + name
                    + " is multi-valued; use related(\"" + name + "\", " + type.getSimpleName() + ".class).");
        }
        return RelatedOne.bound(this, access);
    }

    private RelatedAccess accessOrFail(String name, Class<?> type) {
        Options<Model> options = ModelPersistence.optionsOf(this);
        RelatedAccess access = options.reverseAccess(name);
        if (access == null) {
            throw new dev.reinhardt.exceptions.FieldError(getClass().getSimpleName() + " has no relation named '"
                    + name + "'. Reverse accessors: " + options.reverseAccessorNames() + "; many-to-many fields: "
                    + options.manyToMany().stream().map(Field::name).toList() + ".");
        }
        if (!type.isAssignableFrom(access.relatedOptions().model())) {
            throw new dev.reinhardt.exceptions.FieldError(getClass().getSimpleName() + "." + name + " relates to "
                    + access.relatedOptions().model().getSimpleName() + ", not " + type.getSimpleName() + ".");
        }
        return access;
    }

    /**
     * Return this object as its multi-table child model {@code type} (the row
     * of {@code type} that extends this one), or empty when it is not one
     * (Django's {@code place.restaurant}).
     *
     * @throws dev.reinhardt.exceptions.FieldError when {@code type} is not a multi-table child of this model
     */
    public final <C extends Model> java.util.Optional<C> child(Class<C> type) {
        Options<C> child = Options.of(type);
        Class<?> concrete = ModelPersistence.optionsOf(this).concreteModel();
        for (var parent : child.parents().entrySet()) {
            if (parent.getKey().concreteModel() == concrete) {
                return relatedOne(Relation.of(parent.getValue()).accessorName(), type).find();
            }
        }
        throw new dev.reinhardt.exceptions.FieldError(type.getSimpleName() + " is not a multi-table child of "
                + getClass().getSimpleName() + ".");
    }

    /**
     * Return the objects a {@code Prefetch} with {@code toAttr} loaded for
     * this instance, or null when none ran.
     */
    @SuppressWarnings("unchecked")
    public final <R extends Model> List<R> prefetched(String toAttr, Class<R> type) {
        List<? extends Model> objects = prefetchedObjects(toAttr);
        if (objects != null && !objects.isEmpty() && !type.isInstance(objects.getFirst())) {
            throw new IllegalArgumentException("'" + toAttr + "' holds " + objects.getFirst().getClass().getSimpleName()
                    + " objects, not " + type.getSimpleName() + ".");
        }
        return (List<R>) objects;
    }

    final void putAnnotation(String name, Object value) {
        caches().putAnnotation(name, value);
    }

    // ---------------------------------------------------------------- related caches

    private InstanceCaches caches() {
        if (caches == null) {
            caches = new InstanceCaches();
        }
        return caches;
    }

    final boolean hasRelatedOne(String accessor) {
        return caches != null && caches.hasRelatedOne(accessor);
    }

    final Object relatedOne(String accessor) {
        return caches == null ? null : caches.relatedOne(accessor);
    }

    final void cacheRelatedOne(String accessor, Model object) {
        caches().cacheRelatedOne(accessor, object);
    }

    /** Return the objects a prefetch loaded under {@code name} (an accessor or a {@code toAttr}), or null. */
    final List<? extends Model> prefetchedObjects(String name) {
        return caches == null ? null : caches.prefetched(name);
    }

    final void cachePrefetched(String name, List<? extends Model> objects) {
        caches().cachePrefetched(name, objects);
    }

    final void forgetPrefetched(String name) {
        if (caches != null) {
            caches.forgetPrefetched(name);
        }
    }

    // ---------------------------------------------------------------- life cycle

    /**
     * Return an instance of {@code model} holding {@code values} by field name, as
     * loaded from the database {@code db} (Django's {@code Model.from_db}): it is
     * not {@code adding}, its fields missing from {@code values} are deferred, and
     * {@code preInit}/{@code postInit} are sent. Query rows become instances by these
     * same steps; use this to build instances from rows read some other way.
     *
     * @throws dev.reinhardt.exceptions.FieldError naming the model's fields when a name is unknown
     */
    public static <T extends Model> T fromDb(Class<T> model, String db, Map<String, ?> values) {
        Options<T> options = Options.of(model);
        T instance = options.newInstance();
        values.forEach((name, value) -> options.getField(name).set(instance, value));
        Set<String> deferred = new java.util.HashSet<>();
        for (Field field : options.fields()) {
            if (!values.containsKey(field.name())) {
                deferred.add(field.name());
            }
        }
        instance.setState(ModelState.loaded(db, Set.copyOf(deferred)));
        options.initialized(instance);
        return instance;
    }

    /** Insert this instance if it is new, else update every field; sends {@code preSave}/{@code postSave}. */
    public void save() {
        save(SaveOptions.DEFAULT);
    }

    /**
     * Save as {@code options} say: the database, the fields an UPDATE is
     * limited to, or a forced INSERT. An instance with a primary key is
     * updated, and inserted when no row matched.
     */
    public void save(SaveOptions options) {
        ModelPersistence.save(this, options);
    }

    /**
     * Delete this instance's row and what its relations' {@code onDelete}
     * takes along, in one transaction; sends {@code preDelete}/{@code postDelete}
     * for each deleted object and clears their primary keys.
     *
     * @throws ProtectedError  (nothing deleted) when a PROTECT foreign key refers to an object to delete
     * @throws RestrictedError (nothing deleted) when a RESTRICT one does, from an object not deleted too
     */
    public DeleteResult delete() {
        return delete(null);
    }

    /** Delete this instance from the database {@code using}; see {@link #delete()}. */
    public DeleteResult delete(String using) {
        return ModelPersistence.delete(this, using);
    }

    /**
     * Reload {@code fields} from the database; with none, every field that is
     * not deferred (Django's {@code refresh_from_db}). Reloaded fields stop being deferred.
     *
     * @throws dev.reinhardt.exceptions.ObjectDoesNotExist when the row is gone
     */
    public void refreshFromDb(String... fields) {
        Options<Model> options = ModelPersistence.optionsOf(this);
        String alias = ModelPersistence.alias(this, null);
        List<String> wanted = fields.length > 0 ? List.of(fields) : options.concreteFields().stream().map(Field::name)
                .filter(name -> !state.deferredFields().contains(name)).toList();
        Model fresh = options.baseManager().getQuerySet().using(alias).filter("pk", pk())
                .only(wanted.toArray(String[]::new)).get();
        for (Field field : options.concreteFields()) {
            if (wanted.contains(field.name())) {
                field.set(this, field.get(fresh));
            }
        }
        state = state.savedTo(alias).undeferred(wanted);
    }

    // ---------------------------------------------------------------- validation

    /**
     * Validate every field, then {@link #clean()}, then uniqueness and check constraints, and throw
     * one {@link ValidationError} holding every message by field.
     */
    public void fullClean(String... exclude) {
        Options<Model> options = ModelPersistence.optionsOf(this);
        Set<String> skipped = Set.of(exclude);
        Map<String, List<String>> errors = new LinkedHashMap<>();
        for (Field field : options.concreteFields()) {
            if (skipped.contains(field.name()) || field.isAuto()) {
                continue;
            }
            Object value = field.get(this);
            if (value == null && (field.autoNow() || field.autoNowAdd() || field.dbDefault() != null)) {
                continue;
            }
            if (field.blank() && (value == null || "".equals(value))) {
                // Django skips a blank-allowed field whose value is empty, whatever else it would check.
                continue;
            }
            List<String> messages = field.clean(value);
            if (!messages.isEmpty()) {
                errors.put(field.name(), messages);
            }
        }
        try {
            clean();
        } catch (ValidationError e) {
            e.messageDict().forEach((field, messages) ->
                    errors.computeIfAbsent(field, k -> new ArrayList<>()).addAll(messages));
        }
        Uniqueness.check(this, options, skipped, errors);
        CheckConstraints.check(this, options, skipped, errors);
        if (!errors.isEmpty()) {
            throw new ValidationError(errors);
        }
    }

    /** Validate the object as a whole; override and throw {@link ValidationError}. Does nothing by default. */
    public void clean() {
    }

    // ---------------------------------------------------------------- identity

    /** Return whether {@code other} is of the same concrete model (a proxy counts as its model) with the same non-null primary key. */
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Model model) || other.getClass() != getClass()
                && ModelPersistence.optionsOf(this).concreteModel() != ModelPersistence.optionsOf(model).concreteModel()) {
            return false;
        }
        Object pk = pk();
        return pk != null && pk.equals(((Model) other).pk());
    }

    /** Return a hash of the concrete model and primary key; unsaved instances hash by identity. */
    @Override
    public int hashCode() {
        Object pk = pk();
        return pk == null ? System.identityHashCode(this)
                : Objects.hash(ModelPersistence.optionsOf(this).concreteModel(), pk);
    }

    /** Return {@code "Order object (1)"}; override to name the object for people. */
    @Override
    public String toString() {
        return getClass().getSimpleName() + " object (" + pk() + ")";
    }
}
