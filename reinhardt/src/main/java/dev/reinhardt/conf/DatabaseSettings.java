package dev.reinhardt.conf;

import dev.reinhardt.exceptions.ImproperlyConfigured;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One entry of the {@code databases} setting: how to reach one database.
 *
 * @param engine   the backend: {@code "sqlite"}, {@code "postgresql"} or {@code "mysql"}
 * @param name     the database name, or for SQLite the file path ({@code ":memory:"} for memory)
 * @param user     the user name, empty when not needed
 * @param password the password, empty when not needed
 * @param host     the host name, empty for the backend's default
 * @param port     the port, 0 for the backend's default
 * @param options  driver options, passed to the JDBC driver as connection properties
 * @param atomicRequests whether each request's view runs in one transaction on this database
 *                       (Django's {@code ATOMIC_REQUESTS}): committed when the view returns, rolled
 *                       back when it throws
 */
public record DatabaseSettings(String engine, String name, String user, String password, String host, int port,
                               Map<String, String> options, boolean atomicRequests) {

    /** The engines Reinhardt ships backends for. */
    public static final java.util.List<String> ENGINES = java.util.List.of("sqlite", "postgresql", "mysql");

    public DatabaseSettings {
        if (!ENGINES.contains(engine)) {
            throw new ImproperlyConfigured("Unknown database engine '" + engine + "'. Choices are: "
                    + String.join(", ", ENGINES) + ".");
        }
        options = Map.copyOf(options);
    }

    /** Create settings without {@code atomicRequests}. */
    public DatabaseSettings(String engine, String name, String user, String password, String host, int port,
                            Map<String, String> options) {
        this(engine, name, user, password, host, port, options, false);
    }

    /** Return settings for the SQLite database in {@code file}. */
    public static DatabaseSettings sqlite(Path file) {
        return new DatabaseSettings("sqlite", file.toString(), "", "", "", 0, Map.of());
    }

    /** Return settings for a PostgreSQL database. */
    public static DatabaseSettings postgresql(String name, String user, String password, String host, int port) {
        return new DatabaseSettings("postgresql", name, user, password, host, port, Map.of());
    }

    /**
     * Parse a database URL, as found in {@code DATABASE_URL}:
     * {@code sqlite:///abs/path.db}, {@code sqlite:relative.db}, {@code sqlite://:memory:},
     * {@code postgres://user:pass@host:5432/name?sslmode=require},
     * {@code mysql://} or {@code mariadb://}.
     */
    public static DatabaseSettings fromUrl(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new ImproperlyConfigured("Database URL '" + url + "' is not a valid URL: " + e.getReason() + ".");
        }
        return fromUrl(uri);
    }

    /** Parse a database URL; see {@link #fromUrl(String)}. */
    public static DatabaseSettings fromUrl(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme();
        String engine = switch (scheme) {
            case "sqlite" -> "sqlite";
            case "postgres", "postgresql", "pgsql" -> "postgresql";
            case "mysql", "mariadb" -> "mysql";
            default -> throw new ImproperlyConfigured("Database URL scheme '" + scheme + "' is not supported. "
                    + "Use sqlite:, postgres://, mysql:// or mariadb://.");
        };
        if (engine.equals("sqlite")) {
            return new DatabaseSettings(engine, sqlitePath(uri), "", "", "", 0, Map.of());
        }
        String userInfo = uri.getRawUserInfo() == null ? "" : uri.getRawUserInfo();
        int colon = userInfo.indexOf(':');
        String user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
        String password = colon < 0 ? "" : decode(userInfo.substring(colon + 1));
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        String name = decode(path.startsWith("/") ? path.substring(1) : path);
        if (name.isEmpty()) {
            throw new ImproperlyConfigured("Database URL '" + uri + "' names no database; add it as the path, "
                    + "for example " + scheme + "://localhost/mydb.");
        }
        return new DatabaseSettings(engine, name, user, password, uri.getHost() == null ? "" : uri.getHost(),
                Math.max(uri.getPort(), 0), query(uri.getRawQuery()));
    }

    private static String sqlitePath(URI uri) {
        String specific = uri.getSchemeSpecificPart();
        if (specific.equals("//:memory:") || specific.equals(":memory:")) {
            return ":memory:";
        }
        if (specific.startsWith("///")) {
            return specific.substring(2);
        }
        if (specific.startsWith("//")) {
            return specific.substring(2);
        }
        return specific;
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> options = new LinkedHashMap<>();
        if (raw != null && !raw.isEmpty()) {
            for (String pair : raw.split("&")) {
                int equals = pair.indexOf('=');
                options.put(decode(equals < 0 ? pair : pair.substring(0, equals)),
                        equals < 0 ? "" : decode(pair.substring(equals + 1)));
            }
        }
        return options;
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }

    /** Return a copy with {@code name} as the database name (used for test databases). */
    public DatabaseSettings withName(String newName) {
        return new DatabaseSettings(engine, newName, user, password, host, port, options, atomicRequests);
    }

    /** Return a copy whose requests run their views in a transaction on this database, or not. */
    public DatabaseSettings withAtomicRequests(boolean atomic) {
        return new DatabaseSettings(engine, name, user, password, host, port, options, atomic);
    }

    @Override
    public String toString() {
        // Never print the password: settings are shown by diffsettings and in error pages.
        return "DatabaseSettings[engine=" + engine + ", name=" + name + ", user=" + user + ", password="
                + (password.isEmpty() ? "" : "********") + ", host=" + host + ", port=" + port + ", options="
                + options + ", atomicRequests=" + atomicRequests + "]";
    }
}
