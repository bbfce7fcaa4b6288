package dev.reinhardt.exceptions;

/**
 * Thrown when a request cannot be served as sent, such as malformed JSON; the
 * web layer answers 400 Bad Request.
 *
 * <p>The message is written for the client and is shown in the response,
 * also when {@code debug} is off; put no internals in it.
 */
public class BadRequest extends RuntimeException {

    public BadRequest(String message) {
        super(message);
    }

    public BadRequest(String message, Throwable cause) {
        super(message, cause);
    }
}
