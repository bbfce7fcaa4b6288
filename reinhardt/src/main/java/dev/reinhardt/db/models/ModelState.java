package dev.reinhardt.db.models;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the ORM knows about how an instance was loaded or saved (Django's
 * {@code Model._state}): whether it is still to be inserted, which database
 * it came from, the fields its query left out, the instances loaded with it
 * (its peers) and its fetch mode.
 *
 * <p>A state is an immutable value shared by every instance it describes:
 * all the rows of one query hold the same one, so loading a row costs no
 * state of its own. Saving, refreshing or regrouping an instance gives it a
 * new state; {@link Model#state()} always returns the current one.
 */
public final class ModelState {

    /** The state of an instance that has not been saved or loaded yet. */
    static final ModelState NEW = new ModelState(true, null, Set.of(), null, null);

    /** The states of saved instances that have no peers, deferred fields or fetch mode, by database alias. */
    private static final Map<String, ModelState> SAVED = new ConcurrentHashMap<>();

    private final boolean adding;
    private final String db;
    private final Set<String> deferred;
    private final PeerGroup peers;
    private final FetchMode fetchMode;

    private ModelState(boolean adding, String db, Set<String> deferred, PeerGroup peers, FetchMode fetchMode) {
        this.adding = adding;
        this.db = db;
        this.deferred = deferred;
        this.peers = peers;
        this.fetchMode = fetchMode;
    }

    /**
     * Return the state of the instances one query loads from {@code alias}
     * into {@code peers}, leaving out {@code deferredFields}.
     */
    static ModelState loaded(String alias, PeerGroup peers, FetchMode mode, Set<String> deferredFields) {
        return new ModelState(false, alias, deferredFields, peers, mode);
    }

    /** Return the state of an instance built from values read some other way, leaving out {@code deferredFields}. */
    static ModelState loaded(String alias, Set<String> deferredFields) {
        return deferredFields.isEmpty() ? saved(alias) : new ModelState(false, alias, deferredFields, null, null);
    }

    private static ModelState saved(String alias) {
        if (alias == null) {
            return new ModelState(false, null, Set.of(), null, null);
        }
        return SAVED.computeIfAbsent(alias, key -> new ModelState(false, key, Set.of(), null, null));
    }

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

    /** Return this state after a save to or load from {@code alias}: no longer adding, the rest kept. */
    ModelState savedTo(String alias) {
        if (!adding && Objects.equals(alias, db)) {
            return this;
        }
        if (peers == null && fetchMode == null && deferred.isEmpty()) {
            return saved(alias);
        }
        return new ModelState(false, alias, deferred, peers, fetchMode);
    }

    /** Return this state with {@code fields} loaded: no longer deferred. */
    ModelState undeferred(Collection<String> fields) {
        if (deferred.isEmpty()) {
            return this;
        }
        Set<String> remaining = new HashSet<>(deferred);
        remaining.removeAll(fields);
        return new ModelState(adding, db, Set.copyOf(remaining), peers, fetchMode);
    }
}
