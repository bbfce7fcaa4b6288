package dev.reinhardt.test.library.settings;

import dev.reinhardt.conf.DatabaseSettings;
import dev.reinhardt.conf.Settings;
import dev.reinhardt.test.library.LibraryConfig;
import dev.reinhardt.test.library.Urls;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The library on SQLite; the file named here is never opened: tests get a fresh copy elsewhere. */
public class LibrarySettings extends Settings {

    public LibrarySettings() {
        secretKey = "library-test-key";
        installedApps = List.of(LibraryConfig.class);
        rootUrlconf = Urls.class;
        databases = Map.of("default", DatabaseSettings.sqlite(Path.of("library.sqlite3")));
    }
}
