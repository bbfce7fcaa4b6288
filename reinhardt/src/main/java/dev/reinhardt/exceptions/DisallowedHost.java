package dev.reinhardt.exceptions;

/** Thrown when a request's Host is not one of the {@code allowedHosts} or is not a valid host name. */
public class DisallowedHost extends SuspiciousOperation {

    public DisallowedHost(String message) {
        super(message);
    }
}
