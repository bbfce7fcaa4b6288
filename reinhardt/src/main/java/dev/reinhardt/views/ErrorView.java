package dev.reinhardt.views;

import dev.reinhardt.http.HttpRequest;
import dev.reinhardt.http.HttpResponse;

/**
 * A view rendering an error page (Django's {@code handler404} and friends),
 * given the exception that caused it; returned by the root urlconf.
 */
@FunctionalInterface
public interface ErrorView {

    /** Return the error response for {@code request}, which failed with {@code exception}. */
    HttpResponse handle(HttpRequest request, Throwable exception) throws Exception;
}
