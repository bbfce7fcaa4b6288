package dev.reinhardt.db.models;

import java.util.Optional;

/**
 * The reverse side of a one-to-one key: the object whose key refers to this
 * instance, if any (Django's reverse one-to-one accessor).
 *
 * <pre>{@code
 * public class Place extends Model {
 *     public final RelatedOne<Restaurant> restaurant = new RelatedOne<>();  // Restaurant.place relates to Place
 * }
 * place.restaurant.get();    // Restaurant.DoesNotExist when no restaurant refers to the place
 * place.restaurant.find();   // Optional.empty() instead
 * }</pre>
 *
 * <p>Declared as a field named after the relation's accessor (its
 * {@code relatedName}, or the related model's name in lower case);
 * {@link Model#relatedOne(String, Class)} reaches it without a field. Not
 * thread-safe, like the instance holding it.
 *
 * @param <T> the related model
 */
public final class RelatedOne<T extends Model> {

    private Model owner;
    private RelatedAccess access;

    /** Create an unbound holder; declare it as a {@code public final} field initialized in place. */
    public RelatedOne() {
        this.owner = Model.underConstruction();
    }

    static <T extends Model> RelatedOne<T> bound(Model owner, RelatedAccess access) {
        RelatedOne<T> holder = new RelatedOne<>();
        holder.bind(owner, access);
        return holder;
    }

    void bind(Model newOwner, RelatedAccess newAccess) {
        this.owner = newOwner;
        this.access = newAccess;
    }

    /**
     * Return the related object, loading it on first use (for every peer under
     * the default fetch mode) and caching it.
     *
     * @throws dev.reinhardt.exceptions.ObjectDoesNotExist the related model's own subclass when there is none
     * @throws FieldFetchBlocked                           when the fetch mode is {@link FetchMode#RAISE}
     */
    public T get() {
        return find().orElseThrow(() -> access.relatedOptions().doesNotExist(
                owner.getClass().getSimpleName() + " has no " + access.accessorName() + "."));
    }

    /** Return the related object, or empty when there is none; see {@link #get()}. */
    @SuppressWarnings("unchecked")
    public Optional<T> find() {
        bound();
        if (!owner.hasRelatedOne(access.accessorName())) {
            RelatedLoader.loadOne(owner, access);
        }
        return Optional.ofNullable((T) owner.relatedOne(access.accessorName()));
    }

    /** Return whether the related object (or its absence) is loaded. */
    public boolean isCached() {
        bound();
        return owner.hasRelatedOne(access.accessorName());
    }

    private void bound() {
        if (access == null && owner != null) {
            Options.of(owner.getClass()).bindHolders(owner);
        }
        if (access == null) {
            throw new IllegalStateException("This RelatedOne is not a field of a model instance. Declare it as "
                    + "'public final RelatedOne<Target> name = new RelatedOne<>();' on a model, named after the relation.");
        }
    }

    @Override
    public String toString() {
        return access == null ? "<RelatedOne (unbound)>"
                : "<RelatedOne " + owner.getClass().getSimpleName() + "." + access.accessorName() + ">";
    }
}
