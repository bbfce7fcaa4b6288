package dev.reinhardt.db.models;

import dev.reinhardt.exceptions.ImproperlyConfigured;
import dev.reinhardt.utils.Suggestions;

import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A model's managers, found once per model by Django's rules for managers
 * and inheritance: the static manager fields the model declares, in order,
 * then those of its parents that it does not redeclare under the same name
 * (the nearest parent first; abstract bases lend their declared managers, a
 * concrete parent all of its own), each copied and bound to the model; an
 * {@code objects} manager when there is none at all. Elects the default
 * manager and the base manager, and stops a mistake with a message naming the
 * fix.
 *
 * @param ordered        every manager, in order
 * @param byName         every manager by name, in order
 * @param defaultManager the default manager
 * @param baseManager    the manager that forward relations and {@code refreshFromDb} load through
 * @param baseName       the name chosen by {@code baseManagerName} here or on a parent, or null for a plain manager
 */
record ModelManagers<T extends Model>(List<BaseManager<T, ?>> ordered, Map<String, BaseManager<T, ?>> byName,
                                      BaseManager<T, ?> defaultManager, BaseManager<T, ?> baseManager,
                                      String baseName) {

    private static final String AUTO_NAME = "objects";

    static <T extends Model> ModelManagers<T> of(Options<T> options) {
        Class<T> model = options.model();
        Map<String, BaseManager<T, ?>> all = collect(options);
        Meta meta = options.meta();
        String defaultName = meta != null && !meta.defaultManagerName().isEmpty() ? meta.defaultManagerName()
                : inheritedDefaultName(model);
        BaseManager<T, ?> defaultManager = defaultName == null ? all.values().iterator().next()
                : named(model, all, defaultName, "@Meta(defaultManagerName)");
        String baseName = meta != null && !meta.baseManagerName().isEmpty() ? meta.baseManagerName()
                : parentBaseName(model);
        BaseManager<T, ?> baseManager = baseName == null ? auto(model, "_base_manager")
                : named(model, all, baseName, "@Meta(baseManagerName)");
        return new ModelManagers<>(List.copyOf(all.values()), Collections.unmodifiableMap(all), defaultManager,
                baseManager, baseName);
    }

    /** Return the model's own managers, then the inherited ones, else an automatic {@code objects}. */
    private static <T extends Model> Map<String, BaseManager<T, ?>> collect(Options<T> options) {
        Class<T> model = options.model();
        Map<String, BaseManager<T, ?>> all = new LinkedHashMap<>();
        for (BaseManager<?, ?> manager : declared(model)) {
            @SuppressWarnings("unchecked")
            BaseManager<T, ?> own = (BaseManager<T, ?>) manager;
            all.put(own.name(), own);
        }
        inherit(model, all);
        if (all.isEmpty()) {
            if (options.findField(AUTO_NAME) != null || options.findManyToMany(AUTO_NAME) != null) {
                throw new ImproperlyConfigured("Model " + model.getSimpleName() + " has a field named 'objects', so "
                        + "it gets no automatic 'objects' manager; declare one under another name: public static final "
                        + "Manager<" + model.getSimpleName() + "> people = Manager.of(" + model.getSimpleName()
                        + ".class);");
            }
            all.put(AUTO_NAME, auto(model, AUTO_NAME));
        }
        checkFieldClashes(options, all);
        return all;
    }

    private static <T extends Model> Manager<T> auto(Class<T> model, String name) {
        Manager<T> manager = Manager.of(model);
        manager.bindName(name);
        return manager;
    }

    /** Return the manager called {@code name}, naming the choices when there is none. */
    static <T extends Model> BaseManager<T, ?> named(Class<T> model, Map<String, BaseManager<T, ?>> all, String name,
                                                      String where) {
        BaseManager<T, ?> manager = all.get(name);
        if (manager == null) {
            throw new ImproperlyConfigured(model.getSimpleName() + " has no manager named '" + name + "'"
                    + (where.isEmpty() ? "." : " (" + where + ").") + Suggestions.didYouMean(name, all.keySet())
                    + " Choices are: " + String.join(", ", new TreeSet<>(all.keySet())) + ".");
        }
        return manager;
    }

    /** Add the managers of {@code model}'s parents that it does not redeclare, copied for it. */
    private static <T extends Model> void inherit(Class<T> model, Map<String, BaseManager<T, ?>> all) {
        for (Class<?> type = model.getSuperclass(); type != Model.class; type = type.getSuperclass()) {
            if (Modifier.isAbstract(type.getModifiers())) {
                for (BaseManager<?, ?> manager : declared(type)) {
                    all.computeIfAbsent(manager.name(), name -> manager.copyFor(model));
                }
            } else {
                for (BaseManager<?, ?> manager : Options.of(type.asSubclass(Model.class)).managers()) {
                    all.computeIfAbsent(manager.name(), name -> manager.copyFor(model));
                }
                return;
            }
        }
    }

    /**
     * Return the default manager's name when the model neither names one nor
     * declares any: its first parent's choice, or null for the first manager.
     */
    private static String inheritedDefaultName(Class<?> model) {
        if (!declared(model).isEmpty()) {
            return null;
        }
        Class<?> parent = model.getSuperclass();
        if (parent == Model.class) {
            return null;
        }
        if (!Modifier.isAbstract(parent.getModifiers())) {
            return Options.of(parent.asSubclass(Model.class)).defaultManager().name();
        }
        Meta meta = parent.getAnnotation(Meta.class);
        return meta != null && !meta.defaultManagerName().isEmpty() ? meta.defaultManagerName()
                : inheritedDefaultName(parent);
    }

    /** Return the base manager name a parent chose, or null. */
    private static String parentBaseName(Class<?> model) {
        for (Class<?> type = model.getSuperclass(); type != Model.class; type = type.getSuperclass()) {
            if (!Modifier.isAbstract(type.getModifiers())) {
                return Options.of(type.asSubclass(Model.class)).managerSet().baseName();
            }
        }
        return null;
    }

    /**
     * Return the managers {@code type} itself declares as static fields, in
     * order, each named after its field.
     *
     * @throws ImproperlyConfigured for a field left null or a manager made for another model
     */
    private static List<BaseManager<?, ?>> declared(Class<?> type) {
        List<BaseManager<?, ?>> found = new ArrayList<>();
        for (java.lang.reflect.Field javaField : type.getDeclaredFields()) {
            Class<?> fieldType = javaField.getType();
            if (!Modifier.isStatic(javaField.getModifiers()) || !BaseManager.class.isAssignableFrom(fieldType)
                    || Related.class.isAssignableFrom(fieldType)) {
                continue;
            }
            BaseManager<?, ?> manager;
            try {
                javaField.setAccessible(true);
                manager = (BaseManager<?, ?>) javaField.get(null);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
            String where = type.getSimpleName() + "." + javaField.getName();
            if (manager == null) {
                throw new ImproperlyConfigured("Manager " + where + " is null; assign it where it is declared, such as "
                        + "= Manager.of(" + type.getSimpleName() + ".class).");
            }
            if (manager.model() != type) {
                throw new ImproperlyConfigured("Manager " + where + " is made for " + manager.model().getSimpleName()
                        + ", not " + type.getSimpleName() + "; make it with " + type.getSimpleName() + ".class, such "
                        + "as Manager.of(" + type.getSimpleName() + ".class).");
            }
            manager.bindName(javaField.getName());
            found.add(manager);
        }
        return found;
    }

    /**
     * Refuse a manager named like a field: Java lets the static field hide the
     * instance field (or the reverse), so {@code sticker.label} would silently
     * mean one where the other was written.
     */
    private static void checkFieldClashes(Options<?> options, Map<String, ? extends BaseManager<?, ?>> all) {
        for (String name : all.keySet()) {
            if (options.findConcreteField(name) != null || options.findManyToMany(name) != null) {
                throw new ImproperlyConfigured("Manager '" + name + "' of " + options.model().getSimpleName()
                        + " clashes with the field of the same name; rename the manager, since Java would let one "
                        + "hide the other.");
            }
        }
    }
}
