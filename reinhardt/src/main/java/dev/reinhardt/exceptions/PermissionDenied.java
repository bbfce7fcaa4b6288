package dev.reinhardt.exceptions;

/** Thrown when the user may not do what the request asks; the web layer answers 403 Forbidden. */
public class PermissionDenied extends RuntimeException {

    public PermissionDenied() {
        super("Permission denied.");
    }

    public PermissionDenied(String message) {
        super(message);
    }
}
