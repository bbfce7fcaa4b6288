package dev.reinhardt.db.holderrel;

import dev.reinhardt.apps.AppConfig;

/** An app with a related manager field that matches no relation. */
public final class HolderRelApp extends AppConfig {
}
