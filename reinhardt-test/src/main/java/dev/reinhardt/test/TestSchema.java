package dev.reinhardt.test;

import dev.reinhardt.apps.AppConfig;
import dev.reinhardt.apps.Apps;
import dev.reinhardt.db.backends.base.DatabaseWrapper;
import dev.reinhardt.db.backends.base.SchemaEditor;
import dev.reinhardt.db.models.Model;
import dev.reinhardt.db.models.Options;

/**
 * Give a fresh test database the tables of the installed apps: the one place
 * that decides how a test database gets its schema (Django's
 * {@code create_test_db} running {@code migrate}).
 *
 * <p>What happens today: for every installed app, in {@code installedApps}
 * order, each registered model's table, with its indexes and constraints, is
 * created straight from the model through the backend's schema editor —
 * Django's behaviour for an app that has no migrations
 * ({@code migrate --run-syncdb}). Migration files are not read yet. When the
 * migration framework can apply an app's {@code migrations} package, this
 * method applies them for the apps that have one and keeps creating tables
 * from the models only for the apps that have none, so that tests always run
 * against the schema the project deploys.
 */
final class TestSchema {

    private TestSchema() {
    }

    /** Create the installed apps' tables in the empty database {@code connection}. */
    static void create(DatabaseWrapper connection, Apps apps) {
        SchemaEditor editor = connection.schemaEditor();
        for (AppConfig app : apps.getAppConfigs()) {
            for (Class<?> model : app.getModels()) {
                editor.createTable(Options.of(model.asSubclass(Model.class)).tableSpec(connection));
            }
        }
    }
}
