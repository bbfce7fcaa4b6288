package dev.reinhardt.db.migrations.state;

import dev.reinhardt.db.models.fields.Kind;
import dev.reinhardt.utils.ClassFinder;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The default option values of each field kind, read from the field
 * annotations' attribute defaults. A {@link FieldState} records only the
 * options a model sets explicitly, as Django's {@code deconstruct()} does;
 * this table answers for the rest ({@code EmailField} is 254 characters long
 * unless it says otherwise). Thread-safe.
 */
final class FieldDefaults {

    private static final String FIELDS_PACKAGE = "dev.reinhardt.db.models.fields";
    private static final Map<String, Map<String, Object>> BY_KIND = new ConcurrentHashMap<>();
    private static volatile boolean scanned;

    private FieldDefaults() {
    }

    /** Return the default of {@code option} for fields of {@code kind}, or null when it has none. */
    static Object get(String kind, String option) {
        Map<String, Object> defaults = BY_KIND.get(kind);
        if (defaults == null && !scanned) {
            scanBuiltIns();
            defaults = BY_KIND.get(kind);
        }
        return defaults == null ? null : defaults.get(option);
    }

    /** Remember the defaults of {@code annotationType}, a field annotation marked with {@link Kind}. */
    static Map<String, Object> register(Class<? extends Annotation> annotationType) {
        Kind kind = annotationType.getAnnotation(Kind.class);
        return BY_KIND.computeIfAbsent(kind.value(), name -> defaultsOf(annotationType));
    }

    private static synchronized void scanBuiltIns() {
        if (scanned) {
            return;
        }
        for (Class<?> type : ClassFinder.find(FIELDS_PACKAGE, FieldDefaults.class.getClassLoader())) {
            if (type.isAnnotation() && type.isAnnotationPresent(Kind.class)) {
                register(type.asSubclass(Annotation.class));
            }
        }
        scanned = true;
    }

    private static Map<String, Object> defaultsOf(Class<? extends Annotation> annotationType) {
        Map<String, Object> defaults = new LinkedHashMap<>();
        for (Method attribute : annotationType.getDeclaredMethods()) {
            Object value = attribute.getDefaultValue();
            if (value != null) {
                Object normalized = FieldState.normalize(attribute.getName(), value);
                if (normalized != null) {
                    defaults.put(attribute.getName(), normalized);
                }
            }
        }
        return Map.copyOf(defaults);
    }
}
