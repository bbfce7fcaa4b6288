package dev.reinhardt.db.managerclash;

import dev.reinhardt.apps.AppConfig;

/** An app whose models each declare their managers wrongly in one way. */
public final class ManagerClashApp extends AppConfig {
}
