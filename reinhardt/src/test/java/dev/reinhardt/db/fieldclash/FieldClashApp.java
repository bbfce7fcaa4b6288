package dev.reinhardt.db.fieldclash;

import dev.reinhardt.apps.AppConfig;

/** An app whose model declares a field its abstract base declares too. */
public final class FieldClashApp extends AppConfig {
}
