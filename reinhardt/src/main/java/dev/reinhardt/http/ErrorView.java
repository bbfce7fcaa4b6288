package dev.reinhardt.http;

/**
 * A view rendering an error page (Django's {@code handler404} and friends),
 * given the exception that caused it; returned by the root urlconf.
 */
@FunctionalInterface
public interface ErrorView {

    /** Return the error response for {@code request}, which failed with {@code exception}. */
    HttpResponse handle(HttpRequest request, Throwable exception) throws Exception;
}
