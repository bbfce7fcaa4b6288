package dev.reinhardt.test.library;

import dev.reinhardt.apps.AppConfig;

/** The test tools' own app: books and members, a few views. Its tables are {@code library_<model>}. */
public final class LibraryConfig extends AppConfig {
}
