package dev.reinhardt.db.models;

import dev.reinhardt.db.models.fields.Field;
import dev.reinhardt.db.models.fields.Kind;
import dev.reinhardt.db.models.fields.OnDelete;
import dev.reinhardt.exceptions.ImproperlyConfigured;

import java.lang.annotation.Annotation;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Build a model's {@link Options} from its class, following Django's three
 * kinds of inheritance: fields of abstract bases are copied into the model
 * (a name declared twice is an error); a concrete base makes the model a
 * multi-table child, whose table holds its own fields and a one-to-one
 * parent link as primary key; {@code @Meta(proxy = true)} makes it a proxy
 * over its concrete parent's table.
 */
final class OptionsBuilder {

    private OptionsBuilder() {
    }

    static <T extends Model> Options<T> build(Class<T> model) {
        if (Modifier.isAbstract(model.getModifiers())) {
            throw new ImproperlyConfigured("Model " + model.getName() + " is abstract; abstract models only lend "
                    + "their fields to subclasses and cannot be queried or saved.");
        }
        Class<? extends Model> parent = concreteParent(model);
        Meta declared = model.getDeclaredAnnotation(Meta.class);
        if (declared != null && declared.proxy()) {
            return proxy(model, parent, declared);
        }
        Meta meta = parent == null ? model.getAnnotation(Meta.class) : declared;
        List<Field> fields = new ArrayList<>();
        List<Options.Holder> holders = new ArrayList<>();
        Options<?> parentOptions = parent == null ? null : Options.of(parent);
        scan(model, parent, fields, holders, parentOptions);
        Map<Options<?>, Field> parents = new LinkedHashMap<>();
        if (parentOptions != null) {
            Field link = fields.stream().filter(field -> Boolean.TRUE.equals(field.option("parentLink"))).findFirst()
                    .orElseGet(() -> parentLink(model, parentOptions));
            if (!fields.contains(link)) {
                fields.addFirst(link);
            }
            parents.put(parentOptions, link);
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
        String appLabel = Options.appLabel(model, meta);
        String table = meta != null && !meta.dbTable().isEmpty() ? meta.dbTable()
                : appLabel + "_" + model.getSimpleName().toLowerCase(java.util.Locale.ROOT);
        List<String> ordering = meta != null && meta.ordering().length > 0 ? List.of(meta.ordering())
                : parentOptions != null ? parentOptions.ordering() : List.of();
        String latest = meta != null && !meta.getLatestBy().isEmpty() ? meta.getLatestBy()
                : parentOptions != null ? parentOptions.getLatestBy() : null;
        return Options.create(new Options.Parts(model, appLabel, model.getSimpleName(), table, fields, meta, holders,
                List.of(), false, null, parents, ordering, latest));
    }

    private static <T extends Model> Options<T> proxy(Class<T> model, Class<? extends Model> parent, Meta declared) {
        if (parent == null) {
            throw new ImproperlyConfigured("Proxy model '" + model.getSimpleName() + "' has no non-abstract model base "
                    + "class (models.E017). Extend the concrete model it stands for.");
        }
        Options<?> concrete = Options.of(parent);
        List<Field> own = new ArrayList<>();
        List<Options.Holder> holders = new ArrayList<>();
        scan(model, parent, own, holders, null);
        if (!own.isEmpty()) {
            throw new ImproperlyConfigured("Proxy model '" + model.getSimpleName() + "' contains model fields ("
                    + own.stream().map(Field::name).toList() + "); a proxy shares its parent's table, so declare them "
                    + "on " + parent.getSimpleName() + ".");
        }
        holders.addAll(0, concrete.holders());
        List<Field> fields = new ArrayList<>(concrete.fields());
        fields.addAll(concrete.manyToMany());
        List<String> ordering = declared.ordering().length > 0 ? List.of(declared.ordering()) : concrete.ordering();
        String latest = declared.getLatestBy().isEmpty() ? concrete.getLatestBy() : declared.getLatestBy();
        return Options.create(new Options.Parts(model, Options.appLabel(model, declared), model.getSimpleName(),
                concrete.dbTable(), fields, declared, holders, List.of(), false, concrete, concrete.parents(),
                ordering, latest));
    }

    /** Return the nearest concrete model class above {@code model}, or null. */
    private static Class<? extends Model> concreteParent(Class<?> model) {
        for (Class<?> type = model.getSuperclass(); type != Model.class && type != null; type = type.getSuperclass()) {
            if (!Modifier.isAbstract(type.getModifiers())) {
                return type.asSubclass(Model.class);
            }
        }
        return null;
    }

    /** Collect the fields and holders declared from {@code parent} (exclusive) down to {@code model}. */
    private static void scan(Class<?> model, Class<?> parent, List<Field> fields, List<Options.Holder> holders,
                             Options<?> parentOptions) {
        Map<String, Class<?>> declaredBy = new LinkedHashMap<>();
        Deque<Class<?>> chain = new ArrayDeque<>();
        for (Class<?> type = model; type != Model.class && type != parent; type = type.getSuperclass()) {
            chain.push(type);
        }
        for (Class<?> type : chain) {
            for (java.lang.reflect.Field javaField : type.getDeclaredFields()) {
                if (Modifier.isStatic(javaField.getModifiers())) {
                    continue;
                }
                boolean declared = false;
                for (Annotation annotation : javaField.getAnnotations()) {
                    if (annotation.annotationType().isAnnotationPresent(Kind.class)) {
                        checkClash(model, javaField, declaredBy, parentOptions);
                        fields.add(Field.of(model, javaField, annotation));
                        declared = true;
                    }
                }
                if (!declared) {
                    holder(model, javaField).ifPresent(holders::add);
                }
            }
        }
    }

    private static void checkClash(Class<?> model, java.lang.reflect.Field javaField, Map<String, Class<?>> declaredBy,
                                   Options<?> parent) {
        Class<?> earlier = declaredBy.putIfAbsent(javaField.getName(), javaField.getDeclaringClass());
        if (earlier == null && parent != null && parent.findConcreteField(javaField.getName()) != null) {
            earlier = parent.model();
        }
        if (earlier != null) {
            throw new ImproperlyConfigured("Local field '" + javaField.getName() + "' in class '"
                    + javaField.getDeclaringClass().getSimpleName() + "' clashes with field of the same name from base "
                    + "class '" + earlier.getSimpleName() + "' (models.E006). Rename one of them in "
                    + model.getSimpleName() + "'s hierarchy.");
        }
    }

    private static Optional<Options.Holder> holder(Class<?> model, java.lang.reflect.Field javaField) {
        Class<?> type = javaField.getType();
        if (type == Ref.class) {
            throw new ImproperlyConfigured("Field " + model.getSimpleName() + "." + javaField.getName() + " is a Ref "
                    + "without a relation annotation; annotate it with @ForeignKey or @OneToOneField.");
        }
        if (type != Related.class && type != RelatedOne.class) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Options.Holder(javaField.getName(),
                    MethodHandles.privateLookupIn(javaField.getDeclaringClass(), MethodHandles.lookup())
                            .unreflectVarHandle(javaField)));
        } catch (IllegalAccessException e) {
            throw new ImproperlyConfigured("Cannot access " + model.getSimpleName() + "." + javaField.getName()
                    + "; make it public.");
        }
    }

    /**
     * Build the implicit link of a multi-table child to its parent: a
     * one-to-one primary key {@code <parent>_ptr} (column {@code <parent>_ptr_id})
     * stored in the parent's primary-key Java field, which parent and child share.
     */
    private static Field parentLink(Class<?> model, Options<?> parent) {
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("name", parent.modelName() + "_ptr");
        options.put("toClass", parent.model());
        options.put("onDelete", OnDelete.CASCADE);
        options.put("parentLink", true);
        options.put("primaryKey", true);
        options.put("relatedName", model.getSimpleName().toLowerCase(java.util.Locale.ROOT));
        options.put("editable", false);
        return Field.synthetic(model, javaField(parent.model(), parent.pk().javaName()), "ParentLink", options);
    }

    private static java.lang.reflect.Field javaField(Class<?> type, String name) {
        for (Class<?> current = type; current != null; current = current.getSuperclass()) {
            try {
                return current.getDeclaredField(name);
            } catch (NoSuchFieldException next) {
                // Look further up: the primary key may be declared on an abstract base or on Model itself.
            }
        }
        throw new IllegalStateException("No Java field '" + name + "' on " + type.getName() + ".");
    }
}
