package bench.baseline;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * A PostgreSQL database URL as found in {@code DATABASE_URL}
 * ({@code postgres://user:password@host:port/name?poolSize=10}), parsed by hand
 * so that the baseline server needs nothing of Reinhardt.
 *
 * @param jdbcUrl  the pgjdbc URL of the database
 * @param user     the user name, empty for none
 * @param password the password, empty for none
 * @param poolSize the connection pool size ({@code poolSize} query parameter, default 10, as Reinhardt's)
 */
public record PostgresUrl(String jdbcUrl, String user, String password, int poolSize) {

    /** The database URL used when {@code DATABASE_URL} is not set. */
    public static final String DEFAULT = "postgres://postgres@127.0.0.1:5432/reinhardt_bench";

    /** Return the URL in {@code DATABASE_URL}, or {@link #DEFAULT}. */
    public static String fromEnvironment() {
        String url = System.getenv("DATABASE_URL");
        return url == null || url.isBlank() ? DEFAULT : url;
    }

    /**
     * Parse {@code url}.
     *
     * @throws IllegalArgumentException when it is not a postgres:// URL naming a database
     */
    public static PostgresUrl parse(String url) {
        URI uri = URI.create(url);
        if (!"postgres".equals(uri.getScheme()) && !"postgresql".equals(uri.getScheme())) {
            throw new IllegalArgumentException("The benchmark needs a PostgreSQL URL such as " + DEFAULT
                    + ", not '" + url + "'. Set DATABASE_URL.");
        }
        String name = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
        if (name.isEmpty()) {
            throw new IllegalArgumentException("The database URL '" + url + "' names no database; add it as the path.");
        }
        String userInfo = uri.getRawUserInfo() == null ? "" : uri.getRawUserInfo();
        int colon = userInfo.indexOf(':');
        String user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
        String password = colon < 0 ? "" : decode(userInfo.substring(colon + 1));
        int poolSize = 10;
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                if (pair.startsWith("poolSize=")) {
                    poolSize = Integer.parseInt(pair.substring("poolSize=".length()));
                }
            }
        }
        String host = uri.getHost() == null ? "127.0.0.1" : uri.getHost();
        int port = uri.getPort() < 0 ? 5432 : uri.getPort();
        return new PostgresUrl("jdbc:postgresql://" + host + ":" + port + "/" + name, user, password, poolSize);
    }

    /** Return the pgjdbc URL of the {@code postgres} maintenance database on the same server. */
    public String maintenanceJdbcUrl() {
        return jdbcUrl.substring(0, jdbcUrl.lastIndexOf('/') + 1) + "postgres";
    }

    /** Return the database name. */
    public String databaseName() {
        return jdbcUrl.substring(jdbcUrl.lastIndexOf('/') + 1);
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
