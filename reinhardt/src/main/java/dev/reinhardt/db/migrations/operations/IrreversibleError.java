package dev.reinhardt.db.migrations.operations;

/** Thrown when a migration is unapplied but one of its operations cannot be undone. */
public class IrreversibleError extends RuntimeException {

    public IrreversibleError(String message) {
        super(message);
    }
}
