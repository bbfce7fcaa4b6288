package dev.reinhardt.db.migrations.state;

import dev.reinhardt.db.models.Meta;
import dev.reinhardt.db.models.Model;
import dev.reinhardt.db.models.Options;
import dev.reinhardt.db.models.fields.Field;
import dev.reinhardt.db.models.fields.Kind;
import dev.reinhardt.exceptions.ImproperlyConfigured;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Describe a model class as a {@link ModelState}, from the same metadata the
 * ORM uses: {@link Options} for the fields, their annotations for the
 * options each sets, and {@link Meta} for the model options.
 */
final class ModelStates {

    private ModelStates() {
    }

    /** Return the state of the model {@code options} describes. */
    static ModelState of(Options<?> options) {
        Class<?> model = options.model();
        Map<String, FieldState> fields = new LinkedHashMap<>();
        for (Field field : options.fields()) {
            fields.put(field.name(), fieldState(options, field));
        }
        Map<String, Object> modelOptions = new LinkedHashMap<>();
        List<IndexState> indexes = new ArrayList<>();
        List<ConstraintState> constraints = new ArrayList<>();
        Meta meta = model.getAnnotation(Meta.class);
        if (meta != null) {
            modelOptions.put("dbTable", meta.dbTable());
            modelOptions.put("ordering", List.of(meta.ordering()));
            modelOptions.put("getLatestBy", meta.getLatestBy());
            modelOptions.put("verboseName", meta.verboseName());
            modelOptions.put("verboseNamePlural", meta.verboseNamePlural());
            modelOptions.put("defaultManagerName", meta.defaultManagerName());
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
        return new ModelState(options.appLabel(), model.getSimpleName(), fields, modelOptions, indexes, constraints);
    }

    private static FieldState fieldState(Options<?> options, Field field) {
        java.lang.reflect.Field javaField = javaField(options.model(), field.name());
        Annotation annotation = null;
        for (Annotation candidate : javaField.getAnnotations()) {
            if (candidate.annotationType().isAnnotationPresent(Kind.class)) {
                annotation = candidate;
            }
        }
        if (annotation == null) {
            // The implicit primary key Options adds when a model declares none.
            return FieldState.field(field.kind().internalType());
        }
        String kind = annotation.annotationType().getAnnotation(Kind.class).value();
        Map<String, Object> defaults = FieldDefaults.register(annotation.annotationType());
        Map<String, Object> explicit = new LinkedHashMap<>();
        for (Method attribute : annotation.annotationType().getDeclaredMethods()) {
            Object raw = read(annotation, attribute);
            if (attribute.getName().equals("to") && raw instanceof Class<?> target && Model.class.isAssignableFrom(target)) {
                explicit.put("to", label(target));
                continue;
            }
            Object value = FieldState.normalize(attribute.getName(), raw);
            if (value != null && !Objects.equals(value, defaults.get(attribute.getName()))) {
                explicit.put(attribute.getName(), value);
            }
        }
        FieldState state = new FieldState(kind, explicit);
        if (state.isRelation()) {
            state = state.with("to", relatedLabel(options, javaField, state.textOption("to")));
        }
        return state;
    }

    private static String relatedLabel(Options<?> options, java.lang.reflect.Field javaField, String declared) {
        if (declared != null && !declared.equals("void") && !declared.equals(Model.class.getName())) {
            if (declared.equals("self")) {
                return label(options.model());
            }
            if (declared.contains(".") && declared.indexOf('.') == declared.lastIndexOf('.')) {
                return declared;
            }
            if (!declared.contains(".")) {
                return options.appLabel() + "." + declared;
            }
            try {
                return label(Class.forName(declared, false, options.model().getClassLoader()));
            } catch (ClassNotFoundException e) {
                throw new ImproperlyConfigured("Relation " + options + "." + javaField.getName() + " points at "
                        + declared + ", which is not a model class. Give the model class or 'app_label.ModelName'.");
            }
        }
        Type type = javaField.getGenericType();
        if (type instanceof ParameterizedType parameterized) {
            for (Type argument : parameterized.getActualTypeArguments()) {
                if (argument instanceof Class<?> target && Model.class.isAssignableFrom(target)) {
                    return label(target);
                }
            }
        }
        throw new ImproperlyConfigured("Cannot tell which model " + options + "." + javaField.getName()
                + " points at. Declare it as Ref<Target> or name the target in the annotation.");
    }

    private static String label(Class<?> model) {
        return Options.of(model.asSubclass(Model.class)).appLabel() + "." + model.getSimpleName();
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
