package dev.reinhardt.conf;

import dev.reinhardt.exceptions.ImproperlyConfigured;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;

/**
 * Hold the project-wide settings: loaded lazily on first access, replaceable
 * per scope through a {@link ScopedValue}.
 */
final class SettingsHolder {

    private static final ScopedValue<Settings> SCOPED = ScopedValue.newInstance();
    private static volatile Settings global;

    private SettingsHolder() {
    }

    static Settings current() {
        if (SCOPED.isBound()) {
            return SCOPED.get();
        }
        Settings settings = global;
        return settings != null ? settings : loadGlobal();
    }

    static boolean isConfigured() {
        return SCOPED.isBound() || global != null;
    }

    static synchronized void configure(Settings settings) {
        if (global != null) {
            throw new IllegalStateException("Settings are already configured (" + global.getClass().getName()
                    + "). Call Settings.configure(...) once, before anything reads settings.");
        }
        settings.validate();
        global = settings;
    }

    /** Forget the project-wide settings; for this package's tests of loading and configuring. */
    static synchronized void reset() {
        global = null;
    }

    static <T, X extends Throwable> T callWith(Settings settings, ScopedValue.CallableOp<T, X> op) throws X {
        return ScopedValue.where(SCOPED, settings).call(op);
    }

    private static synchronized Settings loadGlobal() {
        if (global == null) {
            global = fromEnvironment();
        }
        return global;
    }

    private static Settings fromEnvironment() {
        String property = System.getProperty(Settings.MODULE_PROPERTY);
        if (property != null && !property.isBlank()) {
            return instantiate(property.strip(), "--settings");
        }
        String variable = System.getenv(Settings.MODULE_VARIABLE);
        if (variable != null && !variable.isBlank()) {
            return instantiate(variable.strip(), Settings.MODULE_VARIABLE);
        }
        throw new ImproperlyConfigured("Settings are not configured. Set the environment variable "
                + Settings.MODULE_VARIABLE + " to your settings class (for example mysite.config.settings.Development), "
                + "pass --settings, or call Settings.configure(...) first.");
    }

    static Settings instantiate(String className, String origin) {
        String prefix = "Settings class '" + className + "' (from " + origin + ")";
        Class<?> type;
        try {
            type = Class.forName(className, true, Thread.currentThread().getContextClassLoader());
        } catch (ClassNotFoundException e) {
            throw new ImproperlyConfigured(prefix + " was not found. Check the name and that the project is built.", e);
        } catch (ExceptionInInitializerError e) {
            throw new ImproperlyConfigured(prefix + " failed in its static initializer: " + describe(e.getCause()), e);
        } catch (LinkageError e) {
            throw new ImproperlyConfigured(prefix + " could not be loaded: " + describe(e), e);
        }
        if (!Settings.class.isAssignableFrom(type)) {
            throw new ImproperlyConfigured(prefix + " does not extend " + Settings.class.getName() + ".");
        }
        Settings settings;
        try {
            Constructor<?> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            settings = (Settings) constructor.newInstance();
        } catch (NoSuchMethodException e) {
            throw new ImproperlyConfigured(prefix + " has no constructor without parameters; add one.", e);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ImproperlyConfigured improperlyConfigured) {
                throw new ImproperlyConfigured(prefix + " is improperly configured: "
                        + improperlyConfigured.getMessage(), cause);
            }
            throw new ImproperlyConfigured(prefix + " failed in its constructor: " + describe(cause), cause);
        } catch (ReflectiveOperationException e) {
            throw new ImproperlyConfigured(prefix + " could not be instantiated: " + describe(e), e);
        }
        try {
            settings.validate();
        } catch (ImproperlyConfigured e) {
            throw new ImproperlyConfigured(prefix + " is improperly configured: " + e.getMessage(), e);
        }
        return settings;
    }

    private static String describe(Throwable error) {
        String message = error.getMessage();
        return error.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
