package dev.reinhardt.exceptions;

/**
 * Thrown when a query names a field, lookup or expression that does not
 * exist or cannot be used there; the message names the valid choices.
 */
public class FieldError extends RuntimeException {

    public FieldError(String message) {
        super(message);
    }
}
