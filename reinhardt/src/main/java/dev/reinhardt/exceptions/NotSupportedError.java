package dev.reinhardt.exceptions;

/**
 * Thrown when a query asks for something the ORM or the database does not
 * support (Django's {@code NotSupportedError}), such as filtering after {@code union()}.
 */
public class NotSupportedError extends DatabaseError {

    public NotSupportedError(String message) {
        super(message);
    }
}
