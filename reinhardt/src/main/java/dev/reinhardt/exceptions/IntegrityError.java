package dev.reinhardt.exceptions;

/**
 * Thrown when a statement violates a constraint: unique, not null, check or
 * foreign key (Django's {@code IntegrityError}).
 */
public class IntegrityError extends DatabaseError {

    public IntegrityError(String message, Throwable cause) {
        super(message, cause);
    }
}
