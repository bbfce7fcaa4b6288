package dev.reinhardt.db.migrations;

import dev.reinhardt.apps.AppConfig;
import dev.reinhardt.db.migrations.state.HistoricalApps;
import dev.reinhardt.dispatch.Signal;

import java.util.List;

/**
 * The signals {@code migrate} sends for every installed app (Django's
 * {@code pre_migrate} and {@code post_migrate}); the sender is the app's
 * {@link AppConfig}. Apps use {@link #postMigrate} to create the rows they
 * need, such as default groups:
 *
 * <pre>{@code
 * @Override public void ready() {
 *     MigrationSignals.postMigrate.connect((sender, event) -> {
 *         HistoricalModel group = event.apps().getModel("accounts", "Group");
 *         if (!group.objects().filter("name", "staff").exists()) {
 *             group.objects().create(Map.of("name", "staff"));
 *         }
 *     }, this);
 * }
 * }</pre>
 *
 * <p>Receivers must be idempotent: the signals are sent on every
 * {@code migrate}, even when there was nothing to apply.
 */
public final class MigrationSignals {

    /** Sent before migrations run, once per installed app. */
    public static final Signal<MigrateEvent> preMigrate = new Signal<>("preMigrate");
    /** Sent after migrations ran (and unmigrated apps' tables were created), once per installed app. */
    public static final Signal<MigrateEvent> postMigrate = new Signal<>("postMigrate");

    private MigrationSignals() {
    }

    /**
     * One {@code migrate} run, as seen by one app.
     *
     * @param app         the app the signal is sent for
     * @param using       the database alias
     * @param plan        the steps of the run
     * @param apps        the historical models: before the run for {@code preMigrate}, after it for {@code postMigrate}
     * @param verbosity   the verbosity of the command, 0 to 3
     * @param interactive whether the user may be asked questions
     */
    public record MigrateEvent(AppConfig app, String using, List<PlanStep> plan, HistoricalApps apps, int verbosity,
                               boolean interactive) {
    }
}
