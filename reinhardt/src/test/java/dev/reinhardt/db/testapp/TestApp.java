package dev.reinhardt.db.testapp;

import dev.reinhardt.apps.AppConfig;

/** The app of the ORM tests' models; its label makes tables {@code testapp_<model>}. */
public final class TestApp extends AppConfig {
}
