package dev.reinhardt.exceptions;

/**
 * Thrown when the database reports an error (Django's {@code DatabaseError});
 * wraps the driver's {@link java.sql.SQLException} and names the statement.
 */
public class DatabaseError extends RuntimeException {

    public DatabaseError(String message, Throwable cause) {
        super(message, cause);
    }

    public DatabaseError(String message) {
        super(message);
    }
}
