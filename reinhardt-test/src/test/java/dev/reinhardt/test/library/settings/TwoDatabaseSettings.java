package dev.reinhardt.test.library.settings;

import dev.reinhardt.conf.DatabaseSettings;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The library with a second alias, {@code "other"}. */
public class TwoDatabaseSettings extends LibrarySettings {

    public TwoDatabaseSettings() {
        Map<String, DatabaseSettings> both = new LinkedHashMap<>();
        both.put("default", DatabaseSettings.sqlite(Path.of("library.sqlite3")));
        both.put("other", DatabaseSettings.sqlite(Path.of("archive.sqlite3")));
        databases = both;
    }
}
