package dev.reinhardt.db.throughrel;

import dev.reinhardt.apps.AppConfig;

/** An app whose join models hold several foreign keys to one side of their many-to-many relation. */
public final class ThroughRelApp extends AppConfig {
}
