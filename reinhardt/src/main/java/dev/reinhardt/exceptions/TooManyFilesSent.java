package dev.reinhardt.exceptions;

/** Thrown when a multipart form has more files than {@code dataUploadMaxNumberFiles}. */
public class TooManyFilesSent extends SuspiciousOperation {

    public TooManyFilesSent(String message) {
        super(message);
    }
}
