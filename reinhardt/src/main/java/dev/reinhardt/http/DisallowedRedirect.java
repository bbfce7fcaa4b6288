package dev.reinhardt.http;

import dev.reinhardt.exceptions.SuspiciousOperation;

/** Thrown when a redirect would send the client to an unsafe scheme such as {@code javascript:}. */
public class DisallowedRedirect extends SuspiciousOperation {

    public DisallowedRedirect(String message) {
        super(message);
    }
}
