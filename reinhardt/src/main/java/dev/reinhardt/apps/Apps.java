package dev.reinhardt.apps;

import dev.reinhardt.exceptions.ImproperlyConfigured;
import dev.reinhardt.utils.Suggestions;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The registry of installed apps and their models (Django's
 * {@code django.apps.apps}).
 *
 * <p>{@link #populate(Collection, Function)} fills it in three steps, as
 * Django does: instantiate every {@link AppConfig} and check that labels are
 * unique; register each app's models; run every app's
 * {@link AppConfig#ready()} once, in {@code installedApps} order.
 *
 * <p>The project's registry is {@link #registry()}, set up by
 * {@code Reinhardt.setup()}. Separate instances serve tests and the
 * migration framework's historical models. Thread-safe: populated once, then
 * read-only.
 */
public final class Apps {

    private static final ScopedValue<Apps> SCOPED = ScopedValue.newInstance();
    private static volatile Apps global;

    private final Map<String, AppConfig> configs = new LinkedHashMap<>();
    private final Map<String, Map<String, Class<?>>> models = new LinkedHashMap<>();
    private volatile boolean ready;

    /** Create an empty registry; fill it with {@link #populate(Collection, Function)}. */
    public Apps() {
    }

    /** Return the project's registry. */
    public static Apps registry() {
        if (SCOPED.isBound()) {
            return SCOPED.get();
        }
        Apps apps = global;
        if (apps == null) {
            throw new AppRegistryNotReady("Apps aren't loaded yet. Call Reinhardt.setup() before using models "
                    + "or the app registry.");
        }
        return apps;
    }

    /** Make {@code apps} the project's registry. */
    public static void setRegistry(Apps apps) {
        global = apps;
    }

    /** Run {@code op} with {@code apps} as the registry of this thread and its structured children. */
    public static <T, X extends Throwable> T callWith(Apps apps, ScopedValue.CallableOp<T, X> op) throws X {
        return ScopedValue.where(SCOPED, apps).call(op);
    }

    /**
     * Install the apps {@code installedApps} (AppConfig classes), register the
     * models {@code modelFinder} finds for each, then run their ready hooks.
     *
     * @throws ImproperlyConfigured naming the app and the fix when an entry is
     *                              not an AppConfig, cannot be created, or
     *                              repeats a label
     */
    public synchronized void populate(Collection<Class<?>> installedApps,
                                      Function<AppConfig, List<Class<?>>> modelFinder) {
        if (ready) {
            throw new IllegalStateException("This registry is already populated.");
        }
        for (Class<?> type : installedApps) {
            AppConfig config = instantiate(type);
            AppConfig clash = configs.get(config.label());
            if (clash != null) {
                throw new ImproperlyConfigured("Application labels aren't unique, duplicates: " + config.label()
                        + " (" + clash.getClass().getName() + " and " + type.getName() + "). Override label() in one "
                        + "of them.");
            }
            config.attach(this);
            configs.put(config.label(), config);
            models.put(config.label(), new LinkedHashMap<>());
        }
        for (AppConfig config : configs.values()) {
            for (Class<?> model : modelFinder.apply(config)) {
                registerModel(config.label(), model);
            }
        }
        ready = true;
        for (AppConfig config : configs.values()) {
            config.ready();
        }
    }

    private static AppConfig instantiate(Class<?> type) {
        if (!AppConfig.class.isAssignableFrom(type)) {
            throw new ImproperlyConfigured("installedApps lists " + type.getName() + ", which does not extend "
                    + AppConfig.class.getName() + ". List the app's AppConfig class instead.");
        }
        try {
            Constructor<?> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            return (AppConfig) constructor.newInstance();
        } catch (NoSuchMethodException e) {
            throw new ImproperlyConfigured("App config " + type.getName() + " needs a constructor without parameters.");
        } catch (InvocationTargetException e) {
            throw new ImproperlyConfigured("App config " + type.getName() + " failed in its constructor: "
                    + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new ImproperlyConfigured("App config " + type.getName() + " could not be created: " + e, e);
        }
    }

    /**
     * Register {@code model} under {@code appLabel}.
     *
     * @throws IllegalStateException when another class of the same name is registered in that app
     */
    public synchronized void registerModel(String appLabel, Class<?> model) {
        Map<String, Class<?>> appModels = models.computeIfAbsent(appLabel, label -> new LinkedHashMap<>());
        String key = model.getSimpleName().toLowerCase(Locale.ROOT);
        Class<?> existing = appModels.putIfAbsent(key, model);
        if (existing != null && existing != model) {
            throw new IllegalStateException("Conflicting '" + key + "' models in application '" + appLabel + "': "
                    + existing.getName() + " and " + model.getName() + ".");
        }
    }

    /** Return whether {@link #populate} has finished. */
    public boolean isReady() {
        return ready;
    }

    /** Return the installed apps in order. */
    public List<AppConfig> getAppConfigs() {
        checkReady();
        return List.copyOf(configs.values());
    }

    /**
     * Return the app with {@code label}.
     *
     * @throws LookupException naming the installed labels when there is none
     */
    public AppConfig getAppConfig(String label) {
        checkReady();
        AppConfig config = configs.get(label);
        if (config == null) {
            throw new LookupException("No installed app with label '" + label + "'."
                    + Suggestions.didYouMean(label, configs.keySet()) + " Installed apps: "
                    + (configs.isEmpty() ? "none" : String.join(", ", configs.keySet())) + ".");
        }
        return config;
    }

    /** Return whether an app with the full name (package) {@code appName} is installed. */
    public boolean isInstalled(String appName) {
        return configs.values().stream().anyMatch(config -> config.name().equals(appName));
    }

    /**
     * Return the model {@code modelName} (case-insensitive) of the app {@code appLabel}.
     *
     * @throws LookupException naming the app's models, or the installed apps, when there is none
     */
    public Class<?> getModel(String appLabel, String modelName) {
        AppConfig config = getAppConfig(appLabel);
        Class<?> model = models.get(config.label()).get(modelName.toLowerCase(Locale.ROOT));
        if (model == null) {
            Collection<Class<?>> choices = models.get(config.label()).values();
            List<String> names = choices.stream().map(Class::getSimpleName).toList();
            throw new LookupException("App '" + appLabel + "' doesn't have a '" + modelName + "' model."
                    + Suggestions.didYouMean(modelName, names) + " Its models are: "
                    + (choices.isEmpty() ? "none" : AppConfig.modelNames(choices)) + ".");
        }
        return model;
    }

    /** Return the model named {@code "app_label.ModelName"}. */
    public Class<?> getModel(String dottedName) {
        int dot = dottedName.indexOf('.');
        if (dot < 0 || dot != dottedName.lastIndexOf('.')) {
            throw new LookupException("Model reference '" + dottedName + "' must be of the form 'app_label.ModelName'.");
        }
        return getModel(dottedName.substring(0, dot), dottedName.substring(dot + 1));
    }

    /** Return every registered model, app by app. */
    public List<Class<?>> getModels() {
        checkReady();
        List<Class<?>> all = new ArrayList<>();
        models.values().forEach(appModels -> all.addAll(appModels.values()));
        return List.copyOf(all);
    }

    List<Class<?>> modelsOf(String label) {
        return List.copyOf(models.getOrDefault(label, Map.of()).values());
    }

    /**
     * Return the installed app whose package contains {@code type} (the
     * innermost one when apps nest), or null.
     */
    public AppConfig getContainingAppConfig(Class<?> type) {
        String name = type.getName();
        AppConfig best = null;
        for (AppConfig config : configs.values()) {
            String prefix = config.name() + ".";
            if (name.startsWith(prefix) && (best == null || config.name().length() > best.name().length())) {
                best = config;
            }
        }
        return best;
    }

    private void checkReady() {
        if (!ready) {
            throw new AppRegistryNotReady("Apps aren't loaded yet. Call Reinhardt.setup() first.");
        }
    }
}
