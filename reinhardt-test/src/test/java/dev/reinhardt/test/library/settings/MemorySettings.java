package dev.reinhardt.test.library.settings;

import dev.reinhardt.conf.DatabaseSettings;

import java.nio.file.Path;
import java.util.Map;

/** The library on an in-memory SQLite database. */
public class MemorySettings extends LibrarySettings {

    public MemorySettings() {
        databases = Map.of("default", DatabaseSettings.sqlite(Path.of(":memory:")));
    }
}
