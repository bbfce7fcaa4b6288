package dev.reinhardt.db.models;

import dev.reinhardt.db.Connections;
import dev.reinhardt.db.models.fields.Field;
import dev.reinhardt.db.models.sql.Query;
import dev.reinhardt.exceptions.FieldError;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Load relations for many instances at once (Django's
 * {@code prefetch_related_objects}): one query per relation level, with
 * {@code IN} over the collected keys, chunked below the backend's parameter
 * limit. It serves {@code prefetchRelated} and the peer loads of
 * {@link FetchMode#FETCH_PEERS}.
 */
final class Prefetcher {

    /** The annotation that carries a many-to-many row's owner key. */
    private static final String OWNER_KEY = "_prefetch_related_val";

    private Prefetcher() {
    }

    /** Run {@code lookups} over {@code instances}, level by level; a level loaded once is not loaded again. */
    static void prefetch(List<? extends Model> instances, List<Prefetch> lookups) {
        if (instances.isEmpty() || lookups.isEmpty()) {
            return;
        }
        Map<String, List<Model>> done = new LinkedHashMap<>();
        for (Prefetch lookup : lookups) {
            String[] parts = lookup.lookup().split("__");
            List<? extends Model> level = instances;
            StringBuilder path = new StringBuilder();
            for (int i = 0; i < parts.length && !level.isEmpty(); i++) {
                path.append(i == 0 ? "" : "__").append(parts[i]);
                boolean last = i == parts.length - 1;
                String key = last ? lookup.key() : path.toString();
                List<Model> seen = done.get(key);
                if (seen != null) {
                    level = seen;
                    continue;
                }
                Target target = target(level, parts[i], lookup.lookup());
                List<Model> loaded = load(level, target, last ? lookup.query() : null, last ? lookup.toAttr() : null,
                        true);
                done.put(key, loaded);
                level = loaded;
            }
        }
    }

    /** Load the relation {@code access} for every peer that lacks it, in one query (chunked). */
    static void loadPeers(List<Model> peers, Target target) {
        load(peers, target, null, null, false);
    }

    /**
     * The relation a load follows: a forward key ({@code forward}) or a reverse
     * or many-to-many access ({@code access}).
     */
    record Target(Relation forward, RelatedAccess access) {

        static Target of(PathPart part) {
            if (part.relation() != null && !part.relation().isManyToMany()) {
                return new Target(part.relation(), null);
            }
            return new Target(null, part.relation() != null ? RelatedAccess.forwardMany(part.relation())
                    : RelatedAccess.reverse(part.reverse()));
        }

        String name() {
            return forward != null ? forward.field().name() : access.accessorName();
        }
    }

    /** Resolve {@code name} on the level's model: a relation field, or a reverse accessor ({@code entry_set}). */
    private static Target target(List<? extends Model> level, String name, String lookup) {
        Model sample = level.getFirst();
        Options<?> options = Options.of(sample.getClass());
        Field field = options.findField(name) != null ? options.findField(name) : options.findManyToMany(name);
        if (field != null && (field.kind().holdsValue() || !field.hasColumn())) {
            Relation relation = Relation.of(field);
            return relation.isManyToMany() ? new Target(null, RelatedAccess.forwardMany(relation))
                    : new Target(relation, null);
        }
        RelatedAccess access = options.reverseAccess(name);
        if (access != null) {
            return new Target(null, access);
        }
        PathPart part = options.pathPart(name);
        if (part == null || !part.isRelation()) {
            throw new FieldError("Cannot find '" + name + "' on " + sample.getClass().getSimpleName() + " object, '"
                    + lookup + "' is an invalid parameter to prefetchRelated(). Relations of "
                    + sample.getClass().getSimpleName() + ": " + relationNames(Options.of(sample.getClass())) + ".");
        }
        return Target.of(part);
    }

    private static String relationNames(Options<?> options) {
        Set<String> names = new java.util.TreeSet<>();
        options.relationFields().forEach(field -> names.add(field.name()));
        options.relatedObjects().stream().filter(r -> !r.isHidden()).forEach(r -> names.add(r.accessorName()));
        return names.isEmpty() ? "none" : String.join(", ", names);
    }

    /**
     * Load {@code target} for {@code instances} with {@code custom} (null: the
     * related model's default queryset), keep the objects under {@code toAttr}
     * (null: the relation's own cache) and return every object now related to
     * them. With {@code forPrefetch}, instances whose relation is cached are
     * skipped and a missing object is cached as absent; peer loads leave a
     * missing object unloaded, so reading it raises.
     */
    static List<Model> load(List<? extends Model> instances, Target target, Query custom, String toAttr,
                            boolean forPrefetch) {
        boolean reuseCache = custom == null && toAttr == null;
        return target.forward() != null
                ? loadForward(instances, target.forward(), custom, toAttr, reuseCache, forPrefetch)
                : loadRelated(instances, target.access(), custom, toAttr, reuseCache, forPrefetch);
    }

    private static List<Model> loadForward(List<? extends Model> instances, Relation relation, Query custom,
                                           String toAttr, boolean reuseCache, boolean forPrefetch) {
        Field field = relation.field();
        Field targetField = relation.targetField();
        List<Model> waiting = new ArrayList<>();
        Set<Object> keys = new LinkedHashSet<>();
        for (Model instance : instances) {
            Ref<?> ref = (Ref<?>) field.holder(instance);
            if (reuseCache && ref.isCached() || ref.id() == null) {
                continue;
            }
            waiting.add(instance);
            keys.add(ref.id());
        }
        Map<Object, Model> byKey = new LinkedHashMap<>();
        if (!keys.isEmpty()) {
            Model first = waiting.getFirst();
            // As a single forward load does, a forward prefetch reads through the
            // base manager: an object the default manager filters out is still the
            // one the key points at.
            Query query = custom != null ? custom : relation.targetOptions().baseManager().getQuerySet().query();
            for (Model row : fetch(relation.targetOptions(), query, targetField.name(), keys, first, false)) {
                byKey.put(targetField.get(row), row);
            }
        }
        for (Model instance : waiting) {
            Ref<?> ref = (Ref<?>) field.holder(instance);
            Model found = byKey.get(ref.id());
            if (toAttr != null) {
                instance.cachePrefetched(toAttr, found == null ? List.of() : List.of(found));
                continue;
            }
            if (found != null || forPrefetch) {
                ref.cache(found);
            }
            if (found != null && relation.type() == Relation.Type.ONE_TO_ONE) {
                found.cacheRelatedOne(relation.accessorName(), instance);
            }
        }
        Map<Model, Boolean> related = new IdentityHashMap<>();
        List<Model> next = new ArrayList<>();
        for (Model instance : instances) {
            Object object = toAttr != null ? single(instance.prefetchedObjects(toAttr))
                    : ((Ref<?>) field.holder(instance)).isCached() ? ((Ref<?>) field.holder(instance)).get() : null;
            if (object instanceof Model model && related.put(model, Boolean.TRUE) == null) {
                next.add(model);
            }
        }
        return next;
    }

    private static Object single(List<? extends Model> objects) {
        return objects == null || objects.isEmpty() ? null : objects.getFirst();
    }

    private static List<Model> loadRelated(List<? extends Model> instances, RelatedAccess access, Query custom,
                                           String toAttr, boolean reuseCache, boolean forPrefetch) {
        boolean one = access.side() == RelatedAccess.Side.REVERSE_ONE;
        String name = toAttr != null ? toAttr : access.accessorName();
        Field ownerKey = access.ownerKeyField();
        Map<Object, List<Model>> owners = new LinkedHashMap<>();
        for (Model instance : instances) {
            boolean cached = one && toAttr == null ? instance.hasRelatedOne(name)
                    : instance.prefetchedObjects(name) != null;
            Object key = ownerKey.get(instance);
            if (reuseCache && cached || key == null) {
                continue;
            }
            owners.computeIfAbsent(key, k -> new ArrayList<>()).add(instance);
        }
        Map<Object, List<Model>> groups = new LinkedHashMap<>();
        if (!owners.isEmpty()) {
            Model first = owners.values().iterator().next().getFirst();
            Query query = custom != null || forPrefetch || one ? custom : PeerJoins.plan(access);
            List<Model> rows = fetch(access.relatedOptions(), query, access.pathToOwner(), owners.keySet(), first,
                    access.isManyToMany());
            Field back = access.isManyToMany() ? null : access.relation().field();
            for (Model row : rows) {
                Object key = back != null ? back.get(row) : row.annotation(OWNER_KEY);
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
            }
        }
        owners.forEach((key, sameKey) -> {
            List<Model> rows = groups.getOrDefault(key, List.of());
            for (Model instance : sameKey) {
                if (one && toAttr == null) {
                    instance.cacheRelatedOne(name, rows.isEmpty() ? null : rows.getFirst());
                } else {
                    instance.cachePrefetched(name, rows);
                }
                if (!access.isManyToMany()) {
                    for (Model row : rows) {
                        if (access.relation().field().holder(row) instanceof Ref<?> ref) {
                            ref.cache(instance);
                        }
                    }
                }
            }
        });
        List<Model> next = new ArrayList<>();
        Map<Model, Boolean> seen = new IdentityHashMap<>();
        for (Model instance : instances) {
            List<? extends Model> objects = one && toAttr == null
                    ? (instance.relatedOne(name) instanceof Model model ? List.of(model) : List.of())
                    : instance.prefetchedObjects(name);
            if (objects != null) {
                for (Model object : objects) {
                    if (seen.put(object, Boolean.TRUE) == null) {
                        next.add(object);
                    }
                }
            }
        }
        return next;
    }

    /**
     * Return the rows of {@code model} whose {@code path} is in {@code keys},
     * one query per chunk; for many-to-many rows also the owner key, as an
     * annotation. The rows inherit {@code like}'s database and fetch mode.
     */
    private static List<Model> fetch(Options<?> model, Query custom, String path, Set<Object> keys, Model like,
                                     boolean annotateOwner) {
        @SuppressWarnings("unchecked")
        Options<Model> options = (Options<Model>) model;
        Query base = custom != null ? custom : options.defaultManager().getQuerySet().query();
        String db = like.state().db() != null ? like.state().db() : Connections.DEFAULT_DB_ALIAS;
        int chunk = Math.max(1, Connections.get(db).features().maxQueryParams() - 1000);
        List<Object> all = new ArrayList<>(keys);
        List<Model> rows = new ArrayList<>();
        for (int start = 0; start < all.size(); start += chunk) {
            Query query = base.copy();
            query.addQ(Q.of(path + "__in", all.subList(start, Math.min(all.size(), start + chunk))));
            if (annotateOwner) {
                query.addAnnotation(OWNER_KEY, F.of(path));
            }
            if (query.fetchMode() == null && like.state().fetchMode() != null) {
                query.setFetchMode(like.state().fetchMode());
            }
            rows.addAll(new QuerySet<>(new QuerySetState<>(options, query, db)).list());
        }
        return Collections.unmodifiableList(rows);
    }
}
