package dev.reinhardt.test;

import dev.reinhardt.conf.Settings;
import dev.reinhardt.db.Connections;
import dev.reinhardt.db.backends.base.CapturedQuery;
import dev.reinhardt.db.backends.base.DatabaseWrapper;
import dev.reinhardt.db.backends.base.QueryCapture;
import dev.reinhardt.exceptions.ImproperlyConfigured;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.function.ThrowingSupplier;
import org.opentest4j.AssertionFailedError;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The helpers Django's {@code TestCase} has as methods, as static methods to
 * import: counting queries, capturing on-commit hooks, overriding settings.
 *
 * <pre>{@code
 * import static dev.reinhardt.test.TestCase.assertNumQueries;
 *
 * List<Order> paid = assertNumQueries(1, () -> Order.objects.filter("status", "paid").list());
 * }</pre>
 *
 * <p>Each works on the databases, settings and thread of the calling test.
 */
public final class TestCase {

    private TestCase() {
    }

    // ---------------------------------------------------------------- queries

    /**
     * Run {@code body} and fail unless exactly {@code expected} statements ran
     * on the default database (from any thread); the failure lists them, numbered.
     *
     * @return what {@code body} returned
     */
    public static <T> T assertNumQueries(int expected, ThrowingSupplier<T> body) {
        return assertNumQueries(expected, Connections.DEFAULT_DB_ALIAS, body);
    }

    /** Run {@code body} and fail unless exactly {@code expected} statements ran on the default database. */
    public static void assertNumQueries(int expected, Executable body) {
        assertNumQueries(expected, Connections.DEFAULT_DB_ALIAS, body);
    }

    /** Run {@code body} and fail unless exactly {@code expected} statements ran on the database {@code using}. */
    public static void assertNumQueries(int expected, String using, Executable body) {
        assertNumQueries(expected, using, () -> {
            body.execute();
            return null;
        });
    }

    /**
     * Run {@code body} and fail unless exactly {@code expected} statements ran
     * on the database {@code using}.
     *
     * @return what {@code body} returned
     */
    public static <T> T assertNumQueries(int expected, String using, ThrowingSupplier<T> body) {
        List<CapturedQuery> queries = new ArrayList<>();
        T result = capture(using, body, queries);
        if (queries.size() != expected) {
            throw new AssertionFailedError(queriesMessage(expected, using, queries), expected, queries.size());
        }
        return result;
    }

    /** Run {@code body} and return the statements that ran on the default database, in order. */
    public static List<CapturedQuery> captureQueries(Executable body) {
        return captureQueries(Connections.DEFAULT_DB_ALIAS, body);
    }

    /** Run {@code body} and return the statements that ran on the database {@code using}, in order. */
    public static List<CapturedQuery> captureQueries(String using, Executable body) {
        List<CapturedQuery> queries = new ArrayList<>();
        capture(using, () -> {
            body.execute();
            return null;
        }, queries);
        return List.copyOf(queries);
    }

    private static <T> T capture(String using, ThrowingSupplier<T> body, List<CapturedQuery> into) {
        DatabaseWrapper connection = Connections.get(using);
        try (QueryCapture capture = connection.captureQueries()) {
            try {
                return body.get();
            } catch (Throwable e) {
                throw ReinhardtExtension.sneaky(e);
            } finally {
                into.addAll(capture.queries());
            }
        }
    }

    static String queriesMessage(int expected, String using, List<CapturedQuery> queries) {
        StringBuilder message = new StringBuilder();
        message.append(queries.size()).append(queries.size() == 1 ? " query" : " queries").append(" ran on '")
                .append(using).append("', ").append(expected).append(" expected");
        message.append(queries.isEmpty() ? "." : ":");
        for (int i = 0; i < queries.size(); i++) {
            CapturedQuery query = queries.get(i);
            message.append("\n").append(i + 1).append(". ").append(query.sql());
            if (!query.params().isEmpty()) {
                message.append("  -- params: ").append(query.params());
            }
        }
        return message.toString();
    }

    // ---------------------------------------------------------------- on-commit hooks

    /**
     * Run {@code body} and return the hooks it registered with
     * {@code Transaction.onCommit} on the default database that are waiting
     * for a commit, which never comes in a test that is rolled back; with
     * {@code execute}, run them too, in order, and any hooks they register.
     */
    public static List<Runnable> captureOnCommitCallbacks(boolean execute, Executable body) {
        return captureOnCommitCallbacks(Connections.DEFAULT_DB_ALIAS, execute, body);
    }

    /** Like {@link #captureOnCommitCallbacks(boolean, Executable)}, on the database {@code using}. */
    public static List<Runnable> captureOnCommitCallbacks(String using, boolean execute, Executable body) {
        DatabaseWrapper connection = Connections.get(using);
        int start = connection.onCommitHooks().size();
        List<Runnable> callbacks = new ArrayList<>();
        try {
            body.execute();
        } catch (Throwable e) {
            throw ReinhardtExtension.sneaky(e);
        }
        while (true) {
            List<Runnable> pending = connection.onCommitHooks();
            if (pending.size() == start) {
                break;
            }
            for (Runnable hook : pending.subList(start, pending.size())) {
                callbacks.add(hook);
                if (execute) {
                    hook.run();
                }
            }
            start = pending.size();
        }
        return List.copyOf(callbacks);
    }

    // ---------------------------------------------------------------- settings

    /**
     * Run {@code body} with some settings replaced, by name (Django's
     * {@code with self.settings(...)}), and restore them afterwards.
     * {@code Signals.settingChanged} is sent for each, on entry and on exit.
     *
     * <pre>{@code
     * withSettings(Map.of("appendSlash", false), () -> assertThat(client.get("/about").status()).isEqualTo(404));
     * }</pre>
     *
     * @throws ImproperlyConfigured for a name close to a setting's (a typo), a value of the wrong type,
     *                              or {@code installedApps} and {@code databases}, which a test cannot change
     */
    public static void withSettings(Map<String, ?> overrides, Executable body) {
        withSettings(overrides, () -> {
            body.execute();
            return null;
        });
    }

    /** Like {@link #withSettings(Map, Executable)}, returning what {@code body} returns. */
    public static <T> T withSettings(Map<String, ?> overrides, ThrowingSupplier<T> body) {
        List<String> classOnly = SettingsOverrides.classOnly(overrides);
        if (!classOnly.isEmpty()) {
            throw new ImproperlyConfigured("withSettings cannot change " + classOnly + ": the test's databases and "
                    + "apps are set up for the class. Use a settings class for the test (@ReinhardtTest(settings = "
                    + "...)) or a class-level @OverrideSettings.");
        }
        Settings outer = Settings.current();
        Settings inner = SettingsOverrides.apply(outer, overrides);
        return during(outer, inner, overrides, body);
    }

    /**
     * Run {@code body} with {@code settings} as the current settings, and
     * restore the previous ones afterwards; {@code Signals.settingChanged} is
     * sent for each setting whose value differs.
     */
    public static void withSettings(Settings settings, Executable body) {
        Settings outer = Settings.current();
        during(outer, settings, SettingsOverrides.differences(outer, settings), () -> {
            body.execute();
            return null;
        });
    }

    private static <T> T during(Settings outer, Settings inner, Map<String, ?> overrides, ThrowingSupplier<T> body) {
        T result;
        try {
            result = Settings.callWith(inner, () -> {
                SettingsOverrides.announce(inner, overrides, true);
                try {
                    return body.get();
                } finally {
                    Settings.callWith(outer, () -> {
                        SettingsOverrides.announce(outer, overrides, false);
                        return null;
                    });
                }
            });
        } catch (Throwable e) {
            throw ReinhardtExtension.sneaky(e);
        }
        return result;
    }
}
