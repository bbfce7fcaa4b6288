package dev.reinhardt.test.library.settings;

import dev.reinhardt.conf.DatabaseSettings;

import java.util.Map;

/**
 * The library on PostgreSQL at 127.0.0.1:5432. The database is {@code test},
 * or the one named by {@code REINHARDT_TEST_PG_DATABASE}; tests run in
 * {@code test_<that name>}, which the tools create and drop.
 */
public class PostgresSettings extends LibrarySettings {

    public PostgresSettings() {
        databases = Map.of("default", DatabaseSettings.postgresql(baseName(), "postgres", "", "127.0.0.1", 5432));
    }

    /** Return the name the test databases are derived from. */
    public static String baseName() {
        String name = System.getenv("REINHARDT_TEST_PG_DATABASE");
        return name == null || name.isBlank() ? "test" : name;
    }
}
