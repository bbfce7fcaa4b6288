package dev.reinhardt.db.models;

import dev.reinhardt.db.backends.base.DatabaseWrapper;
import dev.reinhardt.db.models.fields.Field;
import dev.reinhardt.db.models.fields.OnDelete;
import dev.reinhardt.db.models.sql.EmptyResultSet;
import dev.reinhardt.db.models.sql.Query;
import dev.reinhardt.db.models.sql.UpdateCompiler;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gather everything a delete takes with it and delete it in dependency
 * order (Django's {@code deletion.Collector}): each relation pointing at a
 * deleted object applies its {@code onDelete} — CASCADE collects the
 * referring objects, PROTECT and RESTRICT refuse (RESTRICT only when no
 * CASCADE path deletes the referring object anyway), SET_NULL, SET_DEFAULT
 * and SET update them, DO_NOTHING leaves them. Nothing is written until
 * everything is collected, so a refusal deletes nothing; the writes run in
 * one transaction. Rows whose deletion needs no signal and cascades nowhere
 * are deleted by query without loading them. Not thread-safe; one use.
 */
final class Collector {

    /** Key IN lists stay this far below the backend's parameter limit. */
    private static final int PARAM_MARGIN = 1000;

    private final DatabaseWrapper connection;
    private final Map<Options<?>, Set<Model>> data = new LinkedHashMap<>();
    private final Map<Options<?>, Set<Options<?>>> dependencies = new LinkedHashMap<>();
    private final List<FastDelete> fastDeletes = new ArrayList<>();
    private final List<FieldUpdate> fieldUpdates = new ArrayList<>();
    private final Map<Options<?>, Map<Field, Set<Model>>> restricted = new LinkedHashMap<>();

    /** Rows deleted by query, without loading them. */
    private record FastDelete(Options<?> options, Query query) {
    }

    /** Rows whose key is set to {@code value} instead of being deleted. */
    private record FieldUpdate(Options<?> options, Field field, Object value, Query query) {
    }

    Collector(DatabaseWrapper connection) {
        this.connection = connection;
    }

    // ---------------------------------------------------------------- collecting

    /** Collect the rows of {@code query}: deleted by query when nothing needs them loaded. */
    void collect(Options<?> options, Query query, BaseQuerySet<?, ?> loader) {
        if (canFastDelete(options, null)) {
            fastDeletes.add(new FastDelete(options, query));
            return;
        }
        List<Model> objects = new ArrayList<>(loader.list());
        collect(objects, null, false, true);
    }

    /**
     * Collect {@code objects} (of one model) and what their deletion takes
     * along; {@code source} is the model whose deletion cascaded here.
     */
    void collect(List<? extends Model> objects, Options<?> source, boolean nullable, boolean failOnRestricted) {
        collect(objects, source, nullable, failOnRestricted, false);
    }

    /** As above; with {@code parentOfSource}, the objects are the parent rows of {@code source}'s, deleted after them. */
    private void collect(List<? extends Model> objects, Options<?> source, boolean nullable, boolean failOnRestricted,
                         boolean parentOfSource) {
        if (objects.isEmpty()) {
            return;
        }
        Options<?> options = Options.of(objects.getFirst().getClass());
        List<Model> fresh = add(options, objects, source, nullable, parentOfSource);
        if (fresh.isEmpty()) {
            return;
        }
        for (Options<?> parent : options.parents().keySet()) {
            Query rows = new Query(parent);
            rows.addQ(Q.of("pk__in", fresh.stream().map(Model::pk).toList()));
            collect(load(parent, rows), options, false, false, true);
        }
        Map<String, List<Model>> protectedObjects = new LinkedHashMap<>();
        for (ReverseRelation reverse : options.relatedObjects()) {
            Relation relation = reverse.relation();
            OnDelete onDelete = relation.onDelete();
            // A many-to-many relation's rows go through its join model's foreign keys, collected on their own.
            if (onDelete == OnDelete.DO_NOTHING || relation.isManyToMany()) {
                continue;
            }
            Options<?> related = reverse.relatedModel();
            for (List<Model> batch : batches(fresh)) {
                Query query = relatedQuery(relation, batch);
                if (onDelete == OnDelete.CASCADE && canFastDelete(related, relation)) {
                    fastDeletes.add(new FastDelete(related, query));
                    continue;
                }
                try {
                    apply(relation, related, query);
                } catch (ProtectedError error) {
                    protectedObjects.computeIfAbsent("'" + related.model().getSimpleName() + "."
                            + relation.field().name() + "'", key -> new ArrayList<>()).addAll(error.protectedObjects());
                }
            }
        }
        if (!protectedObjects.isEmpty()) {
            List<Model> all = protectedObjects.values().stream().flatMap(List::stream).toList();
            throw new ProtectedError("Cannot delete some instances of model '" + options.model().getSimpleName()
                    + "' because they are referenced through protected foreign keys: "
                    + String.join(", ", protectedObjects.keySet()) + ".", all);
        }
        if (failOnRestricted) {
            checkRestricted(options);
        }
    }

    private void apply(Relation relation, Options<?> related, Query query) {
        Field field = relation.field();
        switch (relation.onDelete()) {
            case CASCADE -> collect(load(related, query), relation.targetOptions(), field.nullable(), false);
            case PROTECT -> {
                List<Model> referring = load(related, query);
                if (!referring.isEmpty()) {
                    throw new ProtectedError("Cannot delete some instances of model '"
                            + relation.targetOptions().model().getSimpleName() + "' because they are referenced "
                            + "through a protected foreign key: '" + related.model().getSimpleName() + "."
                            + field.name() + "'", referring);
                }
            }
            case RESTRICT -> {
                List<Model> referring = load(related, query);
                if (!referring.isEmpty()) {
                    restricted.computeIfAbsent(related, key -> new LinkedHashMap<>())
                            .computeIfAbsent(field, key -> new LinkedHashSet<>()).addAll(referring);
                    addDependency(relation.targetOptions(), related);
                }
            }
            case SET_NULL -> {
                if (!field.nullable()) {
                    throw new IllegalStateException(related.model().getSimpleName() + "." + field.name()
                            + " uses onDelete = SET_NULL but is not nullable (fields.E320); make it nullable = true.");
                }
                fieldUpdates.add(new FieldUpdate(related, field, null, query));
            }
            case SET_DEFAULT -> {
                if (field.dbDefault() == null) {
                    throw new IllegalStateException(related.model().getSimpleName() + "." + field.name()
                            + " uses onDelete = SET_DEFAULT but has no default (fields.E321); give it dbDefault.");
                }
                fieldUpdates.add(new FieldUpdate(related, field, field.columnSpec().dbDefault(), query));
            }
            case SET -> {
                Object value = relation.setValue();
                fieldUpdates.add(new FieldUpdate(related, field, value instanceof Model model
                        ? relation.targetField().get(model) : value, query));
            }
            case DO_NOTHING -> {
            }
        }
    }

    private List<Model> add(Options<?> options, List<? extends Model> objects, Options<?> source, boolean nullable,
                            boolean reverseDependency) {
        Set<Model> instances = data.computeIfAbsent(options, key -> java.util.Collections.newSetFromMap(
                new IdentityHashMap<>()));
        Set<Object> keys = new java.util.HashSet<>();
        instances.forEach(instance -> keys.add(instance.pk()));
        List<Model> fresh = new ArrayList<>();
        for (Model object : objects) {
            if (keys.add(object.pk())) {
                instances.add(object);
                fresh.add(object);
            }
        }
        // A nullable key is set to NULL before the deletes, so it does not constrain their order.
        if (source != null && !nullable) {
            if (reverseDependency) {
                addDependency(options, source);
            } else {
                addDependency(source, options);
            }
        }
        return fresh;
    }

    /** Record that {@code model}'s rows must be deleted after {@code dependency}'s. */
    private void addDependency(Options<?> model, Options<?> dependency) {
        dependencies.computeIfAbsent(model, key -> new LinkedHashSet<>()).add(dependency);
    }

    private boolean canFastDelete(Options<?> options, Relation from) {
        if (from != null && from.onDelete() != OnDelete.CASCADE) {
            return false;
        }
        Class<?> model = options.model();
        if (ModelSignals.preDelete.hasListeners(model) || ModelSignals.postDelete.hasListeners(model)) {
            return false;
        }
        return options.relatedObjects().stream().allMatch(reverse -> reverse.relation().isManyToMany()
                || reverse.relation().onDelete() == OnDelete.DO_NOTHING);
    }

    private void checkRestricted(Options<?> model) {
        restricted.forEach((options, byField) -> byField.values().forEach(objects -> {
            Set<Model> deleted = data.getOrDefault(options, Set.of());
            Set<Object> deletedKeys = new java.util.HashSet<>();
            deleted.forEach(instance -> deletedKeys.add(instance.pk()));
            objects.removeIf(object -> deletedKeys.contains(object.pk()));
            for (FastDelete fast : fastDeletes) {
                if (fast.options() == options && !objects.isEmpty()) {
                    Set<Object> gone = new java.util.HashSet<>(queryset(options, fast.query())
                            .filter("pk__in", objects.stream().map(Model::pk).toList())
                            .valuesListFlat("pk", Object.class).list());
                    objects.removeIf(object -> gone.contains(object.pk()));
                }
            }
        }));
        Map<String, List<Model>> remaining = new LinkedHashMap<>();
        restricted.forEach((options, byField) -> byField.forEach((field, objects) -> {
            if (!objects.isEmpty()) {
                remaining.computeIfAbsent("'" + options.model().getSimpleName() + "." + field.name() + "'",
                        key -> new ArrayList<>()).addAll(objects);
            }
        }));
        if (!remaining.isEmpty()) {
            throw new RestrictedError("Cannot delete some instances of model '" + model.model().getSimpleName()
                    + "' because they are referenced through restricted foreign keys: "
                    + String.join(", ", remaining.keySet()) + ".",
                    remaining.values().stream().flatMap(List::stream).toList());
        }
    }

    // ---------------------------------------------------------------- deleting

    /** Delete everything collected in one transaction; return the counts. */
    DeleteResult delete() {
        List<Options<?>> order = sortedModels();
        Map<String, Long> counts = new LinkedHashMap<>();
        connection.atomic(() -> {
            for (Options<?> options : order) {
                for (Model instance : data.get(options)) {
                    ModelSignals.preDelete.send(options.model(), new ModelSignals.DeleteEvent(instance,
                            connection.alias()));
                }
            }
            for (FastDelete fast : fastDeletes) {
                count(counts, fast.options(), ModelPersistence.rawDelete(fast.query(), connection));
            }
            for (FieldUpdate update : fieldUpdates) {
                Map<Field, Object> values = new LinkedHashMap<>();
                values.put(update.field(), update.value());
                try {
                    connection.executeUpdate(UpdateCompiler.updateSql(update.query(), values, connection));
                } catch (EmptyResultSet empty) {
                    // Nothing refers to the deleted rows through this key.
                }
            }
            for (Options<?> options : order) {
                List<Object> keys = data.get(options).stream().map(Model::pk).toList();
                for (List<Object> batch : partition(keys)) {
                    Query byPk = new Query(options);
                    byPk.addQ(Q.of("pk__in", batch));
                    count(counts, options, ModelPersistence.rawDelete(byPk, connection));
                }
                for (Model instance : data.get(options)) {
                    ModelSignals.postDelete.send(options.model(), new ModelSignals.DeleteEvent(instance,
                            connection.alias()));
                }
            }
            return null;
        });
        for (Options<?> options : order) {
            for (Model instance : data.get(options)) {
                options.pk().set(instance, null);
            }
        }
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        return new DeleteResult(total, counts);
    }

    /** Return the collected models, each after every model whose rows refer to it. */
    private List<Options<?>> sortedModels() {
        List<Options<?>> sorted = new ArrayList<>();
        List<Options<?>> pending = new ArrayList<>(data.keySet());
        while (!pending.isEmpty()) {
            boolean found = false;
            for (Options<?> model : List.copyOf(pending)) {
                List<Options<?>> needs = dependencies.getOrDefault(model, Set.of()).stream()
                        .filter(other -> other != model && data.containsKey(other)).toList();
                if (sorted.containsAll(needs)) {
                    sorted.add(model);
                    pending.remove(model);
                    found = true;
                }
            }
            if (!found) {
                // A cycle of non-nullable keys: deferred constraints let the remaining models go in any order.
                sorted.addAll(pending);
                break;
            }
        }
        for (Options<?> model : sorted) {
            List<Model> instances = new ArrayList<>(data.get(model));
            instances.sort(Comparator.comparing(Model::pk, Collector::compareKeys));
            Set<Model> ordered = java.util.Collections.newSetFromMap(new java.util.LinkedHashMap<>());
            ordered.addAll(instances.reversed());
            data.put(model, ordered);
        }
        return sorted;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compareKeys(Object left, Object right) {
        if (left instanceof Comparable comparable && left.getClass() == right.getClass()) {
            return comparable.compareTo(right);
        }
        return String.valueOf(left).compareTo(String.valueOf(right));
    }

    private static void count(Map<String, Long> counts, Options<?> options, long deleted) {
        if (deleted > 0) {
            counts.merge(options.toString(), deleted, Long::sum);
        }
    }

    // ---------------------------------------------------------------- helpers

    private Query relatedQuery(Relation relation, List<Model> targets) {
        Field targetField = relation.targetField();
        List<Object> keys = targets.stream().map(targetField::get).toList();
        Query query = new Query(relation.owner());
        query.addQ(Q.of(relation.field().name() + "__in", keys));
        return query;
    }

    private List<Model> load(Options<?> options, Query query) {
        return new ArrayList<>(queryset(options, query).list());
    }

    @SuppressWarnings("unchecked")
    private QuerySet<Model> queryset(Options<?> options, Query query) {
        Options<Model> typed = (Options<Model>) options;
        return new QuerySet<>(new QuerySetState<>(typed, query.copy(), connection.alias()));
    }

    private List<List<Model>> batches(List<Model> objects) {
        List<List<Model>> batches = new ArrayList<>();
        int size = batchSize();
        for (int start = 0; start < objects.size(); start += size) {
            batches.add(objects.subList(start, Math.min(objects.size(), start + size)));
        }
        return batches;
    }

    private List<List<Object>> partition(List<Object> keys) {
        List<List<Object>> batches = new ArrayList<>();
        int size = batchSize();
        for (int start = 0; start < keys.size(); start += size) {
            batches.add(keys.subList(start, Math.min(keys.size(), start + size)));
        }
        return batches;
    }

    private int batchSize() {
        return Math.max(1, connection.features().maxQueryParams() - PARAM_MARGIN);
    }
}
