package dev.reinhardt.db.models;

import dev.reinhardt.db.models.fields.Field;

/**
 * The holder of a foreign key or one-to-one field: the key of the related
 * row, and the related object once loaded. Loading is always an explicit
 * call, {@link #get()}; {@link #id()} reads the key without a query.
 *
 * <pre>{@code
 * @ForeignKey(onDelete = CASCADE, relatedName = "orders")
 * public final Ref<Customer> customer = new Ref<>();
 *
 * order.customer.id();            // the key, no query
 * order.customer.get().email;     // loads the customer once, then caches it
 * order.customer.set(otherCustomer);
 * }</pre>
 *
 * <p>When {@code get()} has to load and the instance came from a queryset
 * with others (its peers), the default fetch mode loads the relation for
 * every peer in one query; see {@link FetchMode}. Not thread-safe, like the
 * instance holding it.
 *
 * @param <T> the related model
 */
public final class Ref<T extends Model> {

    private Object id;
    private T object;
    private boolean cached;
    private Model owner;
    private Field field;

    /** Create an empty holder; declare it as a {@code public final} field initialized in place. */
    public Ref() {
        this.owner = Model.underConstruction();
    }

    /**
     * Return the related object, loading it on the first call (for every peer
     * under the default fetch mode) and caching it; null when the key is null.
     *
     * @throws dev.reinhardt.exceptions.ObjectDoesNotExist the target's own subclass when the key refers to no row,
     *                                                     or the key is null on a non-nullable field
     * @throws FieldFetchBlocked                           when the fetch mode is {@link FetchMode#RAISE}
     */
    public T get() {
        if (cached) {
            return object;
        }
        bound();
        if (id() == null) {
            if (field.nullable()) {
                return null;
            }
            Options<?> ownerOptions = Relation.of(field).owner();
            throw Relation.of(field).targetOptions().doesNotExist(ownerOptions.model().getSimpleName() + " has no "
                    + field.name() + ".");
        }
        RelatedLoader.loadForward(this);
        return object;
    }

    /** Return the key of the related row without a query, or null. */
    public Object id() {
        if (id == null && object != null && bindIfPossible()) {
            id = Relation.of(field).targetField().get(object);
        }
        return id;
    }

    /** Relate to {@code target} (null clears the relation); its key is taken now, or at save time if it has none yet. */
    public void set(T target) {
        this.object = target;
        this.cached = true;
        this.id = null;
        if (target != null && bindIfPossible()) {
            this.id = Relation.of(field).targetField().get(target);
        }
    }

    /** Relate to the row whose key is {@code key}, forgetting a cached object of another key. */
    public void setId(Object key) {
        if (key == null ? id() != null : !key.equals(id())) {
            this.object = null;
            this.cached = false;
        }
        this.id = key;
    }

    /** Return whether the related object is loaded (by {@code get()}, {@code set}, selectRelated or a prefetch). */
    public boolean isCached() {
        return cached;
    }

    // ---------------------------------------------------------------- ORM side

    /** Set the key read from a row; a cached object of another key is forgotten. */
    void loadedId(Object key) {
        if (cached && (key == null ? id() != null : !key.equals(id()))) {
            object = null;
            cached = false;
        }
        id = key;
    }

    /** Cache {@code target} as the loaded related object (null: loaded, and there is none). */
    @SuppressWarnings("unchecked")
    void cache(Model target) {
        this.object = (T) target;
        this.cached = true;
    }

    /** Return the unsaved object this holder was given, or null. */
    T pendingObject() {
        return object != null && id() == null ? object : null;
    }

    void bind(Model newOwner, Field newField) {
        this.owner = newOwner;
        this.field = newField;
    }

    Model owner() {
        bound();
        return owner;
    }

    Field field() {
        bound();
        return field;
    }

    private boolean bindIfPossible() {
        if (field == null && owner != null) {
            Options.of(owner.getClass()).bindHolders(owner);
        }
        return field != null;
    }

    private void bound() {
        if (!bindIfPossible()) {
            throw new IllegalStateException("This Ref is not a field of a model instance. Declare it as "
                    + "'public final Ref<Target> name = new Ref<>();' on a model with @ForeignKey or @OneToOneField.");
        }
    }

    @Override
    public String toString() {
        return "Ref[" + (field == null ? "?" : field.name()) + "=" + id() + (cached ? ", cached" : "") + "]";
    }
}
