package dev.reinhardt.exceptions;

/**
 * Thrown when a request body is larger than {@code dataUploadMaxMemorySize}.
 * Unlike its parent it is answered with 413 Content Too Large, which tells
 * the client exactly what to change.
 */
public class RequestDataTooBig extends SuspiciousOperation {

    public RequestDataTooBig(String message) {
        super(message);
    }
}
