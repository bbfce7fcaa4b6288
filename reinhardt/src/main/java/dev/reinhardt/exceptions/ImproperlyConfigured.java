package dev.reinhardt.exceptions;

/**
 * Thrown when the project is set up wrongly: a missing or broken settings
 * class, an unknown app, a required environment variable that is not set.
 *
 * <p>The message always names what is wrong and what to do about it; the
 * management commands print it as a single line.
 */
public class ImproperlyConfigured extends RuntimeException {

    public ImproperlyConfigured(String message) {
        super(message);
    }

    public ImproperlyConfigured(String message, Throwable cause) {
        super(message, cause);
    }
}
