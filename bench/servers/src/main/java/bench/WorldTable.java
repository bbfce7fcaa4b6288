package bench;

import bench.baseline.PostgresUrl;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Prepare the benchmark database (idempotent): create the database named by
 * {@code DATABASE_URL} if it is missing, and give it TechEmpower's
 * {@code world(id, randomnumber)} table with exactly the rows 1..10,000.
 *
 * <pre>{@code DATABASE_URL=postgres://postgres@127.0.0.1:5432/reinhardt_bench java -cp ... bench.WorldTable}</pre>
 */
public final class WorldTable {

    /** The number of rows of the world table. */
    public static final int ROWS = 10_000;

    private WorldTable() {
    }

    public static void main(String[] args) throws SQLException {
        PostgresUrl url = PostgresUrl.parse(PostgresUrl.fromEnvironment());
        createDatabaseIfMissing(url);
        try (Connection connection = DriverManager.getConnection(url.jdbcUrl(), url.user(), url.password());
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS world (id integer NOT NULL PRIMARY KEY, "
                    + "randomnumber integer NOT NULL DEFAULT 0)");
            statement.execute("DELETE FROM world WHERE id < 1 OR id > " + ROWS);
            int added = statement.executeUpdate("INSERT INTO world (id, randomnumber) "
                    + "SELECT g, floor(random() * " + ROWS + " + 1)::integer FROM generate_series(1, " + ROWS + ") g "
                    + "ON CONFLICT (id) DO NOTHING");
            if (added > 0) {
                statement.execute("ANALYZE world");
            }
            System.out.println("world: " + ROWS + " rows in " + url.databaseName() + " (" + added + " added)");
        }
    }

    private static void createDatabaseIfMissing(PostgresUrl url) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url.maintenanceJdbcUrl(), url.user(), url.password());
             Statement statement = connection.createStatement()) {
            String name = url.databaseName();
            if (!name.matches("[A-Za-z0-9_]+")) {
                throw new IllegalArgumentException("Use a database name of letters, digits and underscores, not '"
                        + name + "'.");
            }
            try (ResultSet rs = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            statement.execute("CREATE DATABASE " + name);
            System.out.println("created database " + name);
        }
    }
}
