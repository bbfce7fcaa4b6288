package dev.reinhardt.db.models;

import dev.reinhardt.db.models.fields.Field;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;

/**
 * The manager of the objects related to one instance (Django's related
 * managers): the reverse side of a foreign key, and both sides of a
 * many-to-many relation. It has the whole manager API, scoped to the
 * instance, plus {@code add}, {@code remove}, {@code clear}, {@code set} and
 * {@code create}.
 *
 * <pre>{@code
 * public class Customer extends Model {
 *     public final Related<Order> orders = new Related<>();   // Order.customer has relatedName = "orders"
 * }
 * public class Entry extends Model {
 *     @ManyToManyField(relatedName = "entries")
 *     public final Related<Author> authors = new Related<>();
 * }
 *
 * customer.orders.filter("status", "paid").count();
 * for (Order order : customer.orders) { ... }                  // all(): prefetched or loaded for all peers
 * entry.authors.add(ann, bob);
 * }</pre>
 *
 * <p>A reverse manager is declared as a field named after the relation's
 * accessor ({@code relatedName}, or {@code <model>_set} written as
 * {@code order_set} or {@code orderSet}); declaring it is optional, as
 * {@link Model#related(String, Class)} reaches any reverse relation by name.
 * Not thread-safe, like the instance holding it.
 *
 * @param <T> the related model
 */
public final class Related<T extends Model> extends BaseManager<T, QuerySet<T>> implements Iterable<T> {

    private Model owner;
    private RelatedAccess access;

    /** Create an unbound manager; declare it as a {@code public final} field initialized in place. */
    public Related() {
        super(null, QuerySet::new);
        this.owner = Model.underConstruction();
    }

    static <T extends Model> Related<T> bound(Model owner, RelatedAccess access) {
        Related<T> related = new Related<>();
        related.bind(owner, access);
        return related;
    }

    void bind(Model newOwner, RelatedAccess newAccess) {
        this.owner = newOwner;
        this.access = newAccess;
    }

    RelatedAccess access() {
        bound();
        return access;
    }

    Model owner() {
        bound();
        return owner;
    }

    private void bound() {
        if (access == null && owner != null) {
            Options.of(owner.getClass()).bindHolders(owner);
        }
        if (access == null) {
            throw new IllegalStateException("This Related manager is not a field of a model instance. Declare it as "
                    + "'public final Related<Target> name = new Related<>();' on a model, named after the relation.");
        }
    }

    // ---------------------------------------------------------------- reading

    @Override
    @SuppressWarnings("unchecked")
    public Class<T> model() {
        return (Class<T>) access().relatedOptions().model();
    }

    /**
     * Return the related objects as a queryset built fresh from the database,
     * ignoring any prefetched objects; every other reading method starts here.
     */
    @Override
    public QuerySet<T> getQuerySet() {
        List<T> prefetched = prefetched();
        if (prefetched != null) {
            return QuerySet.cached(access().relatedOptions(), access().ownerQuery(owner), owner.state().db(),
                    prefetched);
        }
        return access().query(owner);
    }

    /**
     * Return every related object: the prefetched ones when a prefetch loaded
     * them, else (under the default fetch mode) loaded for this instance and all
     * its peers in one query, joined to their non-nullable foreign keys (see
     * {@link FetchMode}).
     *
     * @throws FieldFetchBlocked when the fetch mode is {@link FetchMode#RAISE} and nothing was prefetched
     */
    @Override
    public QuerySet<T> all() {
        if (prefetched() == null) {
            RelatedLoader.loadMany(owner(), access);
        }
        if (prefetched() != null || FetchMode.of(owner) != FetchMode.FETCH_PEERS) {
            return getQuerySet();
        }
        return PeerJoins.onto(getQuerySet(), access);
    }

    @Override
    public Iterator<T> iterator() {
        return list().iterator();
    }

    /** Return the related objects as a list; see {@link #all()}. */
    public List<T> list() {
        List<T> prefetched = prefetched();
        if (prefetched != null && access.ownerKey(owner) != null) {
            // The rows all() would give, without building the queryset it would hold them in.
            return prefetched;
        }
        return all().list();
    }

    @Override
    public long count() {
        List<T> prefetched = prefetched();
        return prefetched != null ? prefetched.size() : getQuerySet().count();
    }

    @Override
    public boolean exists() {
        List<T> prefetched = prefetched();
        return prefetched != null ? !prefetched.isEmpty() : getQuerySet().exists();
    }

    @SuppressWarnings("unchecked")
    private List<T> prefetched() {
        return (List<T>) owner().prefetchedObjects(access().accessorName());
    }

    // ---------------------------------------------------------------- writing

    /** Relate {@code objects} to this instance: set their foreign key, or add join-table rows (sending {@code m2mChanged}). */
    @SafeVarargs
    public final void add(T... objects) {
        add(List.of(objects));
    }

    /** Relate {@code objects} to this instance; see {@link #add(Model[])}. */
    public void add(Collection<? extends T> objects) {
        RelatedWrites.add(owner(), access, new ArrayList<>(objects), java.util.Map.of());
        forgetPrefetched();
    }

    /**
     * Relate {@code objects} through a join model with extra fields, giving
     * those of each new join row from {@code throughDefaults} by field name
     * (Django's {@code add(..., through_defaults=...)}).
     */
    public void add(Collection<? extends T> objects, java.util.Map<String, ?> throughDefaults) {
        RelatedWrites.add(owner(), access, new ArrayList<>(objects), throughDefaults);
        forgetPrefetched();
    }

    /** Unrelate {@code objects}: null their foreign key (nullable keys only), or delete their join-table rows. */
    @SafeVarargs
    public final void remove(T... objects) {
        remove(List.of(objects));
    }

    /** Unrelate {@code objects}; see {@link #remove(Model[])}. */
    public void remove(Collection<? extends T> objects) {
        RelatedWrites.remove(owner(), access, new ArrayList<>(objects));
        forgetPrefetched();
    }

    /** Unrelate every related object (nullable foreign keys and many-to-many only). */
    public void clear() {
        RelatedWrites.clear(owner(), access);
        forgetPrefetched();
    }

    /** Make {@code objects} exactly the related objects: remove the others, add the missing ones. */
    public void set(Collection<? extends T> objects) {
        RelatedWrites.set(owner(), access, new ArrayList<>(objects));
        forgetPrefetched();
    }

    /** Create an object related to this instance, fill it with {@code init} and save it. */
    @Override
    public T create(Consumer<? super T> init) {
        T created = RelatedWrites.create(owner(), access, init);
        forgetPrefetched();
        return created;
    }

    private void forgetPrefetched() {
        owner.forgetPrefetched(access.accessorName());
    }

    /** Return the field a lookup from the related model uses to reach this instance, for error messages. */
    Field relationField() {
        return access().relation().field();
    }

    @Override
    public String toString() {
        if (access == null) {
            return "<Related (unbound)>";
        }
        return "<Related " + owner.getClass().getSimpleName() + "." + access.accessorName() + ">";
    }

    /** Return the error for a related manager used before its instance has a key. */
    static IllegalStateException noKey(Model owner) {
        return new IllegalStateException("'" + owner.getClass().getSimpleName() + "' instance needs to have a primary "
                + "key value before this relationship can be used; save it first.");
    }
}
