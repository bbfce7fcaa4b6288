package dev.reinhardt.db.relapp;

import dev.reinhardt.apps.AppConfig;

/** The app of the relation tests' models; its label makes tables {@code relapp_<model>}. */
public final class RelApp extends AppConfig {
}
