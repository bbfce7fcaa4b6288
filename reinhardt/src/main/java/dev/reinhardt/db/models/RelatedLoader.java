package dev.reinhardt.db.models;

import dev.reinhardt.db.Connections;
import dev.reinhardt.db.models.fields.Field;

import java.util.List;

/**
 * The lazy loads of relations that were not planned: what {@link Ref#get()},
 * {@link RelatedOne#get()} and {@link Related#all()} do under each
 * {@link FetchMode}, reported to the {@link LoadTracker}.
 */
final class RelatedLoader {

    private RelatedLoader() {
    }

    /** Load the object {@code ref} refers to (its key is set and it is not cached). */
    static void loadForward(Ref<?> ref) {
        Model owner = ref.owner();
        Field field = ref.field();
        Relation relation = Relation.of(field);
        FetchMode mode = FetchMode.of(owner);
        if (mode == FetchMode.RAISE) {
            throw blocked(owner, field.name(), "selectRelated(\"" + field.name() + "\")");
        }
        LoadTracker.lazyLoad(owner.getClass(), field.name(), "selectRelated(\"" + field.name() + "\")");
        PeerGroup peers = owner.state().peers();
        if (mode == FetchMode.FETCH_PEERS && peers != null && peers.size() > 1) {
            Prefetcher.loadPeers(peers.members(), new Prefetcher.Target(relation, null));
            if (ref.isCached()) {
                return;
            }
        }
        @SuppressWarnings("unchecked")
        Options<Model> target = (Options<Model>) relation.targetOptions();
        BaseQuerySet<Model, ?> query = target.baseManager().getQuerySet().using(db(owner))
                .filter(relation.targetField().name(), ref.id());
        Model found = (owner.state().fetchMode() == null ? query : query.fetchMode(owner.state().fetchMode())).get();
        ref.cache(found);
    }

    /** Prepare {@code access}'s objects for {@code owner}: under FETCH_PEERS, load them for all its peers. */
    static void loadMany(Model owner, RelatedAccess access) {
        FetchMode mode = FetchMode.of(owner);
        String name = access.accessorName();
        if (mode == FetchMode.RAISE) {
            throw blocked(owner, name, "prefetchRelated(\"" + name + "\")");
        }
        LoadTracker.lazyLoad(owner.getClass(), name, "prefetchRelated(\"" + name + "\")");
        PeerGroup peers = owner.state().peers();
        if (mode == FetchMode.FETCH_PEERS && peers != null && peers.size() > 1 && access.ownerKey(owner) != null) {
            Prefetcher.loadPeers(peers.members(), new Prefetcher.Target(null, access));
        }
    }

    /** Load the object whose one-to-one key refers to {@code owner}, or its absence. */
    static void loadOne(Model owner, RelatedAccess access) {
        FetchMode mode = FetchMode.of(owner);
        String name = access.accessorName();
        if (mode == FetchMode.RAISE) {
            throw blocked(owner, name, "selectRelated(\"" + access.relation().queryName() + "\")");
        }
        LoadTracker.lazyLoad(owner.getClass(), name, "selectRelated(\"" + access.relation().queryName() + "\")");
        if (access.ownerKey(owner) == null) {
            owner.cacheRelatedOne(name, null);
            return;
        }
        PeerGroup peers = owner.state().peers();
        List<Model> members = mode == FetchMode.FETCH_PEERS && peers != null && peers.size() > 1
                ? peers.members() : List.of(owner);
        Prefetcher.load(members, new Prefetcher.Target(null, access), null, null, false);
    }

    /** Cache {@code child} (null: none) as {@code parent}'s relation {@code part}, both ways for one-to-one. */
    static void cache(Model parent, PathPart part, Model child) {
        if (part.relation() != null) {
            if (!(part.field().holder(parent) instanceof Ref<?> ref)) {
                return;
            }
            ref.cache(child);
            if (child != null && part.relation().type() == Relation.Type.ONE_TO_ONE) {
                child.cacheRelatedOne(part.relation().accessorName(), parent);
            }
            return;
        }
        ReverseRelation reverse = part.reverse();
        parent.cacheRelatedOne(reverse.accessorName(), child);
        if (child != null && reverse.field().holder(child) instanceof Ref<?> ref) {
            ref.cache(parent);
        }
    }

    private static String db(Model owner) {
        return owner.state().db() != null ? owner.state().db() : Connections.DEFAULT_DB_ALIAS;
    }

    private static FieldFetchBlocked blocked(Model owner, String relation, String plan) {
        String model = owner.getClass().getSimpleName();
        return new FieldFetchBlocked(owner.getClass(), relation, model + "." + relation + " is not loaded and the "
                + "fetch mode is RAISE. Plan the load on the queryset that loaded the " + model + ": add ." + plan
                + ".");
    }
}
