package dev.reinhardt.db.migrations;

/**
 * One step of a migration plan: a migration to apply, or to unapply.
 *
 * @param migration the migration
 * @param backwards whether it is unapplied
 */
public record PlanStep(Migration migration, boolean backwards) {

    @Override
    public String toString() {
        return (backwards ? "unapply " : "apply ") + migration.key();
    }
}
