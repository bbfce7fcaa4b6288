package dev.reinhardt.db.models;

import dev.reinhardt.conf.Timezone;
import dev.reinhardt.db.Connections;
import dev.reinhardt.db.backends.base.DatabaseWrapper;
import dev.reinhardt.db.backends.base.Sql;
import dev.reinhardt.db.backends.base.ValueReader;
import dev.reinhardt.db.models.fields.Field;
import dev.reinhardt.db.models.sql.EmptyResultSet;
import dev.reinhardt.db.models.sql.InsertCompiler;
import dev.reinhardt.db.models.sql.Query;
import dev.reinhardt.db.models.sql.UpdateCompiler;
import dev.reinhardt.exceptions.DatabaseError;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Saving and deleting instances: the SQL side of {@link Model#save} and friends. */
final class ModelPersistence {

    /** Keep well below SQLite's 32766 and PostgreSQL's 65535 bound parameters per statement. */
    static final int MAX_PARAMS = 30_000;

    private ModelPersistence() {
    }

    @SuppressWarnings("unchecked")
    static <T extends Model> Options<T> optionsOf(T instance) {
        return Options.of((Class<T>) instance.getClass());
    }

    static String alias(Model instance, String using) {
        if (using != null) {
            return using;
        }
        return instance.state().db() != null ? instance.state().db() : Connections.DEFAULT_DB_ALIAS;
    }

    // ---------------------------------------------------------------- save

    static <T extends Model> void save(T instance, SaveOptions saveOptions) {
        Options<T> options = optionsOf(instance);
        String using = alias(instance, saveOptions.using());
        Set<String> deferred = instance.state().deferredFields();
        if (saveOptions.updateFields() == null && !saveOptions.forceInsert() && !deferred.isEmpty()
                && using.equals(instance.state().db())) {
            // Deferred fields hold Java defaults, not the row's values: write what was loaded and what the
            // code has set since (a value other than the initial one), as Django does.
            T initial = options.initialInstance();
            List<String> loaded = options.fields().stream()
                    .filter(field -> !field.primaryKey() && (!deferred.contains(field.name())
                            || !Objects.deepEquals(field.get(instance), field.get(initial))))
                    .map(Field::name).toList();
            saveOptions = new SaveOptions(saveOptions.using(), loaded, false);
        }
        List<String> updateFields = saveOptions.updateFields();
        if (updateFields != null && options.pk().get(instance) == null) {
            throw new IllegalArgumentException("Cannot force an update in save() with no primary key.");
        }
        if (updateFields != null) {
            if (updateFields.isEmpty()) {
                return;
            }
            for (String name : updateFields) {
                if (options.getField(name).primaryKey()) {
                    throw new IllegalArgumentException("The primary key cannot be in updateFields.");
                }
            }
        }
        prepareRelatedFields(options, instance);
        ModelSignals.preSave.send(options.model(), new ModelSignals.SaveEvent(instance, false, using, updateFields));
        boolean created = saveTables(options, instance, saveOptions, Connections.get(using));
        instance.setState(instance.state().savedTo(using));
        ModelSignals.postSave.send(options.model(), new ModelSignals.SaveEvent(instance, created, using, updateFields));
    }

    /**
     * Refuse to save a reference to an unsaved object (the row would point at
     * nothing), and take the key of one saved since it was assigned.
     */
    static <T extends Model> void prepareRelatedFields(Options<T> options, T instance) {
        for (Field field : options.fields()) {
            if (field.isRelation() && field.holder(instance) instanceof Ref<?> ref && ref.pendingObject() != null) {
                throw new IllegalArgumentException("save() prohibited to prevent data loss due to unsaved related "
                        + "object '" + field.name() + "'. Save the " + ref.pendingObject().getClass().getSimpleName()
                        + " first.");
            }
        }
    }

    /**
     * Save the rows of {@code instance} in its parents' tables (top-down) and
     * then in its own; a row newly inserted in a parent's table means the
     * child's is new too. Return whether the instance's own row was inserted.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static boolean saveTables(Options options, Model instance, SaveOptions saveOptions,
                                      DatabaseWrapper connection) {
        boolean parentInserted = false;
        for (Object parent : options.parents().keySet()) {
            parentInserted |= saveTables((Options) parent, instance, saveOptions, connection);
        }
        SaveOptions own = parentInserted && !saveOptions.forceInsert()
                ? new SaveOptions(saveOptions.using(), saveOptions.updateFields(), true) : saveOptions;
        return saveTable(options, instance, own, connection);
    }

    private static <T extends Model> boolean saveTable(Options<T> options, T instance, SaveOptions saveOptions,
                                                       DatabaseWrapper connection) {
        Instant now = Instant.now();
        List<String> updateFields = saveOptions.updateFields();
        for (Field field : options.fields()) {
            boolean wanted = updateFields == null || updateFields.contains(field.name());
            if (wanted && (field.autoNow() || field.autoNowAdd() && instance.state().adding())) {
                field.set(instance, now(field.javaType(), now));
            }
        }
        Field pk = options.pk();
        Object pkValue = pk.get(instance);
        if (pkValue != null && !saveOptions.forceInsert()) {
            Map<Field, Object> values = new LinkedHashMap<>();
            for (Field field : options.fields()) {
                if (!field.primaryKey() && (updateFields == null || updateFields.contains(field.name()))) {
                    values.put(field, field.get(instance));
                }
            }
            Query byPk = new Query(options);
            byPk.addQ(Q.of("pk", pkValue));
            boolean updated = values.isEmpty()
                    ? QuerySet.of(options.model()).using(connection.alias()).filter("pk", pkValue).exists()
                    : connection.executeUpdate(UpdateCompiler.updateSql(byPk, values, connection)) > 0;
            if (updated) {
                return false;
            }
            if (updateFields != null) {
                throw new DatabaseError("Save with updateFields did not affect any rows.");
            }
        }
        insert(options, instance, connection);
        return true;
    }

    private static <T extends Model> void insert(Options<T> options, T instance, DatabaseWrapper connection) {
        List<Field> fields = new ArrayList<>();
        List<Field> returning = new ArrayList<>();
        for (Field field : options.fields()) {
            boolean generated = field.isAuto() || field.dbDefault() != null;
            if (generated && field.get(instance) == null) {
                returning.add(field);
            } else {
                fields.add(field);
            }
        }
        Sql sql = InsertCompiler.insertSql(options, fields, List.of(instance), returning, connection);
        if (returning.isEmpty() || !connection.features().canReturnColumnsFromInsert()) {
            connection.executeUpdate(sql);
            return;
        }
        ValueReader[] readers = returning.stream().map(field -> field.reader(connection)).toArray(ValueReader[]::new);
        connection.query(sql, rs -> {
            for (int i = 0; i < readers.length; i++) {
                returning.get(i).set(instance, readers[i].read(rs, i + 1));
            }
            return null;
        });
    }

    /** Return {@code now} as a value of {@code type}; naive values are wall-clock times in the default time zone. */
    private static Object now(Class<?> type, Instant now) {
        if (type == OffsetDateTime.class) {
            return Timezone.useTz() ? now.atOffset(ZoneOffset.UTC)
                    : now.atZone(Timezone.defaultTimezone()).toOffsetDateTime();
        }
        if (type == LocalDateTime.class) {
            return LocalDateTime.ofInstant(now, Timezone.defaultTimezone());
        }
        if (type == LocalDate.class) {
            return LocalDate.ofInstant(now, Timezone.defaultTimezone());
        }
        if (type == LocalTime.class) {
            return LocalTime.ofInstant(now, Timezone.defaultTimezone());
        }
        return now;
    }

    // ---------------------------------------------------------------- delete

    static <T extends Model> DeleteResult delete(T instance, String usingAlias) {
        Options<T> options = optionsOf(instance);
        Object pkValue = instance.pk();
        if (pkValue == null) {
            throw new IllegalArgumentException(options.model().getSimpleName() + " object can't be deleted because its "
                    + options.pk().name() + " attribute is set to null.");
        }
        Collector collector = new Collector(Connections.get(alias(instance, usingAlias)));
        collector.collect(List.of(instance), null, false, true);
        return collector.delete();
    }

    static <T extends Model> DeleteResult delete(BaseQuerySet<T, ?> querySet, Options<T> options, Query query,
                                                 DatabaseWrapper connection) {
        Query plan = query.copy();
        plan.clearSelectRelated();
        plan.setOrdering(List.of());
        Collector collector = new Collector(connection);
        collector.collect(options, plan, querySet.copy(plan, querySet.db));
        return collector.delete();
    }

    static long rawDelete(Query query, DatabaseWrapper connection) {
        try {
            return connection.executeUpdate(UpdateCompiler.deleteSql(query, connection));
        } catch (EmptyResultSet empty) {
            return 0;
        }
    }

    // ---------------------------------------------------------------- bulk

    static <T extends Model> List<T> bulkCreate(Options<T> options, List<T> objects, int batchSize,
                                                DatabaseWrapper connection) {
        if (batchSize <= 0) {
            throw new IllegalArgumentException("Batch size must be a positive integer.");
        }
        Instant now = Instant.now();
        if (!options.parents().isEmpty()) {
            throw new IllegalArgumentException("Can't bulk create a multi-table inherited model: "
                    + options.model().getSimpleName() + " spans the tables of " + options.parents().keySet()
                    + ". Save each object, or bulk create the parent model.");
        }
        for (T object : objects) {
            prepareRelatedFields(options, object);
            for (Field field : options.fields()) {
                if (field.autoNow() || field.autoNowAdd()) {
                    field.set(object, now(field.javaType(), now));
                } else if (field.dbDefault() != null && field.get(object) == null) {
                    // A multi-row INSERT names every column, so the database default is filled in here.
                    field.set(object, dbDefaultValue(field));
                }
            }
        }
        Field pk = options.pk();
        List<T> withPk = objects.stream().filter(object -> pk.get(object) != null).toList();
        List<T> withoutPk = objects.stream().filter(object -> pk.get(object) == null).toList();
        connection.atomic(() -> {
            insertBatches(options, withPk, options.fields(), List.of(), batchSize, connection);
            List<Field> fields = options.fields().stream().filter(field -> !field.isAuto()).toList();
            boolean returns = connection.features().canReturnRowsFromBulkInsert() && pk.isAuto();
            insertBatches(options, withoutPk, fields, returns ? List.of(pk) : List.of(), batchSize, connection);
            return null;
        });
        for (T object : objects) {
            object.setState(object.state().savedTo(connection.alias()));
        }
        return objects;
    }

    /** Return the field's {@code dbDefault} literal as a value of the field's Java type. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object dbDefaultValue(Field field) {
        String text = field.dbDefault();
        Class<?> type = field.javaType();
        if (type.isEnum()) {
            return Enum.valueOf((Class) type, text);
        }
        if (type == Integer.class || type == int.class) {
            return Integer.valueOf(text);
        }
        if (type == Long.class || type == long.class) {
            return Long.valueOf(text);
        }
        if (type == Short.class || type == short.class) {
            return Short.valueOf(text);
        }
        if (type == Boolean.class || type == boolean.class) {
            return text.equals("1") || Boolean.parseBoolean(text);
        }
        if (type == Double.class || type == double.class) {
            return Double.valueOf(text);
        }
        if (type == java.math.BigDecimal.class) {
            return new java.math.BigDecimal(text);
        }
        if (type == LocalDate.class) {
            return LocalDate.parse(text);
        }
        if (type == LocalTime.class) {
            return LocalTime.parse(text);
        }
        if (type == java.util.UUID.class) {
            return java.util.UUID.fromString(text);
        }
        return text;
    }

    private static <T extends Model> void insertBatches(Options<T> options, List<T> objects, List<Field> fields,
                                                        List<Field> returning, int batchSize,
                                                        DatabaseWrapper connection) {
        int batch = Math.max(1, Math.min(batchSize, MAX_PARAMS / Math.max(1, fields.size())));
        if (fields.isEmpty()) {
            batch = 1;
        }
        for (int start = 0; start < objects.size(); start += batch) {
            List<T> chunk = objects.subList(start, Math.min(objects.size(), start + batch));
            Sql sql = InsertCompiler.insertSql(options, fields, chunk, returning, connection);
            if (returning.isEmpty()) {
                connection.executeUpdate(sql);
                continue;
            }
            ValueReader reader = returning.getFirst().reader(connection);
            List<Object> keys = connection.query(sql, rs -> reader.read(rs, 1));
            for (int i = 0; i < chunk.size() && i < keys.size(); i++) {
                returning.getFirst().set(chunk.get(i), keys.get(i));
            }
        }
    }
}
