package dev.reinhardt.http;

/** Thrown by a view for a resource that does not exist; the handler answers 404 Not Found. */
public class Http404 extends RuntimeException {

    public Http404() {
        super("Not found.");
    }

    public Http404(String message) {
        super(message);
    }
}
