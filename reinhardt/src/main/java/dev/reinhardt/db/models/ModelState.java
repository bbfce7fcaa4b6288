package dev.reinhardt.db.models;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the ORM knows about one instance (Django's {@code Model._state}):
 * whether it is still to be inserted, which database it came from, the
 * instances loaded with it (its peers), its fetch mode, and the related
 * objects loaded for its reverse and many-to-many relations.
 * Not thread-safe, like the instance it belongs to.
 */
public final class ModelState {

    private boolean adding = true;
    private String db;
    private Set<String> deferred = Set.of();
    private PeerGroup peers;
    private FetchMode fetchMode;
    private Map<String, Object> relatedOne;
    private Map<String, List<? extends Model>> prefetched;

    /** Return whether the instance has not been saved or loaded yet. */
    public boolean adding() {
        return adding;
    }

    /** Return the alias of the database the instance was loaded from or saved to, or null. */
    public String db() {
        return db;
    }

    /**
     * Return the names of the fields the query that loaded the instance left out
     * ({@code only()}, {@code defer()}); they hold Java defaults, not database
     * values, so {@code save()} writes them only once the code has given them
     * another value. Empty for new instances.
     */
    public Set<String> deferredFields() {
        return deferred;
    }

    /** Return the fetch mode the instance was loaded with, or null for the one in effect when a relation is read. */
    public FetchMode fetchMode() {
        return fetchMode;
    }

    /** Return the instances loaded by the same query as this one (itself included), or null. */
    PeerGroup peers() {
        return peers;
    }

    void loaded(String alias) {
        adding = false;
        db = alias;
    }

    void loaded(String alias, Set<String> deferredFields) {
        loaded(alias);
        deferred = deferredFields;
    }

    void undefer(java.util.Collection<String> fields) {
        if (!deferred.isEmpty()) {
            Set<String> remaining = new java.util.HashSet<>(deferred);
            remaining.removeAll(fields);
            deferred = Set.copyOf(remaining);
        }
    }

    void loaded(String alias, PeerGroup group, FetchMode mode, Set<String> deferredFields) {
        loaded(alias, group, mode);
        deferred = deferredFields;
    }

    void loaded(String alias, PeerGroup group, FetchMode mode) {
        loaded(alias);
        peers = group;
        fetchMode = mode;
    }

    // ---------------------------------------------------------------- related caches

    boolean hasRelatedOne(String accessor) {
        return relatedOne != null && relatedOne.containsKey(accessor);
    }

    Object relatedOne(String accessor) {
        return relatedOne == null ? null : relatedOne.get(accessor);
    }

    void cacheRelatedOne(String accessor, Model object) {
        if (relatedOne == null) {
            relatedOne = new HashMap<>();
        }
        relatedOne.put(accessor, object);
    }

    /** Return the objects a prefetch loaded under {@code name} (an accessor or a {@code toAttr}), or null. */
    List<? extends Model> prefetched(String name) {
        return prefetched == null ? null : prefetched.get(name);
    }

    void cachePrefetched(String name, List<? extends Model> objects) {
        if (prefetched == null) {
            prefetched = new HashMap<>();
        }
        prefetched.put(name, List.copyOf(objects));
    }

    void forgetPrefetched(String name) {
        if (prefetched != null) {
            prefetched.remove(name);
        }
    }
}
