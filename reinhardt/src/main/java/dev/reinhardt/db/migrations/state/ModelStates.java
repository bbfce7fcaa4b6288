package dev.reinhardt.db.migrations.state;

import dev.reinhardt.db.models.Meta;
import dev.reinhardt.db.models.Model;
import dev.reinhardt.db.models.Options;
import dev.reinhardt.db.models.Relation;
import dev.reinhardt.db.models.fields.Field;
import dev.reinhardt.db.models.fields.Kind;
import dev.reinhardt.db.models.fields.OnDelete;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Describe a model class as a {@link ModelState}, from the same metadata the
 * ORM uses: {@link Options} for the fields, their annotations for the
 * options each sets, {@link Relation} for what relations point at, and
 * {@link Meta} for the model options.
 *
 * <p>As Django records them: a multi-table child holds its own fields and
 * the one-to-one parent link, with the parent as its base; a proxy holds no
 * fields, the option {@code proxy} and the model it stands for as its base.
 */
final class ModelStates {

    private ModelStates() {
    }

    /** Return the state of the model {@code options} describes. */
    static ModelState of(Options<?> options) {
        Class<?> model = options.model();
        boolean inherits = options.isProxy() || !options.parents().isEmpty();
        // A concrete model's subclass declares its own options; only abstract bases lend theirs (Meta is @Inherited).
        Meta meta = inherits ? model.getDeclaredAnnotation(Meta.class) : model.getAnnotation(Meta.class);
        Map<String, FieldState> fields = new LinkedHashMap<>();
        List<String> bases = new ArrayList<>();
        if (options.isProxy()) {
            bases.add(label(concreteSuperclass(model)));
        } else {
            options.parents().keySet().forEach(parent -> bases.add(parent.label()));
            for (Field field : options.fields()) {
                fields.put(field.name(), fieldState(options, field));
            }
            for (Field field : options.manyToMany()) {
                fields.put(field.name(), fieldState(options, field));
            }
        }
        Map<String, Object> modelOptions = new LinkedHashMap<>();
        List<IndexState> indexes = new ArrayList<>();
        List<ConstraintState> constraints = new ArrayList<>();
        if (meta != null) {
            modelOptions.put("dbTable", meta.dbTable());
            modelOptions.put("ordering", List.of(meta.ordering()));
            modelOptions.put("getLatestBy", meta.getLatestBy());
            modelOptions.put("verboseName", meta.verboseName());
            modelOptions.put("verboseNamePlural", meta.verboseNamePlural());
            modelOptions.put("defaultManagerName", meta.defaultManagerName());
            modelOptions.put("baseManagerName", meta.baseManagerName());
            modelOptions.put("proxy", meta.proxy());
            if (!options.isProxy()) {
                readIndexesAndConstraints(options, meta, indexes, constraints);
            }
        }
        return new ModelState(options.appLabel(), model.getSimpleName(), fields, modelOptions, indexes, constraints,
                bases);
    }

    private static void readIndexesAndConstraints(Options<?> options, Meta meta, List<IndexState> indexes,
                                                  List<ConstraintState> constraints) {
        for (Meta.Index index : meta.indexes()) {
            String name = index.name();
            if (name.isEmpty()) {
                List<String> columns = new ArrayList<>();
                for (String fieldName : index.fields()) {
                    boolean descending = fieldName.startsWith("-");
                    String column = options.getField(descending ? fieldName.substring(1) : fieldName).column();
                    columns.add(descending ? "-" + column : column);
                }
                name = TableSpecs.indexName(options.dbTable(), columns, "idx");
            }
            indexes.add(new IndexState(name, List.of(index.fields())));
        }
        for (Meta.UniqueConstraint unique : meta.uniqueConstraints()) {
            constraints.add(new ConstraintState.Unique(unique.name(), List.of(unique.fields())));
        }
        for (Meta.CheckConstraint check : meta.checkConstraints()) {
            constraints.add(new ConstraintState.Check(check.name(), check.field(), check.lookup(), check.value()));
        }
    }

    private static FieldState fieldState(Options<?> options, Field field) {
        if (field.option("toClass") != null) {
            // The ORM declares a multi-table child's link to its parent itself.
            return FieldState.field("OneToOneField", "to", label(Relation.of(field).target()),
                    "onDelete", OnDelete.CASCADE, "primaryKey", true, "parentLink", true);
        }
        Annotation annotation = kindAnnotation(javaField(options.model(), field.javaName()));
        if (annotation == null) {
            // The implicit primary key Options adds when a model declares none.
            return FieldState.field(field.kind().internalType());
        }
        String kind = annotation.annotationType().getAnnotation(Kind.class).value();
        Map<String, Object> defaults = FieldDefaults.register(annotation.annotationType());
        Map<String, Object> explicit = new LinkedHashMap<>();
        for (Method attribute : annotation.annotationType().getDeclaredMethods()) {
            Object value = FieldState.normalize(attribute.getName(), read(annotation, attribute));
            if (value != null && !Objects.equals(value, defaults.get(attribute.getName()))) {
                explicit.put(attribute.getName(), value);
            }
        }
        FieldState state = new FieldState(kind, explicit);
        if (state.isRelation()) {
            Relation relation = Relation.of(field);
            state = state.with("to", label(relation.target()));
            if (state.textOption("through") != null) {
                state = state.with("through", relation.through().label());
            }
        }
        return state;
    }

    private static Annotation kindAnnotation(java.lang.reflect.Field javaField) {
        for (Annotation candidate : javaField.getAnnotations()) {
            if (candidate.annotationType().isAnnotationPresent(Kind.class)) {
                return candidate;
            }
        }
        return null;
    }

    private static String label(Class<?> model) {
        return Options.of(model.asSubclass(Model.class)).label();
    }

    private static Class<?> concreteSuperclass(Class<?> model) {
        Class<?> type = model.getSuperclass();
        while (type != Model.class && Modifier.isAbstract(type.getModifiers())) {
            type = type.getSuperclass();
        }
        return type;
    }

    private static Object read(Annotation annotation, Method attribute) {
        try {
            return attribute.invoke(annotation);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read " + attribute.getName() + " of " + annotation + ": " + e, e);
        }
    }

    private static java.lang.reflect.Field javaField(Class<?> model, String name) {
        for (Class<?> type = model; type != null; type = type.getSuperclass()) {
            try {
                return type.getDeclaredField(name);
            } catch (NoSuchFieldException e) {
                // Declared further up: abstract bases lend their fields.
            }
        }
        throw new IllegalStateException("Field " + name + " of " + model.getName() + " has no Java field.");
    }
}
