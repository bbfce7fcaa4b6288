package dev.reinhardt.db.models;

import dev.reinhardt.db.models.fields.Field;
import dev.reinhardt.exceptions.ValidationError;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The base class of every model: one class per database table (Django's
 * {@code django.db.models.Model}).
 *
 * <pre>{@code
 * @Meta(ordering = "-createdAt")
 * public class Order extends Model {
 *     public static final Manager<Order> objects = Manager.of(Order.class);
 *
 *     @CharField(maxLength = 20, dbIndex = true) public String status;
 *     @DateTimeField(autoNowAdd = true) public Instant createdAt;
 * }
 * }</pre>
 *
 * <p>Fields are public fields carrying a field annotation; an abstract
 * subclass lends its fields to concrete ones. Unless a field declares
 * {@code primaryKey = true}, the primary key is the implicit {@link #id}.
 * A project's models live in its apps' {@code models} packages, where
 * {@code Reinhardt.setup()} finds and registers every concrete subclass.
 * Instances are not thread-safe.
 */
public abstract class Model {

    /** The implicit primary key (a BigAutoField); unused when another field is the primary key. */
    public Long id;

    private final ModelState state = new ModelState();
    private Map<String, Object> annotations;

    /** Return the ORM's state of this instance: whether it is new and its database. */
    public final ModelState state() {
        return state;
    }

    /** Return the primary key value, or null before the first save. */
    public final Object pk() {
        return ModelPersistence.optionsOf(this).pk().get(this);
    }

    /** Set the primary key value. */
    public final void setPk(Object value) {
        ModelPersistence.optionsOf(this).pk().set(this, value);
    }

    /** Return the value of annotation {@code name} computed by the query that loaded this instance, or null. */
    public final Object annotation(String name) {
        return annotations == null ? null : annotations.get(name);
    }

    final void putAnnotation(String name, Object value) {
        if (annotations == null) {
            annotations = new HashMap<>();
        }
        annotations.put(name, value);
    }

    // ---------------------------------------------------------------- life cycle

    /**
     * Return an instance of {@code model} holding {@code values} by field name, as
     * loaded from the database {@code db} (Django's {@code Model.from_db}): it is
     * not {@code adding}, its fields missing from {@code values} are deferred, and
     * {@code preInit}/{@code postInit} are sent. Query rows become instances by these
     * same steps; use this to build instances from rows read some other way.
     *
     * @throws dev.reinhardt.exceptions.FieldError naming the model's fields when a name is unknown
     */
    public static <T extends Model> T fromDb(Class<T> model, String db, Map<String, ?> values) {
        Options<T> options = Options.of(model);
        T instance = options.newInstance();
        values.forEach((name, value) -> options.getField(name).set(instance, value));
        Set<String> deferred = new java.util.HashSet<>();
        for (Field field : options.fields()) {
            if (!values.containsKey(field.name())) {
                deferred.add(field.name());
            }
        }
        instance.state().loaded(db, Set.copyOf(deferred));
        options.initialized(instance);
        return instance;
    }

    /** Insert this instance if it is new, else update every field; sends {@code preSave}/{@code postSave}. */
    public void save() {
        save(SaveOptions.DEFAULT);
    }

    /**
     * Save as {@code options} say: the database, the fields an UPDATE is
     * limited to, or a forced INSERT. An instance with a primary key is
     * updated, and inserted when no row matched.
     */
    public void save(SaveOptions options) {
        ModelPersistence.save(this, options);
    }

    /** Delete this instance's row; sends {@code preDelete}/{@code postDelete} and clears the primary key. */
    public void delete() {
        delete(null);
    }

    /** Delete this instance's row from the database {@code using}. */
    public void delete(String using) {
        ModelPersistence.delete(this, using);
    }

    /**
     * Reload {@code fields} from the database; with none, every field that is
     * not deferred (Django's {@code refresh_from_db}). Reloaded fields stop being deferred.
     *
     * @throws dev.reinhardt.exceptions.ObjectDoesNotExist when the row is gone
     */
    public void refreshFromDb(String... fields) {
        Options<Model> options = ModelPersistence.optionsOf(this);
        String alias = ModelPersistence.alias(this, null);
        List<String> wanted = fields.length > 0 ? List.of(fields) : options.fields().stream().map(Field::name)
                .filter(name -> !state.deferredFields().contains(name)).toList();
        Model fresh = QuerySet.of(options.model()).using(alias).filter("pk", pk())
                .only(wanted.toArray(String[]::new)).get();
        for (Field field : options.fields()) {
            if (wanted.contains(field.name())) {
                field.set(this, field.get(fresh));
            }
        }
        state.loaded(alias, state.deferredFields());
        state.undefer(wanted);
    }

    // ---------------------------------------------------------------- validation

    /**
     * Validate every field, then {@link #clean()}, then uniqueness and check constraints, and throw
     * one {@link ValidationError} holding every message by field.
     */
    public void fullClean(String... exclude) {
        Options<Model> options = ModelPersistence.optionsOf(this);
        Set<String> skipped = Set.of(exclude);
        Map<String, List<String>> errors = new LinkedHashMap<>();
        for (Field field : options.fields()) {
            if (skipped.contains(field.name()) || field.isAuto()) {
                continue;
            }
            Object value = field.get(this);
            if (value == null && (field.autoNow() || field.autoNowAdd() || field.dbDefault() != null)) {
                continue;
            }
            if (field.blank() && (value == null || "".equals(value))) {
                // Django skips a blank-allowed field whose value is empty, whatever else it would check.
                continue;
            }
            List<String> messages = field.clean(value);
            if (!messages.isEmpty()) {
                errors.put(field.name(), messages);
            }
        }
        try {
            clean();
        } catch (ValidationError e) {
            e.messageDict().forEach((field, messages) ->
                    errors.computeIfAbsent(field, k -> new ArrayList<>()).addAll(messages));
        }
        Uniqueness.check(this, options, skipped, errors);
        CheckConstraints.check(this, options, skipped, errors);
        if (!errors.isEmpty()) {
            throw new ValidationError(errors);
        }
    }

    /** Validate the object as a whole; override and throw {@link ValidationError}. Does nothing by default. */
    public void clean() {
    }

    // ---------------------------------------------------------------- identity

    /** Return whether {@code other} is the same model class with the same non-null primary key. */
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (other == null || other.getClass() != getClass()) {
            return false;
        }
        Object pk = pk();
        return pk != null && pk.equals(((Model) other).pk());
    }

    /** Return a hash of the model and primary key; unsaved instances hash by identity. */
    @Override
    public int hashCode() {
        Object pk = pk();
        return pk == null ? System.identityHashCode(this) : Objects.hash(getClass(), pk);
    }

    /** Return {@code "Order object (1)"}; override to name the object for people. */
    @Override
    public String toString() {
        return getClass().getSimpleName() + " object (" + pk() + ")";
    }
}
