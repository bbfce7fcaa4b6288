package dev.reinhardt.test;

import dev.reinhardt.conf.Settings;
import dev.reinhardt.core.signals.Signals;
import dev.reinhardt.dispatch.ReceiverFailure;
import dev.reinhardt.exceptions.ImproperlyConfigured;
import dev.reinhardt.utils.Suggestions;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Make copies of settings with some values replaced, and announce the change
 * with {@link Signals#settingChanged}.
 *
 * <p>A copy is a new instance of the same settings class (made with its
 * constructor without parameters) whose fields and free-form extras are then
 * copied from the original; the named settings are set last. A name that is
 * no field is a free-form extra, unless it is close to a field's name, which
 * is taken for a typo.
 */
final class SettingsOverrides {

    private SettingsOverrides() {
    }

    /** Return a copy of {@code base} with {@code overrides} (setting name to Java value) applied. */
    static Settings apply(Settings base, Map<String, ?> overrides) {
        if (overrides.isEmpty()) {
            return base;
        }
        Settings copy = copy(base);
        Map<String, Field> fields = fields(base.getClass());
        overrides.forEach((name, value) -> set(copy, fields, name, value));
        return copy;
    }

    /** Return the overrides {@code annotations} describe, converted to the types of the settings' fields. */
    static Map<String, Object> fromAnnotations(Class<? extends Settings> type, List<OverrideSettings> annotations) {
        Map<String, Field> fields = fields(type);
        Map<String, Object> overrides = new LinkedHashMap<>();
        for (OverrideSettings annotation : annotations) {
            Field field = fields.get(annotation.name());
            Object value = field == null ? extraValue(annotation, fields.keySet())
                    : convert(annotation, field.getType(), field.getGenericType());
            overrides.put(annotation.name(), value);
        }
        return overrides;
    }

    /** Send {@code settingChanged} for each override; when {@code enter} is false, robustly, then throw the first failure. */
    static void announce(Settings now, Map<String, ?> overrides, boolean enter) {
        Map<String, Field> fields = fields(now.getClass());
        RuntimeException first = null;
        for (String name : overrides.keySet()) {
            Signals.SettingChanged change = new Signals.SettingChanged(name, read(now, fields, name), enter);
            if (enter) {
                Signals.settingChanged.send(Settings.class, change);
                continue;
            }
            for (ReceiverFailure failure : Signals.settingChanged.sendRobust(Settings.class, change)) {
                if (first == null) {
                    first = failure.error() instanceof RuntimeException runtime ? runtime
                            : new IllegalStateException(failure.error());
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    /** Return the settings whose values differ between {@code from} and {@code to}, with their values in {@code to}. */
    static Map<String, Object> differences(Settings from, Settings to) {
        Map<String, Field> fromFields = fields(from.getClass());
        Map<String, Object> changed = new LinkedHashMap<>();
        fields(to.getClass()).forEach((name, field) -> {
            Object value = read(to, Map.of(name, field), name);
            Field before = fromFields.get(name);
            if (before == null || !java.util.Objects.equals(read(from, fromFields, name), value)) {
                changed.put(name, value);
            }
        });
        to.extras().forEach((name, value) -> {
            if (!java.util.Objects.equals(from.extra(name).orElse(null), value)) {
                changed.put(name, value);
            }
        });
        return changed;
    }

    private static Object read(Settings settings, Map<String, Field> fields, String name) {
        Field field = fields.get(name);
        if (field == null) {
            return settings.extra(name).orElse(null);
        }
        try {
            return field.get(settings);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Settings copy(Settings base) {
        Class<? extends Settings> type = base.getClass();
        Settings copy;
        try {
            Constructor<? extends Settings> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            copy = constructor.newInstance();
        } catch (NoSuchMethodException e) {
            throw new ImproperlyConfigured("Settings class " + type.getName() + " cannot be copied to override "
                    + "settings: it has no constructor without parameters (an anonymous class that captures "
                    + "variables has none). Give it one, or pass a whole Settings object to withSettings(...).", e);
        } catch (ReflectiveOperationException e) {
            throw new ImproperlyConfigured("Settings class " + type.getName() + " could not be instantiated to "
                    + "override settings: " + e, e);
        }
        try {
            for (Class<?> level = type; level != Object.class; level = level.getSuperclass()) {
                for (Field field : level.getDeclaredFields()) {
                    if (Modifier.isStatic(field.getModifiers())) {
                        continue;
                    }
                    field.setAccessible(true);
                    if (!Modifier.isFinal(field.getModifiers())) {
                        field.set(copy, field.get(base));
                    } else if (field.get(copy) instanceof Map<?, ?> map && field.get(base) instanceof Map<?, ?> from) {
                        // The extras map is final: refill it instead of replacing it.
                        copyMap(from, map);
                    }
                }
            }
        } catch (IllegalAccessException | UnsupportedOperationException e) {
            throw new ImproperlyConfigured("Settings class " + type.getName() + " could not be copied: " + e, e);
        }
        return copy;
    }

    @SuppressWarnings("unchecked")
    private static void copyMap(Map<?, ?> from, Map<?, ?> to) {
        Map<Object, Object> target = (Map<Object, Object>) to;
        target.clear();
        target.putAll(from);
    }

    private static Map<String, Field> fields(Class<?> type) {
        Map<String, Field> fields = new LinkedHashMap<>();
        for (Class<?> level = type; level != Object.class; level = level.getSuperclass()) {
            for (Field field : level.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (!Modifier.isStatic(modifiers) && !Modifier.isFinal(modifiers) && !field.isSynthetic()) {
                    field.setAccessible(true);
                    fields.putIfAbsent(field.getName(), field);
                }
            }
        }
        return fields;
    }

    private static void set(Settings copy, Map<String, Field> fields, String name, Object value) {
        Field field = fields.get(name);
        if (field == null) {
            checkNotATypo(name, fields.keySet());
            putExtra(copy, name, value);
            return;
        }
        if (value == null ? field.getType().isPrimitive() : !box(field.getType()).isInstance(value)) {
            throw new ImproperlyConfigured("Setting '" + name + "' is a " + field.getGenericType().getTypeName()
                    + "; it cannot be set to " + (value == null ? "null" : value.getClass().getSimpleName() + " "
                    + value) + ".");
        }
        try {
            field.set(copy, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void putExtra(Settings copy, String name, Object value) {
        for (Field field : Settings.class.getDeclaredFields()) {
            if (Modifier.isFinal(field.getModifiers()) && Map.class.isAssignableFrom(field.getType())
                    && !Modifier.isStatic(field.getModifiers())) {
                try {
                    field.setAccessible(true);
                    @SuppressWarnings("unchecked")
                    Map<String, Object> extras = (Map<String, Object>) field.get(copy);
                    extras.put(name, value);
                    return;
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        throw new IllegalStateException("Settings keeps its free-form extras in no map field.");
    }

    private static void checkNotATypo(String name, java.util.Collection<String> fieldNames) {
        String hint = Suggestions.didYouMean(name, fieldNames);
        if (!hint.isEmpty()) {
            throw new ImproperlyConfigured("Unknown setting '" + name + "'." + hint
                    + " (A free-form setting for an app needs a name that is not so close to a built-in one.)");
        }
    }

    private static Object extraValue(OverrideSettings annotation, java.util.Collection<String> fieldNames) {
        checkNotATypo(annotation.name(), fieldNames);
        if (annotation.classes().length > 0) {
            return annotation.classes().length == 1 ? annotation.classes()[0] : List.of(annotation.classes());
        }
        String[] values = annotation.value();
        return values.length == 0 ? null : values.length == 1 ? values[0] : List.of(values);
    }

    private static Object convert(OverrideSettings annotation, Class<?> type, Type generic) {
        String name = annotation.name();
        String[] values = annotation.value();
        Class<?>[] classes = annotation.classes();
        if (type == List.class) {
            Type element = generic instanceof ParameterizedType parameterized
                    ? parameterized.getActualTypeArguments()[0] : Object.class;
            boolean ofClasses = element instanceof ParameterizedType p ? p.getRawType() == Class.class
                    : element == Class.class;
            return ofClasses ? List.of(classes) : List.of(values);
        }
        if (type == Class.class) {
            return classes.length == 0 ? null : single(name, Arrays.asList(classes));
        }
        if (type == Map.Entry.class && values.length == 2) {
            return Map.entry(values[0], values[1]);
        }
        if (values.length == 0) {
            if (type.isPrimitive()) {
                throw new ImproperlyConfigured("Setting '" + name + "' is a " + type.getName()
                        + "; give it a value: @OverrideSettings(name = \"" + name + "\", value = \"...\").");
            }
            return null;
        }
        String text = single(name, Arrays.asList(values));
        Class<?> boxed = box(type);
        try {
            if (boxed == Boolean.class) {
                if (!text.equals("true") && !text.equals("false")) {
                    throw new IllegalArgumentException("expected true or false");
                }
                return Boolean.valueOf(text);
            }
            if (boxed == Integer.class) {
                return Integer.valueOf(text);
            }
            if (boxed == Long.class) {
                return Long.valueOf(text);
            }
            if (boxed == Double.class) {
                return Double.valueOf(text);
            }
            if (boxed == String.class) {
                return text;
            }
            if (type.isEnum()) {
                return enumValue(type, text);
            }
        } catch (IllegalArgumentException e) {
            throw new ImproperlyConfigured("Setting '" + name + "' is a " + type.getSimpleName() + "; \"" + text
                    + "\" is not one (" + e.getMessage() + ").", e);
        }
        boolean classOnly = !classOnly(Map.of(name, "")).isEmpty();
        throw new ImproperlyConfigured("Setting '" + name + "' (a " + generic.getTypeName() + ") cannot be written "
                + "in @OverrideSettings. Set it in a settings class for the test (@ReinhardtTest(settings = ...))"
                + (classOnly ? "." : ", or use withSettings(...) with a Java value."));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumValue(Class<?> type, String text) {
        return Enum.valueOf((Class<? extends Enum>) type, text);
    }

    private static <T> T single(String name, List<T> values) {
        if (values.size() != 1) {
            throw new ImproperlyConfigured("Setting '" + name + "' takes one value; @OverrideSettings gives "
                    + values.size() + ": " + values + ".");
        }
        return values.getFirst();
    }

    private static Class<?> box(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        return switch (type.getName()) {
            case "boolean" -> Boolean.class;
            case "int" -> Integer.class;
            case "long" -> Long.class;
            case "double" -> Double.class;
            case "float" -> Float.class;
            case "short" -> Short.class;
            case "byte" -> Byte.class;
            default -> Character.class;
        };
    }

    /** Return the names of settings that {@code overrides} may not change inside a test. */
    static List<String> classOnly(Map<String, ?> overrides) {
        List<String> names = new ArrayList<>();
        for (String name : List.of("installedApps", "databases")) {
            if (overrides.containsKey(name)) {
                names.add(name);
            }
        }
        return names;
    }
}
