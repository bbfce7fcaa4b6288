package dev.reinhardt.exceptions;

/** Thrown when a query string or form has more fields than {@code dataUploadMaxNumberFields}. */
public class TooManyFieldsSent extends SuspiciousOperation {

    public TooManyFieldsSent(String message) {
        super(message);
    }
}
