package dev.reinhardt.db.models;

import dev.reinhardt.apps.AppConfig;
import dev.reinhardt.apps.Apps;
import dev.reinhardt.db.backends.base.CheckSpec;
import dev.reinhardt.db.backends.base.ColumnSpec;
import dev.reinhardt.db.backends.base.DatabaseWrapper;
import dev.reinhardt.db.backends.base.IndexSpec;
import dev.reinhardt.db.backends.base.TableSpec;
import dev.reinhardt.db.models.fields.Field;
import dev.reinhardt.exceptions.FieldError;
import dev.reinhardt.exceptions.ImproperlyConfigured;
import dev.reinhardt.exceptions.MultipleObjectsReturned;
import dev.reinhardt.exceptions.ObjectDoesNotExist;
import dev.reinhardt.utils.Suggestions;

import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

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
            return OptionsBuilder.build(type.asSubclass(Model.class));
        }
    };
    private static final Map<String, String> CHECK_OPERATORS = Map.of("exact", "=", "gt", ">", "gte", ">=",
            "lt", "<", "lte", "<=");

    static {
        RelationKinds.register();
    }

    private final Class<T> model;
    private final String appLabel;
    private final String modelName;
    private final String objectName;
    private final String dbTable;
    private final List<Field> fields;
    private final Map<String, Field> fieldsByName;
    private final Set<String> sortedFieldNames;
    private final List<Field> manyToMany;
    /** The columns whose values {@code Ref}s hold (foreign and one-to-one keys): each new instance binds them. */
    private final Field[] keyFields;
    private final Map<String, Field> manyToManyByName;
    private final List<Holder> holders;
    private final List<List<String>> autoUnique;
    private final boolean autoCreated;
    private final Options<?> proxyFor;
    private final Map<Options<?>, Field> parents;
    private final Field pk;
    private final List<String> ordering;
    private final String getLatestBy;
    private final Meta meta;
    private final MethodHandle constructor;
    /** Calls the constructor as plain bytecode would ({@code new Order()}); made on first use. */
    private volatile Supplier<?> factory;
    private volatile ModelManagers<T> managers;
    // Not this object's own monitor: every query hashes the options into the key of its compiled SQL, and once
    // requests contend for a monitor, identity hashCode of its object takes the JVM's slow path for as long as the
    // monitor stays inflated.
    private final Object managersLock = new Object();
    private volatile T initial;
    private volatile List<ReverseRelation> relatedObjects;
    private final Map<String, RelatedAccess> holderAccess = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<Object, ColumnRun> columnRuns = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * A reverse relation holder declared on the model ({@link Related} or
     * {@link RelatedOne} without a field annotation), matched to a relation by name.
     */
    record Holder(String name, java.lang.invoke.VarHandle handle) {
    }

    /**
     * What building a model's metadata found.
     *
     * @param model       the model class
     * @param appLabel    its app's label
     * @param objectName  the model's name as written
     * @param dbTable     its table
     * @param fields      the fields stored in its table, then its many-to-many fields
     * @param meta        the options that apply to it, or null
     * @param holders     its reverse relation holders
     * @param autoUnique  unique field groups of an auto-created join table
     * @param autoCreated whether it is an auto-created join table
     * @param proxyFor    the concrete model a proxy stands for, or null
     * @param parents     the concrete parents of a multi-table child with their link fields
     * @param ordering    the default ordering
     * @param getLatestBy the field {@code latest()} uses, or null
     */
    record Parts(Class<?> model, String appLabel, String objectName, String dbTable, List<Field> fields, Meta meta,
                 List<Holder> holders, List<List<String>> autoUnique, boolean autoCreated, Options<?> proxyFor,
                 Map<Options<?>, Field> parents, List<String> ordering, String getLatestBy) {
    }

    @SuppressWarnings("unchecked")
    private Options(Parts parts) {
        this.model = (Class<T>) parts.model();
        this.appLabel = parts.appLabel();
        this.objectName = parts.objectName();
        this.modelName = objectName.toLowerCase(Locale.ROOT);
        this.meta = parts.meta();
        this.dbTable = parts.dbTable();
        List<Field> allFields = parts.fields();
        this.fields = allFields.stream().filter(Field::hasColumn).toList();
        this.manyToMany = allFields.stream().filter(field -> !field.hasColumn()).toList();
        this.keyFields = fields.stream().filter(Field::isRelation).toArray(Field[]::new);
        Map<String, Field> byName = new LinkedHashMap<>();
        fields.forEach(field -> byName.put(field.name(), field));
        this.fieldsByName = Collections.unmodifiableMap(byName);
        this.sortedFieldNames = Collections.unmodifiableSet(new TreeSet<>(byName.keySet()));
        Map<String, Field> manyByName = new LinkedHashMap<>();
        manyToMany.forEach(field -> manyByName.put(field.name(), field));
        this.manyToManyByName = Collections.unmodifiableMap(manyByName);
        this.holders = List.copyOf(parts.holders());
        this.autoUnique = List.copyOf(parts.autoUnique());
        this.autoCreated = parts.autoCreated();
        this.proxyFor = parts.proxyFor();
        this.parents = Collections.unmodifiableMap(new LinkedHashMap<>(parts.parents()));
        if (proxyFor == null) {
            allFields.stream().filter(Field::isRelation).forEach(field -> Relation.own(field, this));
        }
        this.pk = fields.stream().filter(Field::primaryKey).findFirst().orElseThrow();
        this.ordering = List.copyOf(parts.ordering());
        this.getLatestBy = parts.getLatestBy();
        try {
            this.constructor = MethodHandles.privateLookupIn(model, MethodHandles.lookup())
                    .findConstructor(model, MethodType.methodType(void.class))
                    .asType(MethodType.methodType(Object.class));
        } catch (ReflectiveOperationException e) {
            throw new ImproperlyConfigured("Model " + model.getName() + " needs a constructor without parameters.");
        }
    }

    static <T extends Model> Options<T> create(Parts parts) {
        return new Options<>(parts);
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

    /**
     * Return the metadata of the join table the ORM creates for a many-to-many
     * field: a model without a class of its own.
     */
    static <R extends Model> Options<R> synthetic(Class<R> rowType, String appLabel, String objectName,
                                                  String dbTable, List<Field> fields, List<List<String>> unique) {
        return new Options<>(new Parts(rowType, appLabel, objectName, dbTable, fields, null, List.of(), unique, true,
                null, Map.of(), List.of(), null));
    }

    static String appLabel(Class<?> model, Meta meta) {
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

    /** Return the concrete fields (those with a column) in order. */
    public List<Field> fields() {
        return fields;
    }

    /** Return the many-to-many fields in order. */
    public List<Field> manyToMany() {
        return manyToMany;
    }

    /** Return the forward relation fields: foreign keys, one-to-one keys and many-to-many fields. */
    public List<Field> relationFields() {
        List<Field> relations = new ArrayList<>();
        fields.stream().filter(Field::isRelation).forEach(relations::add);
        relations.addAll(manyToMany);
        return relations;
    }

    /** Return whether this is a proxy model (another class over its concrete parent's table). */
    public boolean isProxy() {
        return proxyFor != null;
    }

    /** Return the model whose table this model's rows live in: itself, or a proxy's concrete model. */
    public Class<?> concreteModel() {
        return proxyFor == null ? model : proxyFor.concreteModel();
    }

    /** Return the concrete parents of a multi-table child, each with the one-to-one field linking to it. */
    public Map<Options<?>, Field> parents() {
        return parents;
    }

    /** Return the fields of every table a row spans: the parents' first, then this model's own. */
    public List<Field> concreteFields() {
        if (parents.isEmpty()) {
            return fields;
        }
        List<Field> all = new ArrayList<>();
        parents.keySet().forEach(parent -> all.addAll(parent.concreteFields()));
        all.addAll(fields);
        return all;
    }

    /** Return whether {@code field} is stored in this model's own table. */
    public boolean isLocal(Field field) {
        return fieldsByName.get(field.name()) == field;
    }

    /** Return the field called {@code name} in this model's table or a parent's, or null. */
    public Field findConcreteField(String name) {
        Field field = findField(name);
        if (field != null) {
            return field;
        }
        for (Options<?> parent : parents.keySet()) {
            Field inherited = parent.findConcreteField(name);
            if (inherited != null) {
                return inherited;
            }
        }
        return null;
    }

    List<Holder> holders() {
        return holders;
    }

    /** Return the foreign and one-to-one key fields, whose values {@code Ref}s hold; never change the array. */
    Field[] keyFields() {
        return keyFields;
    }

    /** Return whether this is the join table of a many-to-many field, created by the ORM. */
    public boolean isAutoCreated() {
        return autoCreated;
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
        Field field = findConcreteField(name);
        if (field == null) {
            throw new FieldError(model.getSimpleName() + " has no field named '" + name + "'."
                    + Suggestions.didYouMean(name, fieldsByName.keySet()) + " Choices are: " + choices() + ".");
        }
        return field;
    }

    /** Return the many-to-many field called {@code name}, or null. */
    public Field findManyToMany(String name) {
        return manyToManyByName.get(name);
    }

    // ---------------------------------------------------------------- relations

    /**
     * Return every relation that points at this model from any installed model
     * (Django's {@code _meta.related_objects}), hidden ones and join-table keys
     * included; computed from the app registry on first use.
     */
    public List<ReverseRelation> relatedObjects() {
        List<ReverseRelation> current = relatedObjects;
        if (current == null) {
            current = ModelRelations.relatedObjects(this);
            relatedObjects = current;
        }
        return current;
    }

    /**
     * Return the reverse relation whose query name is {@code name}, or null:
     * a visible one, or a hidden many-to-many one by the internal name the
     * ORM's own lookups from the target use ({@code friends_rel_+}).
     */
    public ReverseRelation findReverse(String name) {
        boolean internal = name.endsWith("_+");
        for (ReverseRelation reverse : relatedObjects()) {
            if ((!reverse.isHidden() || internal && reverse.isMultiValued()) && reverse.queryName().equals(name)) {
                return reverse;
            }
        }
        return null;
    }

    /**
     * Return what {@code name} means in a lookup path on this model: a field,
     * a foreign key's column name ({@code customer_id}), a many-to-many field,
     * a reverse relation's query name, or any of these on a multi-table
     * parent; null when it is none of them.
     */
    public PathPart pathPart(String name) {
        return ModelRelations.pathPart(this, name);
    }

    /** Return the names a lookup path can take on this model, sorted: fields, many-to-many and reverse relations. */
    public Set<String> pathChoices() {
        Set<String> names = new TreeSet<>(fieldsByName.keySet());
        names.addAll(manyToManyByName.keySet());
        for (ReverseRelation reverse : relatedObjects()) {
            if (!reverse.isHidden()) {
                names.add(reverse.queryName());
            }
        }
        parents.keySet().forEach(parent -> names.addAll(parent.pathChoices()));
        return names;
    }

    /** Return how the reverse accessor {@code name} reaches related objects, or null when no relation has that name. */
    RelatedAccess reverseAccess(String name) {
        return holderAccess.computeIfAbsent(name, key -> ModelRelations.access(this, key).orElse(null));
    }

    /** Return the names of the reverse accessors reaching this model, for error messages. */
    String reverseAccessorNames() {
        Set<String> names = new TreeSet<>();
        relatedObjects().stream().filter(reverse -> !reverse.isHidden()).forEach(r -> names.add(r.accessorName()));
        return names.isEmpty() ? "none" : String.join(", ", names);
    }

    /**
     * Return the spun runs of columns that fill this model's instances, shared
     * by the query shapes that select the same columns; see {@link ColumnRun}.
     */
    Map<Object, ColumnRun> columnRuns() {
        return columnRuns;
    }

    /** Bind every relation holder of {@code instance} (its {@code Ref}s and related managers) to it. */
    void bindHolders(Model instance) {
        ModelRelations.bindHolders(this, instance);
    }

    /**
     * Check that every declared related-manager field matches a relation.
     *
     * @throws ImproperlyConfigured naming the field and the accessors it could match
     */
    void checkHolders() {
        for (Holder holder : holders) {
            if (reverseAccess(holder.name()) == null) {
                throw ModelRelations.unmatched(this, holder.name());
            }
        }
    }

    /** Return the field names, sorted and comma-separated, for error messages. */
    String choices() {
        Set<String> names = new TreeSet<>(fieldsByName.keySet());
        return String.join(", ", names);
    }

    /** Return the field names in sorted order. */
    public Set<String> fieldNames() {
        return sortedFieldNames;
    }

    // ---------------------------------------------------------------- managers

    /**
     * Return the model's managers: those it declares as static fields, in
     * declaration order, then those it inherits from its parents, each bound
     * to this model; an automatic {@code objects} when there is none at all.
     *
     * @throws ImproperlyConfigured naming the manager and the fix when one is declared wrongly
     */
    public List<BaseManager<T, ?>> managers() {
        return managerSet().ordered();
    }

    /**
     * Return the manager called {@code name}, declared or inherited (Django's
     * {@code getattr(Model, name)} for a manager).
     *
     * @throws ImproperlyConfigured naming the managers there are when none has that name
     */
    public BaseManager<T, ?> manager(String name) {
        return ModelManagers.named(model, managerSet().byName(), name, "");
    }

    /**
     * Return the default manager (Django's {@code _default_manager}): the one
     * named by {@code @Meta(defaultManagerName)}, else the first the model
     * declares, else its first parent's default. Code that handles any model
     * queries through it rather than assuming an {@code objects} field.
     */
    public BaseManager<T, ?> defaultManager() {
        return managerSet().defaultManager();
    }

    /**
     * Return the base manager (Django's {@code _base_manager}), which loads
     * forward related objects and reloads instances, so that a default manager
     * that hides rows cannot hide an object another one points to: a plain
     * manager unless {@code @Meta(baseManagerName)} here or on a parent names one.
     */
    public BaseManager<T, ?> baseManager() {
        return managerSet().baseManager();
    }

    ModelManagers<T> managerSet() {
        ModelManagers<T> current = managers;
        if (current == null) {
            synchronized (managersLock) {
                current = managers;
                if (current == null) {
                    current = ModelManagers.of(this);
                    managers = current;
                }
            }
        }
        return current;
    }

    /** Return the options that apply to this model, or null. */
    Meta meta() {
        return meta;
    }

    // ---------------------------------------------------------------- instances and errors

    /** Create an empty instance, sending {@code preInit}; the caller fills it and calls {@link #initialized}. */
    @SuppressWarnings("unchecked")
    public T newInstance() {
        if (ModelSignals.preInit.hasListeners(model)) {
            ModelSignals.preInit.send(model, model);
        }
        Supplier<?> current = factory;
        if (current == null) {
            current = factory();
        }
        T instance = (T) current.get();
        // Relation holders know their instance from its construction and bind to their fields on first
        // use, through Options.of(its class), as those of instances made with new do: rows whose relations
        // are never touched cost no binding. The rows of an auto-created join table share one class among
        // many tables, so theirs are bound here.
        if (autoCreated) {
            bindHolders(instance);
        }
        return instance;
    }

    /**
     * Make the factory of new instances: a class spun for the model whose
     * {@code get()} is {@code new Model()}, which the JIT compiles to a plain
     * allocation (a constructor called through a method handle that is not a
     * constant takes a slower path); the handle itself when that cannot be made.
     */
    private Supplier<?> factory() {
        Supplier<?> made;
        try {
            MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(model, MethodHandles.lookup());
            MethodHandle target = lookup.findConstructor(model, MethodType.methodType(void.class));
            made = (Supplier<?>) LambdaMetafactory.metafactory(lookup, "get", MethodType.methodType(Supplier.class),
                    MethodType.methodType(Object.class), target, MethodType.methodType(model)).getTarget().invokeExact();
        } catch (Throwable e) {
            made = this::construct;
        }
        factory = made;
        return made;
    }

    private Object construct() {
        try {
            return constructor.invokeExact();
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
        return doesNotExist(model.getSimpleName() + " matching query does not exist.");
    }

    /** Return the model's {@code DoesNotExist} (its nested subclass if declared) with {@code message}. */
    public ObjectDoesNotExist doesNotExist(String message) {
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
        for (List<String> group : autoUnique) {
            List<String> columnNames = columnsOf(group.toArray(String[]::new));
            indexes.add(new IndexSpec(indexName(columnNames, "uniq"), columnNames, true));
        }
        return new TableSpec(dbTable, columns, indexes, checks);
    }

    /** Return the tables the ORM creates for this model's many-to-many fields without a {@code through} model. */
    public List<TableSpec> autoCreatedTableSpecs(DatabaseWrapper connection) {
        List<TableSpec> tables = new ArrayList<>();
        for (Field field : manyToMany) {
            Relation relation = Relation.of(field);
            if (relation.isAutoThrough()) {
                tables.add(relation.through().tableSpec(connection));
            }
        }
        return tables;
    }

    /** Return the unique constraints over several fields, as field names. */
    public List<List<String>> uniqueTogether() {
        List<List<String>> groups = new ArrayList<>(autoUnique);
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

    /** Return the model's label, {@code "app_label.ModelName"} (an auto-created join table's is {@code "app.Entry_authors"}). */
    public String label() {
        return (appLabel.isEmpty() ? "" : appLabel + ".") + objectName;
    }

    @Override
    public String toString() {
        return label();
    }
}
