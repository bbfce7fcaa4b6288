package dev.reinhardt.apps;

/** Thrown when an app label or model name is not in the registry; the message lists the choices. */
public class LookupException extends RuntimeException {

    public LookupException(String message) {
        super(message);
    }
}
