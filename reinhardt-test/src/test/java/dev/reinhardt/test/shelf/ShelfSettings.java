package dev.reinhardt.test.shelf;

import dev.reinhardt.conf.DatabaseSettings;
import dev.reinhardt.conf.Settings;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The shelf on SQLite; tests get a fresh database elsewhere. */
public class ShelfSettings extends Settings {

    public ShelfSettings() {
        secretKey = "shelf-test-key";
        installedApps = List.of(ShelfConfig.class);
        databases = Map.of("default", DatabaseSettings.sqlite(Path.of("shelf.sqlite3")));
    }

    /** The shelf on PostgreSQL, in a test database derived from {@code REINHARDT_TEST_PG_DATABASE}. */
    public static class OnPostgres extends ShelfSettings {
        public OnPostgres() {
            String name = System.getenv("REINHARDT_TEST_PG_DATABASE");
            databases = Map.of("default", DatabaseSettings.postgresql(name == null || name.isBlank() ? "test" : name,
                    "postgres", "", "127.0.0.1", 5432));
        }
    }
}
