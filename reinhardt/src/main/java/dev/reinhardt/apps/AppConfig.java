package dev.reinhardt.apps;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * One installed app (Django's {@code AppConfig}): a package of models,
 * views, URLs, commands and migrations that a project lists in its
 * {@code installedApps} setting.
 *
 * <pre>{@code
 * package shop.orders;
 *
 * public final class OrdersApp extends AppConfig {
 *     @Override public void ready() {
 *         Checks.register(OrderChecks::check);
 *     }
 * }
 * }</pre>
 *
 * <p>The app's package is the package of its {@code AppConfig} class; its
 * models are the concrete model classes in {@link #modelsPackage()} and its
 * management commands the commands in {@link #commandsPackage()}. Subclasses
 * need a constructor without parameters.
 */
public abstract class AppConfig {

    private volatile Apps apps;

    /** Return the app's full name: the package of this class, such as {@code shop.orders}. */
    public String name() {
        return getClass().getPackageName();
    }

    /**
     * Return the app's short label, unique in a project (such as {@code orders}).
     * Defaults to the last part of {@link #name()}; override to resolve a clash.
     */
    public String label() {
        String name = name();
        return name.substring(name.lastIndexOf('.') + 1);
    }

    /** Return a human-readable name for the app; defaults to the label, capitalized. */
    public String verboseName() {
        String label = label();
        return label.isEmpty() ? label : label.substring(0, 1).toUpperCase(Locale.ROOT) + label.substring(1);
    }

    /** Return the package whose model classes belong to this app; defaults to {@code <name>.models}. */
    public String modelsPackage() {
        return name() + ".models";
    }

    /** Return the package whose management commands this app adds; defaults to {@code <name>.management.commands}. */
    public String commandsPackage() {
        return name() + ".management.commands";
    }

    /**
     * Run once when the registry is fully populated: connect signals, register
     * checks. Models may be used here; the database should not be.
     */
    public void ready() {
    }

    /** Return the models of this app, in registration order. */
    public List<Class<?>> getModels() {
        return registry().modelsOf(label());
    }

    /**
     * Return this app's model named {@code modelName} (case-insensitive).
     *
     * @throws LookupException naming the app's models when there is none
     */
    public Class<?> getModel(String modelName) {
        return registry().getModel(label(), modelName);
    }

    /** Return the registry this app is installed in. */
    public Apps registry() {
        Apps registry = apps;
        if (registry == null) {
            throw new AppRegistryNotReady("App '" + label() + "' is not installed in a registry yet.");
        }
        return registry;
    }

    void attach(Apps registry) {
        this.apps = registry;
    }

    static String modelNames(Collection<Class<?>> models) {
        return String.join(", ", models.stream().map(Class::getSimpleName).sorted().toList());
    }

    @Override
    public String toString() {
        return "<AppConfig: " + label() + ">";
    }
}
