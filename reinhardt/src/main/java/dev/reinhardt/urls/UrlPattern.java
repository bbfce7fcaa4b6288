package dev.reinhardt.urls;

/**
 * One entry of a urlconf: a route to a view, or an included urlconf. Made
 * by {@link Urls#path}, {@link Urls#rePath} and {@link Urls#include}.
 */
public sealed interface UrlPattern permits Endpoint, Include {

    /** Return the route as written, such as {@code "articles/<int:year>/"}. */
    String route();

    /** Return the pattern's name, or null; includes have none. */
    String name();
}
