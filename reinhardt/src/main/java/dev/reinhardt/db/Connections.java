package dev.reinhardt.db;

import dev.reinhardt.conf.DatabaseSettings;
import dev.reinhardt.conf.Settings;
import dev.reinhardt.db.backends.base.DatabaseWrapper;
import dev.reinhardt.db.backends.postgresql.PostgresDatabaseWrapper;
import dev.reinhardt.db.backends.sqlite.SqliteDatabaseWrapper;
import dev.reinhardt.exceptions.ImproperlyConfigured;
import dev.reinhardt.utils.Suggestions;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The database connections by alias (Django's {@code django.db.connections}).
 *
 * <p>The project's handler is installed by {@code Reinhardt.setup()}, or built
 * on first use from the {@code databases} and {@code debug} settings; tests
 * install their own with {@link #install(Connections)}, or bind one for a
 * scope with {@link #callWith(Connections, ScopedValue.CallableOp)}. Each
 * alias's wrapper is created once and pools its connections. Thread-safe.
 */
public final class Connections implements AutoCloseable {

    /** The alias used when none is named. */
    public static final String DEFAULT_DB_ALIAS = "default";

    private static final ScopedValue<Connections> SCOPED = ScopedValue.newInstance();
    private static volatile Connections global;

    private final Map<String, DatabaseWrapper> wrappers = new LinkedHashMap<>();

    private Connections(Map<String, DatabaseSettings> databases, boolean debug) {
        databases.forEach((alias, settings) -> wrappers.put(alias, create(alias, settings, debug)));
    }

    /** Return a handler for {@code databases}; install it to make it the project's. */
    public static Connections create(Map<String, DatabaseSettings> databases, boolean debug) {
        return new Connections(databases, debug);
    }

    /** Make {@code connections} the project's handler and return the previous one (null if none); the caller closes it. */
    public static synchronized Connections install(Connections connections) {
        Connections previous = global;
        global = connections;
        return previous;
    }

    /**
     * Run {@code op} with {@code connections} as the handler of this thread (and
     * of threads it forks in a structured scope), leaving the project's handler
     * untouched; test tools use it to give each test class its own databases.
     */
    public static <T, X extends Throwable> T callWith(Connections connections, ScopedValue.CallableOp<T, X> op)
            throws X {
        return ScopedValue.where(SCOPED, connections).call(op);
    }

    /** Return the handler bound to this scope, else the project's handler, building it from settings on first use. */
    public static Connections connections() {
        if (SCOPED.isBound()) {
            return SCOPED.get();
        }
        Connections current = global;
        if (current == null) {
            synchronized (Connections.class) {
                if (global == null) {
                    Settings settings = Settings.current();
                    global = new Connections(settings.databases(), settings.debug());
                }
                current = global;
            }
        }
        return current;
    }

    /** Return the wrapper of {@code alias} in the project's handler. */
    public static DatabaseWrapper get(String alias) {
        return connections().wrapper(alias);
    }

    /** Return the wrapper of the default alias. */
    public static DatabaseWrapper defaultConnection() {
        return get(DEFAULT_DB_ALIAS);
    }

    /**
     * Return the wrapper of {@code alias}.
     *
     * @throws ImproperlyConfigured naming the configured aliases when there is none
     */
    public DatabaseWrapper wrapper(String alias) {
        DatabaseWrapper wrapper = wrappers.get(alias);
        if (wrapper == null) {
            throw new ImproperlyConfigured("The connection '" + alias + "' doesn't exist."
                    + Suggestions.didYouMean(alias, wrappers.keySet()) + " Configured aliases: "
                    + (wrappers.isEmpty() ? "none" : String.join(", ", wrappers.keySet())) + ".");
        }
        return wrapper;
    }

    /** Return the configured aliases in order. */
    public java.util.Set<String> aliases() {
        return java.util.Collections.unmodifiableSet(wrappers.keySet());
    }

    private static DatabaseWrapper create(String alias, DatabaseSettings settings, boolean debug) {
        return switch (settings.engine()) {
            case "sqlite" -> new SqliteDatabaseWrapper(alias, settings, debug);
            case "postgresql" -> new PostgresDatabaseWrapper(alias, settings, debug);
            default -> throw new ImproperlyConfigured("The " + settings.engine() + " backend is not available yet "
                    + "(alias '" + alias + "'). Use sqlite or postgresql.");
        };
    }

    /** Close every pool. */
    @Override
    public void close() {
        wrappers.values().forEach(DatabaseWrapper::close);
    }
}
