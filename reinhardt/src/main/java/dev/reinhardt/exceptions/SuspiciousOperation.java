package dev.reinhardt.exceptions;

/**
 * Thrown when a request looks hostile or broken: a forged Host header, a path
 * that tries to climb out of its directory, too many form fields.
 *
 * <p>The web layer answers it with 400 Bad Request and logs it on the logger
 * {@code dev.reinhardt.security.<SimpleClassName>}; the message goes to the
 * log only, never to the client.
 */
public class SuspiciousOperation extends RuntimeException {

    public SuspiciousOperation(String message) {
        super(message);
    }
}
