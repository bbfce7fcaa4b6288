package dev.reinhardt.test;

import dev.reinhardt.apps.Apps;
import dev.reinhardt.db.backends.base.DatabaseWrapper;
import dev.reinhardt.db.migrations.Migrations;

/**
 * Give a fresh test database the tables of the installed apps: the one place
 * that decides how a test database gets its schema (Django's
 * {@code create_test_db} running {@code migrate}).
 *
 * <p>Apps with a {@code migrations} package get their schema by applying
 * those migrations, so tests run against the schema the project deploys;
 * apps without one get their tables straight from their models (Django's
 * {@code migrate --run-syncdb}). {@code preMigrate} and {@code postMigrate}
 * are sent, so default rows created by receivers exist in tests too.
 */
final class TestSchema {

    private TestSchema() {
    }

    /** Build the installed apps' schema in the empty database {@code connection}. */
    static void create(DatabaseWrapper connection, Apps apps) {
        Migrations.migrate(connection, apps);
    }
}
