/**
 * Schema migrations (Django's {@code django.db.migrations}): change a model,
 * run {@code makemigrations}, review the generated Java class, run
 * {@code migrate}.
 *
 * <p>Migrations are {@link dev.reinhardt.db.migrations.Migration} classes in
 * each app's {@code migrations} package, compiled with the project. The
 * {@link dev.reinhardt.db.migrations.MigrationLoader} finds them and builds
 * the {@link dev.reinhardt.db.migrations.MigrationGraph}; replaying their
 * operations gives the project state, which the
 * {@link dev.reinhardt.db.migrations.Autodetector} compares with the current
 * models and the {@link dev.reinhardt.db.migrations.MigrationWriter} turns
 * into new classes. The {@link dev.reinhardt.db.migrations.MigrationExecutor}
 * applies and unapplies them, one transaction each, recording them in
 * {@code reinhardt_migrations}; {@link dev.reinhardt.db.migrations.Migrations}
 * does a whole {@code migrate} in one call.
 *
 * <p>Part of the ORM: depends on models and backends, never on the web layer.
 */
package dev.reinhardt.db.migrations;
