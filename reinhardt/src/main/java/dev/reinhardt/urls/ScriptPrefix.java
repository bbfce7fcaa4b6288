package dev.reinhardt.urls;

import dev.reinhardt.conf.Settings;

/**
 * The prefix the project is deployed under (Django's script prefix), such as
 * {@code "/shop/"} for a servlet context mounted at {@code /shop}.
 * {@link Urls#reverse} puts it in front of every path it builds, so links
 * and redirects keep working wherever the project is mounted, while the
 * resolver matches paths without it.
 *
 * <p>Server adapters bind it for each request (from the servlet context
 * path, or the {@code forceScriptName} setting); the binding is a
 * {@link ScopedValue}, so it holds for the request's thread and the threads
 * it forks in a structured scope, and ends with the request. Outside a
 * request the prefix is {@code forceScriptName} when set, else {@code "/"}.
 */
public final class ScriptPrefix {

    private static final ScopedValue<String> PREFIX = ScopedValue.newInstance();

    private ScriptPrefix() {
    }

    /** Return the current prefix; it starts and ends with '/'. */
    public static String current() {
        if (PREFIX.isBound()) {
            return PREFIX.get();
        }
        return normalize(Settings.current().forceScriptName());
    }

    /**
     * Run {@code op} with {@code scriptName} (%-encoded, such as
     * {@code "/shop"}; "" or null for the root) as the prefix.
     */
    public static <T, X extends Throwable> T callWith(String scriptName, ScopedValue.CallableOp<T, X> op) throws X {
        return ScopedValue.where(PREFIX, normalize(scriptName)).call(op);
    }

    private static String normalize(String scriptName) {
        if (scriptName == null || scriptName.isEmpty() || scriptName.equals("/")) {
            return "/";
        }
        return scriptName.endsWith("/") ? scriptName : scriptName + "/";
    }
}
