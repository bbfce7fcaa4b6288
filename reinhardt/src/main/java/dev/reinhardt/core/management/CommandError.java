package dev.reinhardt.core.management;

/**
 * Thrown by a command to stop with a message for the user (Django's
 * {@code CommandError}): printed as one line, without a stack trace unless
 * {@code --traceback} was given.
 */
public class CommandError extends RuntimeException {

    private final int exitCode;

    public CommandError(String message) {
        this(message, 1);
    }

    public CommandError(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    public CommandError(String message, Throwable cause) {
        super(message, cause);
        this.exitCode = 1;
    }

    /** Return the exit status the process ends with. */
    public int exitCode() {
        return exitCode;
    }
}
