package dev.reinhardt.db.clashrel;

import dev.reinhardt.apps.AppConfig;

/** An app with two foreign keys to one model and no related names. */
public final class ClashRelApp extends AppConfig {
}
