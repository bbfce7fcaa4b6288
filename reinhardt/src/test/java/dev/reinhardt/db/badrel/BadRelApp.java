package dev.reinhardt.db.badrel;

import dev.reinhardt.apps.AppConfig;

/** An app whose model relates to a model that does not exist. */
public final class BadRelApp extends AppConfig {
}
