package dev.reinhardt.db.models;

import java.util.Set;

/**
 * What the ORM knows about one instance (Django's {@code Model._state}):
 * whether it is still to be inserted and which database it came from.
 * Not thread-safe, like the instance it belongs to.
 */
public final class ModelState {

    private boolean adding = true;
    private String db;
    private Set<String> deferred = Set.of();

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
}
