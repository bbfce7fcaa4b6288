package dev.reinhardt.db.models;

import dev.reinhardt.db.Connections;
import dev.reinhardt.db.backends.base.DatabaseWrapper;
import dev.reinhardt.db.models.fields.Field;
import dev.reinhardt.db.models.sql.Query;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The writes of related managers: {@code add}, {@code remove}, {@code clear},
 * {@code set} and {@code create}, for reverse foreign keys (updating the key
 * column) and many-to-many relations (inserting and deleting join-table rows,
 * around {@code m2mChanged}; both directions of a symmetrical relation). Each
 * runs in one transaction.
 */
final class RelatedWrites {

    private static final int BATCH = 500;

    private RelatedWrites() {
    }

    static void add(Model owner, RelatedAccess access, List<? extends Model> objects,
                    Map<String, ?> throughDefaults) {
        Object key = ownerKey(owner, access);
        DatabaseWrapper connection = connection(owner);
        if (access.isManyToMany()) {
            connection.atomic(() -> {
                addMany(owner, access, key, targetKeys(access, objects), throughDefaults, connection);
                return null;
            });
            return;
        }
        if (!throughDefaults.isEmpty()) {
            throw new IllegalArgumentException("throughDefaults apply to many-to-many relations only.");
        }
        Field foreignKey = access.relation().field();
        List<Object> pks = new ArrayList<>();
        for (Model object : objects) {
            checkType(access, object);
            if (object.state().adding() || object.pk() == null) {
                throw new IllegalArgumentException(object + " isn't saved. Save it first, or create it with "
                        + owner.getClass().getSimpleName() + "." + access.accessorName() + ".create(...).");
            }
            pks.add(object.pk());
        }
        connection.atomic(() -> {
            relatedRows(access, connection).filter("pk__in", pks).update(foreignKey.name(), key);
            return null;
        });
        for (Model object : objects) {
            refOf(foreignKey, object).set(owner);
        }
    }

    static void remove(Model owner, RelatedAccess access, List<? extends Model> objects) {
        Object key = ownerKey(owner, access);
        DatabaseWrapper connection = connection(owner);
        if (access.isManyToMany()) {
            connection.atomic(() -> {
                removeMany(owner, access, key, targetKeys(access, objects), connection);
                return null;
            });
            return;
        }
        Field foreignKey = nullableKey(owner, access, "remove");
        List<Object> pks = new ArrayList<>();
        for (Model object : objects) {
            checkType(access, object);
            if (!key.equals(foreignKey.get(object))) {
                throw access.relatedOptions().doesNotExist(object + " is not related to " + owner + ".");
            }
            pks.add(object.pk());
        }
        connection.atomic(() -> {
            relatedRows(access, connection).filter("pk__in", pks).update(foreignKey.name(), null);
            return null;
        });
        for (Model object : objects) {
            refOf(foreignKey, object).set(null);
        }
    }

    static void clear(Model owner, RelatedAccess access) {
        Object key = ownerKey(owner, access);
        DatabaseWrapper connection = connection(owner);
        if (access.isManyToMany()) {
            connection.atomic(() -> {
                Object sender = sender(access);
                send(sender, owner, access, ModelSignals.M2MAction.PRE_CLEAR, null, connection);
                Q rows = Q.of(access.throughOwnerKey().name(), key);
                if (access.relation().isSymmetrical()) {
                    rows = rows.or(Q.of(access.throughRelatedKey().name(), key));
                }
                throughRows(access, connection).filter(rows).delete();
                send(sender, owner, access, ModelSignals.M2MAction.POST_CLEAR, null, connection);
                return null;
            });
            return;
        }
        Field foreignKey = nullableKey(owner, access, "clear");
        connection.atomic(() -> relatedRows(access, connection).filter(foreignKey.name(), key)
                .update(foreignKey.name(), null));
    }

    static void set(Model owner, RelatedAccess access, List<? extends Model> objects) {
        Object key = ownerKey(owner, access);
        DatabaseWrapper connection = connection(owner);
        if (access.isManyToMany()) {
            List<Object> wanted = targetKeys(access, objects);
            connection.atomic(() -> {
                Set<Object> current = new LinkedHashSet<>(throughRows(access, connection)
                        .filter(access.throughOwnerKey().name(), key)
                        .valuesListFlat(access.throughRelatedKey().name(), Object.class).list());
                List<Object> gone = current.stream().filter(k -> !wanted.contains(k)).toList();
                List<Object> fresh = wanted.stream().filter(k -> !current.contains(k)).toList();
                removeMany(owner, access, key, gone, connection);
                addMany(owner, access, key, fresh, Map.of(), connection);
                return null;
            });
            return;
        }
        Field foreignKey = access.relation().field();
        if (!foreignKey.nullable()) {
            add(owner, access, objects, Map.of());
            return;
        }
        connection.atomic(() -> {
            Set<Object> wanted = new LinkedHashSet<>();
            objects.forEach(object -> wanted.add(object.pk()));
            List<Model> stale = new ArrayList<>();
            for (Model current : relatedRows(access, connection).filter(foreignKey.name(), key).list()) {
                if (!wanted.contains(current.pk())) {
                    stale.add(current);
                }
            }
            if (!stale.isEmpty()) {
                remove(owner, access, stale);
            }
            add(owner, access, objects, Map.of());
            return null;
        });
    }

    @SuppressWarnings("unchecked")
    static <T extends Model> T create(Model owner, RelatedAccess access, Consumer<? super T> init) {
        Object key = ownerKey(owner, access);
        DatabaseWrapper connection = connection(owner);
        Options<T> options = (Options<T>) access.relatedOptions();
        return connection.atomic(() -> {
            T object = options.newInstance();
            if (!access.isManyToMany()) {
                refOf(access.relation().field(), object).set(owner);
            }
            init.accept(object);
            options.initialized(object);
            object.save(new SaveOptions(connection.alias(), null, true));
            if (access.isManyToMany()) {
                addMany(owner, access, key, targetKeys(access, List.of(object)), Map.of(), connection);
            }
            return object;
        });
    }

    // ---------------------------------------------------------------- many-to-many rows

    /**
     * Add the join rows from {@code key} to each of {@code keys} that are
     * missing, between {@code m2mChanged}'s pre-add and post-add; for a
     * symmetrical relation also the missing rows back to {@code key}, without
     * signals of their own (Django sends them once per call), but before the
     * post-add so that its receivers see both directions.
     */
    private static void addMany(Model owner, RelatedAccess access, Object key, List<Object> keys,
                                Map<String, ?> throughDefaults, DatabaseWrapper connection) {
        Field ownerKey = access.throughOwnerKey();
        Field relatedKey = access.throughRelatedKey();
        Set<Object> missing = missing(access, ownerKey, key, relatedKey, keys, connection);
        Object sender = sender(access);
        send(sender, owner, access, ModelSignals.M2MAction.PRE_ADD, missing, connection);
        insert(access, ownerKey, key, relatedKey, missing, throughDefaults, connection);
        if (access.relation().isSymmetrical()) {
            insert(access, relatedKey, key, ownerKey, missing(access, relatedKey, key, ownerKey, keys, connection),
                    throughDefaults, connection);
        }
        send(sender, owner, access, ModelSignals.M2MAction.POST_ADD, missing, connection);
    }

    /** Return those of {@code keys} that no join row pairs with {@code key} ({@code fixed} = key, {@code varying} = each). */
    private static Set<Object> missing(RelatedAccess access, Field fixed, Object key, Field varying, List<Object> keys,
                                       DatabaseWrapper connection) {
        Set<Object> existing = keys.isEmpty() ? Set.of() : new LinkedHashSet<>(throughRows(access, connection)
                .filter(fixed.name(), key).filter(varying.name() + "__in", keys)
                .valuesListFlat(varying.name(), Object.class).list());
        Set<Object> missing = new LinkedHashSet<>();
        keys.stream().filter(k -> !existing.contains(k)).forEach(missing::add);
        return missing;
    }

    private static void insert(RelatedAccess access, Field fixed, Object key, Field varying, Set<Object> keys,
                               Map<String, ?> throughDefaults, DatabaseWrapper connection) {
        @SuppressWarnings("unchecked")
        Options<Model> through = (Options<Model>) access.relation().through();
        List<Model> rows = new ArrayList<>();
        for (Object related : keys) {
            Model row = through.newInstance();
            throughDefaults.forEach((name, value) -> through.getField(name).set(row, value));
            fixed.set(row, key);
            varying.set(row, related);
            rows.add(row);
        }
        ModelPersistence.bulkCreate(through, rows, BATCH, connection);
    }

    private static void removeMany(Model owner, RelatedAccess access, Object key, List<Object> keys,
                                   DatabaseWrapper connection) {
        Set<Object> removed = new LinkedHashSet<>(keys);
        Object sender = sender(access);
        send(sender, owner, access, ModelSignals.M2MAction.PRE_REMOVE, removed, connection);
        if (!removed.isEmpty()) {
            String ownerKey = access.throughOwnerKey().name();
            String relatedKey = access.throughRelatedKey().name();
            Q rows = Q.of(ownerKey, key).and(Q.of(relatedKey + "__in", new ArrayList<>(removed)));
            if (access.relation().isSymmetrical()) {
                rows = rows.or(Q.of(relatedKey, key).and(Q.of(ownerKey + "__in", new ArrayList<>(removed))));
            }
            throughRows(access, connection).filter(rows).delete();
        }
        send(sender, owner, access, ModelSignals.M2MAction.POST_REMOVE, removed, connection);
    }

    private static List<Object> targetKeys(RelatedAccess access, List<? extends Model> objects) {
        Field target = Relation.of(access.throughRelatedKey()).targetField();
        List<Object> keys = new ArrayList<>();
        for (Model object : objects) {
            checkType(access, object);
            Object value = target.get(object);
            if (value == null) {
                throw new IllegalArgumentException("Cannot add " + object + ": it isn't saved. Save it first.");
            }
            if (!keys.contains(value)) {
                keys.add(value);
            }
        }
        return keys;
    }

    private static Object sender(RelatedAccess access) {
        Options<?> through = access.relation().through();
        return through.isAutoCreated() ? through : through.model();
    }

    private static void send(Object sender, Model owner, RelatedAccess access, ModelSignals.M2MAction action,
                             Set<Object> keys, DatabaseWrapper connection) {
        if (!ModelSignals.m2mChanged.hasListeners(sender)) {
            return;
        }
        ModelSignals.m2mChanged.send(sender, new ModelSignals.M2MChangedEvent(owner, action,
                access.side() == RelatedAccess.Side.REVERSE_MANY, access.relatedOptions().model(),
                keys == null ? null : java.util.Collections.unmodifiableSet(keys), connection.alias()));
    }

    // ---------------------------------------------------------------- helpers

    private static Object ownerKey(Model owner, RelatedAccess access) {
        Object key = access.ownerKey(owner);
        if (key == null) {
            throw Related.noKey(owner);
        }
        return key;
    }

    private static Field nullableKey(Model owner, RelatedAccess access, String operation) {
        Field foreignKey = access.relation().field();
        if (!foreignKey.nullable()) {
            throw new UnsupportedOperationException(owner.getClass().getSimpleName() + "." + access.accessorName()
                    + "." + operation + "() would leave " + access.relatedOptions().model().getSimpleName() + "."
                    + foreignKey.name() + " empty, but it is not nullable. Delete the objects instead, or make the "
                    + "foreign key nullable = true.");
        }
        return foreignKey;
    }

    private static void checkType(RelatedAccess access, Model object) {
        Class<?> expected = access.relatedOptions().model();
        if (!expected.isInstance(object)) {
            throw new IllegalArgumentException("'" + expected.getSimpleName() + "' instance expected, got "
                    + object.getClass().getSimpleName() + ".");
        }
    }

    @SuppressWarnings("unchecked")
    private static Ref<Model> refOf(Field foreignKey, Model object) {
        return (Ref<Model>) foreignKey.holder(object);
    }

    private static DatabaseWrapper connection(Model owner) {
        return Connections.get(owner.state().db() != null ? owner.state().db() : Connections.DEFAULT_DB_ALIAS);
    }

    @SuppressWarnings("unchecked")
    private static QuerySet<Model> relatedRows(RelatedAccess access, DatabaseWrapper connection) {
        Options<Model> options = (Options<Model>) access.relatedOptions();
        return new QuerySet<>(new QuerySetState<>(options, new Query(options), connection.alias()));
    }

    @SuppressWarnings("unchecked")
    private static QuerySet<Model> throughRows(RelatedAccess access, DatabaseWrapper connection) {
        Options<Model> options = (Options<Model>) access.relation().through();
        return new QuerySet<>(new QuerySetState<>(options, new Query(options), connection.alias()));
    }
}
