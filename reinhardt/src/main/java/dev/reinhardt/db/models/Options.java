package dev.reinhardt.db.models;

import dev.reinhardt.apps.AppConfig;
import dev.reinhardt.apps.Apps;
import dev.reinhardt.db.backends.base.CheckSpec;
import dev.reinhardt.db.backends.base.ColumnSpec;
import dev.reinhardt.db.backends.base.DatabaseWrapper;
import dev.reinhardt.db.backends.base.IndexSpec;
import dev.reinhardt.db.backends.base.TableSpec;
import dev.reinhardt.db.models.fields.Field;
import dev.reinhardt.db.models.fields.Kind;
import dev.reinhardt.exceptions.FieldError;
import dev.reinhardt.exceptions.ImproperlyConfigured;
import dev.reinhardt.exceptions.MultipleObjectsReturned;
import dev.reinhardt.exceptions.ObjectDoesNotExist;
import dev.reinhardt.utils.Suggestions;

import java.lang.annotation.Annotation;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A model's metadata (Django's {@code Model._meta}), built once per model
 * class on first use: fields in declaration order (inherited fields of
 * abstract bases first), primary key, table, ordering, indexes and
 * constraints, managers, and the handles that create instances.
 * Immutable and thread-safe.
 */
public final class Options<T extends Model> {

    private static final ClassValue<Options<?>> CACHE = new ClassValue<>() {
        @Override
        protected Options<?> computeValue(Class<?> type) {
            return build(type.asSubclass(Model.class));
        }
    };
    private static final Map<String, String> CHECK_OPERATORS = Map.of("exact", "=", "gt", ">", "gte", ">=",
            "lt", "<", "lte", "<=");

    private final Class<T> model;
    private final String appLabel;
    private final String modelName;
    private final String dbTable;
    private final List<Field> fields;
    private final Map<String, Field> fieldsByName;
    private final Field pk;
    private final List<String> ordering;
    private final String getLatestBy;
    private final Meta meta;
    private final MethodHandle constructor;
    private volatile List<BaseManager<T, ?>> managers;
    private volatile T initial;

    private Options(Class<T> model, String appLabel, List<Field> fields, Meta meta) {
        this.model = model;
        this.appLabel = appLabel;
        this.modelName = model.getSimpleName().toLowerCase(Locale.ROOT);
        this.meta = meta;
        this.dbTable = meta != null && !meta.dbTable().isEmpty() ? meta.dbTable() : appLabel + "_" + modelName;
        this.fields = List.copyOf(fields);
        Map<String, Field> byName = new LinkedHashMap<>();
        fields.forEach(field -> byName.put(field.name(), field));
        this.fieldsByName = Collections.unmodifiableMap(byName);
        this.pk = fields.stream().filter(Field::primaryKey).findFirst().orElseThrow();
        this.ordering = meta == null ? List.of() : List.of(meta.ordering());
        this.getLatestBy = meta == null || meta.getLatestBy().isEmpty() ? null : meta.getLatestBy();
        try {
            this.constructor = MethodHandles.privateLookupIn(model, MethodHandles.lookup())
                    .findConstructor(model, MethodType.methodType(void.class))
                    .asType(MethodType.methodType(Object.class));
        } catch (ReflectiveOperationException e) {
            throw new ImproperlyConfigured("Model " + model.getName() + " needs a constructor without parameters.");
        }
    }

    /**
     * Return the metadata of {@code model}, building it on first use.
     *
     * @throws ImproperlyConfigured when the class is abstract, has two primary keys or belongs to no installed app
     */
    @SuppressWarnings("unchecked")
    public static <T extends Model> Options<T> of(Class<T> model) {
        return (Options<T>) CACHE.get(model);
    }

    private static <T extends Model> Options<T> build(Class<T> model) {
        if (Modifier.isAbstract(model.getModifiers())) {
            throw new ImproperlyConfigured("Model " + model.getName() + " is abstract; abstract models only lend "
                    + "their fields to subclasses and cannot be queried or saved.");
        }
        Meta meta = model.getAnnotation(Meta.class);
        List<Field> fields = new ArrayList<>();
        Deque<Class<?>> chain = new ArrayDeque<>();
        for (Class<?> type = model; type != Model.class; type = type.getSuperclass()) {
            chain.push(type);
        }
        for (Class<?> type : chain) {
            for (java.lang.reflect.Field javaField : type.getDeclaredFields()) {
                for (Annotation annotation : javaField.getAnnotations()) {
                    if (annotation.annotationType().isAnnotationPresent(Kind.class)) {
                        fields.add(Field.of(model, javaField, annotation));
                    }
                }
            }
        }
        long pks = fields.stream().filter(Field::primaryKey).count();
        if (pks > 1) {
            throw new ImproperlyConfigured("Model " + model.getName() + " declares " + pks + " primary keys; "
                    + "declare primaryKey = true on one field only.");
        }
        if (pks == 0) {
            try {
                fields.addFirst(Field.implicitId(model, Model.class.getDeclaredField("id")));
            } catch (NoSuchFieldException e) {
                throw new IllegalStateException(e);
            }
        }
        return new Options<>(model, appLabel(model, meta), fields, meta);
    }

    private static String appLabel(Class<?> model, Meta meta) {
        AppConfig app = null;
        try {
            app = Apps.registry().getContainingAppConfig(model);
        } catch (RuntimeException notReady) {
            if (meta == null || meta.dbTable().isEmpty()) {
                throw notReady;
            }
        }
        if (app == null && (meta == null || meta.dbTable().isEmpty())) {
            throw new ImproperlyConfigured("Model " + model.getName() + " isn't in an application in installedApps. "
                    + "Install the app whose package contains it, or give it @Meta(dbTable = ...).");
        }
        return app == null ? "" : app.label();
    }

    // ---------------------------------------------------------------- metadata

    /** Return the model class. */
    public Class<T> model() {
        return model;
    }

    /** Return the app label, or an empty string for a model outside any app with its own table name. */
    public String appLabel() {
        return appLabel;
    }

    /** Return the model name in lower case. */
    public String modelName() {
        return modelName;
    }

    /** Return the table name. */
    public String dbTable() {
        return dbTable;
    }

    /** Return the concrete fields in order. */
    public List<Field> fields() {
        return fields;
    }

    /** Return the primary key field. */
    public Field pk() {
        return pk;
    }

    /** Return the default ordering. */
    public List<String> ordering() {
        return ordering;
    }

    /** Return the field {@code latest()} uses by default, or null. */
    public String getLatestBy() {
        return getLatestBy;
    }

    /** Return the human-readable name. */
    public String verboseName() {
        if (meta != null && !meta.verboseName().isEmpty()) {
            return meta.verboseName();
        }
        return Field.snakeCase(model.getSimpleName()).replace('_', ' ');
    }

    /** Return the plural human-readable name. */
    public String verboseNamePlural() {
        return meta != null && !meta.verboseNamePlural().isEmpty() ? meta.verboseNamePlural() : verboseName() + "s";
    }

    /** Return the field called {@code name}, or null ({@code "pk"} names the primary key). */
    public Field findField(String name) {
        return name.equals("pk") ? pk : fieldsByName.get(name);
    }

    /**
     * Return the field called {@code name}.
     *
     * @throws FieldError naming the model's fields when there is none
     */
    public Field getField(String name) {
        Field field = findField(name);
        if (field == null) {
            throw new FieldError(model.getSimpleName() + " has no field named '" + name + "'."
                    + Suggestions.didYouMean(name, fieldsByName.keySet()) + " Choices are: " + choices() + ".");
        }
        return field;
    }

    /** Return the field names, sorted and comma-separated, for error messages. */
    String choices() {
        Set<String> names = new TreeSet<>(fieldsByName.keySet());
        return String.join(", ", names);
    }

    /** Return the field names in sorted order. */
    public Set<String> fieldNames() {
        return Collections.unmodifiableSet(new TreeSet<>(fieldsByName.keySet()));
    }

    // ---------------------------------------------------------------- managers

    /** Return the managers declared as static fields, in declaration order. */
    public List<BaseManager<T, ?>> managers() {
        List<BaseManager<T, ?>> current = managers;
        if (current == null) {
            List<BaseManager<T, ?>> found = new ArrayList<>();
            for (java.lang.reflect.Field javaField : model.getDeclaredFields()) {
                if (Modifier.isStatic(javaField.getModifiers()) && BaseManager.class.isAssignableFrom(javaField.getType())) {
                    try {
                        javaField.setAccessible(true);
                        @SuppressWarnings("unchecked")
                        BaseManager<T, ?> manager = (BaseManager<T, ?>) javaField.get(null);
                        manager.bindName(javaField.getName());
                        found.add(manager);
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
            current = List.copyOf(found);
            managers = current;
        }
        return current;
    }

    /** Return the default manager: the one named by {@code @Meta(defaultManagerName)}, else the first declared. */
    public BaseManager<T, ?> defaultManager() {
        String wanted = meta == null ? "" : meta.defaultManagerName();
        for (BaseManager<T, ?> manager : managers()) {
            if (wanted.isEmpty() || manager.name().equals(wanted)) {
                return manager;
            }
        }
        return Manager.of(model);
    }

    // ---------------------------------------------------------------- instances and errors

    /** Create an empty instance, sending {@code preInit}; the caller fills it and calls {@link #initialized}. */
    @SuppressWarnings("unchecked")
    public T newInstance() {
        if (ModelSignals.preInit.hasListeners(model)) {
            ModelSignals.preInit.send(model, model);
        }
        try {
            Object instance = constructor.invokeExact();
            return (T) instance;
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("Constructor of " + model.getName() + " failed: " + e, e);
        }
    }

    /**
     * Return an instance as the no-argument constructor leaves it, made once and
     * shared, sending no signals: the values a field holds before anything sets it.
     * Read it; never change or save it.
     */
    T initialInstance() {
        T current = initial;
        if (current == null) {
            try {
                Object made = constructor.invokeExact();
                current = model.cast(made);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException("Constructor of " + model.getName() + " failed: " + e, e);
            }
            initial = current;
        }
        return current;
    }

    /** Finish an instance the ORM filled: sends {@code postInit}. */
    public void initialized(T instance) {
        if (ModelSignals.postInit.hasListeners(model)) {
            ModelSignals.postInit.send(model, instance);
        }
    }

    /** Return the exception for a query that found nothing: the model's nested {@code DoesNotExist} if declared. */
    public ObjectDoesNotExist doesNotExist() {
        String message = model.getSimpleName() + " matching query does not exist.";
        ObjectDoesNotExist nested = nested("DoesNotExist", ObjectDoesNotExist.class, message);
        return nested != null ? nested : new ObjectDoesNotExist(model, message);
    }

    /** Return the exception for a query that found {@code count} objects where one was expected. */
    public MultipleObjectsReturned multipleObjectsReturned(long count) {
        String message = "get() returned more than one " + model.getSimpleName() + " -- it returned " + count + "!";
        MultipleObjectsReturned nested = nested("MultipleObjectsReturned", MultipleObjectsReturned.class, message);
        return nested != null ? nested : new MultipleObjectsReturned(model, message);
    }

    /** Return the exception for {@code get()} finding more than {@code limit} objects, when it stopped counting. */
    public MultipleObjectsReturned multipleObjectsReturnedMoreThan(int limit) {
        String message = "get() returned more than one " + model.getSimpleName() + " -- it returned more than "
                + limit + "!";
        MultipleObjectsReturned nested = nested("MultipleObjectsReturned", MultipleObjectsReturned.class, message);
        return nested != null ? nested : new MultipleObjectsReturned(model, message);
    }

    private <E> E nested(String simpleName, Class<E> base, String message) {
        for (Class<?> inner : model.getDeclaredClasses()) {
            if (inner.getSimpleName().equals(simpleName) && base.isAssignableFrom(inner)) {
                try {
                    return base.cast(inner.getConstructor(String.class).newInstance(message));
                } catch (ReflectiveOperationException e) {
                    throw new ImproperlyConfigured(inner.getName() + " needs a public (String message) constructor.");
                }
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- schema

    /** Return the table description for the schema editor, with checks rendered for {@code connection}. */
    public TableSpec tableSpec(DatabaseWrapper connection) {
        List<ColumnSpec> columns = fields.stream().map(Field::columnSpec).toList();
        List<IndexSpec> indexes = new ArrayList<>();
        for (Field field : fields) {
            if (field.dbIndex() && !field.unique()) {
                indexes.add(new IndexSpec(indexName(List.of(field.column()), "idx"), List.of(field.column()), false));
            }
        }
        List<CheckSpec> checks = new ArrayList<>();
        if (meta != null) {
            for (Meta.Index index : meta.indexes()) {
                List<String> columnNames = columnsOf(index.fields());
                indexes.add(new IndexSpec(index.name().isEmpty() ? indexName(columnNames, "idx") : index.name(),
                        columnNames, false));
            }
            for (Meta.UniqueConstraint unique : meta.uniqueConstraints()) {
                indexes.add(new IndexSpec(unique.name(), columnsOf(unique.fields()), true));
            }
            for (Meta.CheckConstraint check : meta.checkConstraints()) {
                checks.add(checkSpec(check, connection));
            }
        }
        return new TableSpec(dbTable, columns, indexes, checks);
    }

    /** Return the unique constraints over several fields, as field names. */
    public List<List<String>> uniqueTogether() {
        List<List<String>> groups = new ArrayList<>();
        if (meta != null) {
            for (Meta.UniqueConstraint unique : meta.uniqueConstraints()) {
                groups.add(List.of(unique.fields()));
            }
        }
        return groups;
    }

    /** Return the check constraints declared in {@code @Meta}, in order. */
    public List<Meta.CheckConstraint> checkConstraints() {
        return meta == null ? List.of() : List.of(meta.checkConstraints());
    }

    private CheckSpec checkSpec(Meta.CheckConstraint check, DatabaseWrapper connection) {
        Field field = getField(check.field());
        String operator = CHECK_OPERATORS.get(check.lookup());
        if (operator == null) {
            throw new ImproperlyConfigured("Check constraint '" + check.name() + "' on " + model.getSimpleName()
                    + " uses lookup '" + check.lookup() + "'. Choices are: exact, gt, gte, lt, lte.");
        }
        boolean numeric = field.javaType().isPrimitive() || Number.class.isAssignableFrom(field.javaType());
        Object literal = numeric ? new java.math.BigDecimal(check.value()) : check.value();
        return new CheckSpec(check.name(), connection.ops().quoteName(field.column()) + " " + operator + " "
                + connection.ops().quoteValue(literal));
    }

    private List<String> columnsOf(String[] names) {
        List<String> columns = new ArrayList<>();
        for (String name : names) {
            boolean descending = name.startsWith("-");
            String column = getField(descending ? name.substring(1) : name).column();
            columns.add(descending ? "-" + column : column);
        }
        return columns;
    }

    private String indexName(List<String> columns, String suffix) {
        String joined = String.join("_", columns).replace("-", "");
        String hash = String.format("%08x", (dbTable + "." + joined).hashCode());
        String prefix = dbTable + "_" + joined;
        int room = 63 - hash.length() - suffix.length() - 2;
        return (prefix.length() > room ? prefix.substring(0, room) : prefix) + "_" + hash + "_" + suffix;
    }

    @Override
    public String toString() {
        return (appLabel.isEmpty() ? "" : appLabel + ".") + model.getSimpleName();
    }
}
