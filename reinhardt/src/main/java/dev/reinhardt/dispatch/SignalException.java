package dev.reinhardt.dispatch;

/** Wraps a checked exception thrown by a receiver during {@link Signal#send(Object, Object)}. */
public class SignalException extends RuntimeException {

    public SignalException(String message, Throwable cause) {
        super(message, cause);
    }
}
