package dev.reinhardt.conf;

import dev.reinhardt.exceptions.ImproperlyConfigured;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Read settings values from environment variables, with types and defaults.
 *
 * <p>Use the static methods in settings classes; each one fails with an
 * {@link ImproperlyConfigured} that names the variable when it is missing
 * (and has no default) or cannot be read as the asked type:
 *
 * <pre>{@code
 * import static dev.reinhardt.conf.Env.*;
 *
 * secretKey = env("SECRET_KEY");
 * debug = envBool("DEBUG", false);
 * allowedHosts = envList("ALLOWED_HOSTS", List.of("localhost"));
 * }</pre>
 *
 * <p>{@link #of(Map)} reads from a map instead of the process environment.
 */
public final class Env {

    private static final Env SYSTEM = new Env(System.getenv());
    private static final Set<String> TRUE = Set.of("1", "true", "yes", "on");
    private static final Set<String> FALSE = Set.of("0", "false", "no", "off", "");

    private final Map<String, String> variables;

    private Env(Map<String, String> variables) {
        this.variables = Map.copyOf(variables);
    }

    /** Return an {@code Env} that reads {@code variables} instead of the process environment. */
    public static Env of(Map<String, String> variables) {
        return new Env(variables);
    }

    /** Return the process environment. */
    public static Env system() {
        return SYSTEM;
    }

    /** Return the string value of {@code name}; it must be set. */
    public static String env(String name) {
        return SYSTEM.string(name);
    }

    /** Return the string value of {@code name}, or {@code defaultValue} when it is not set. */
    public static String env(String name, String defaultValue) {
        return SYSTEM.string(name, defaultValue);
    }

    /** Return the integer value of {@code name}; it must be set. */
    public static int envInt(String name) {
        return SYSTEM.integer(name);
    }

    /** Return the integer value of {@code name}, or {@code defaultValue} when it is not set. */
    public static int envInt(String name, int defaultValue) {
        return SYSTEM.integer(name, defaultValue);
    }

    /** Return the boolean value of {@code name} (true/false, 1/0, yes/no, on/off); it must be set. */
    public static boolean envBool(String name) {
        return SYSTEM.bool(name);
    }

    /** Return the boolean value of {@code name}, or {@code defaultValue} when it is not set. */
    public static boolean envBool(String name, boolean defaultValue) {
        return SYSTEM.bool(name, defaultValue);
    }

    /** Return the comma-separated values of {@code name}, trimmed, empty items dropped; it must be set. */
    public static List<String> envList(String name) {
        return SYSTEM.list(name);
    }

    /** Return the comma-separated values of {@code name}, or {@code defaultValue} when it is not set. */
    public static List<String> envList(String name, List<String> defaultValue) {
        return SYSTEM.list(name, defaultValue);
    }

    /** Return the URL in {@code name} (for example a {@code DATABASE_URL}); it must be set. */
    public static URI envUrl(String name) {
        return SYSTEM.url(name);
    }

    /** Return the URL in {@code name}, or {@code defaultValue} when it is not set. */
    public static URI envUrl(String name, String defaultValue) {
        return SYSTEM.url(name, defaultValue);
    }

    // ---------------------------------------------------------------- instance readers

    /** Return the string value of {@code name}; it must be set. */
    public String string(String name) {
        String value = variables.get(name);
        if (value == null) {
            throw new ImproperlyConfigured("Set the environment variable " + name
                    + ": the settings need it and it has no default.");
        }
        return value;
    }

    /** Return the string value of {@code name}, or {@code defaultValue} when it is not set. */
    public String string(String name, String defaultValue) {
        return variables.getOrDefault(name, defaultValue);
    }

    /** Return the integer value of {@code name}; it must be set. */
    public int integer(String name) {
        return parseInt(name, string(name));
    }

    /** Return the integer value of {@code name}, or {@code defaultValue} when it is not set. */
    public int integer(String name, int defaultValue) {
        String value = variables.get(name);
        return value == null ? defaultValue : parseInt(name, value);
    }

    /** Return the boolean value of {@code name}; it must be set. */
    public boolean bool(String name) {
        return parseBool(name, string(name));
    }

    /** Return the boolean value of {@code name}, or {@code defaultValue} when it is not set. */
    public boolean bool(String name, boolean defaultValue) {
        String value = variables.get(name);
        return value == null ? defaultValue : parseBool(name, value);
    }

    /** Return the comma-separated values of {@code name}; it must be set. */
    public List<String> list(String name) {
        return split(string(name));
    }

    /** Return the comma-separated values of {@code name}, or {@code defaultValue} when it is not set. */
    public List<String> list(String name, List<String> defaultValue) {
        String value = variables.get(name);
        return value == null ? defaultValue : split(value);
    }

    /** Return the URL in {@code name}; it must be set. */
    public URI url(String name) {
        return parseUrl(name, string(name));
    }

    /** Return the URL in {@code name}, or {@code defaultValue} when it is not set. */
    public URI url(String name, String defaultValue) {
        return parseUrl(name, variables.getOrDefault(name, defaultValue));
    }

    private static int parseInt(String name, String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new ImproperlyConfigured("Environment variable " + name + " must be a whole number, but it is '"
                    + value + "'.");
        }
    }

    private static boolean parseBool(String name, String value) {
        String normalized = value.strip().toLowerCase(Locale.ROOT);
        if (TRUE.contains(normalized)) {
            return true;
        }
        if (FALSE.contains(normalized)) {
            return false;
        }
        throw new ImproperlyConfigured("Environment variable " + name + " must be a boolean (true/false, 1/0, "
                + "yes/no, on/off), but it is '" + value + "'.");
    }

    private static List<String> split(String value) {
        return Arrays.stream(value.split(",")).map(String::strip).filter(item -> !item.isEmpty()).toList();
    }

    private static URI parseUrl(String name, String value) {
        try {
            URI uri = new URI(value.strip());
            if (uri.getScheme() == null) {
                throw new URISyntaxException(value, "no scheme such as postgres:// or https://");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new ImproperlyConfigured("Environment variable " + name + " must be a URL, but it is '" + value
                    + "' (" + e.getReason() + ").");
        }
    }
}
