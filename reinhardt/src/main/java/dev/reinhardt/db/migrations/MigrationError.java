package dev.reinhardt.db.migrations;

/**
 * A problem with the migrations themselves: a missing dependency, a cycle,
 * conflicting leaf migrations, an inconsistent history or an impossible
 * plan. The message names the migrations involved and what to do next.
 */
public class MigrationError extends RuntimeException {

    public MigrationError(String message) {
        super(message);
    }

    public MigrationError(String message, Throwable cause) {
        super(message, cause);
    }
}
