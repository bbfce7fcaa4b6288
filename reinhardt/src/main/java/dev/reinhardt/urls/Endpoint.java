package dev.reinhardt.urls;

import dev.reinhardt.http.View;

/** A route to a view. */
record Endpoint(RoutePattern pattern, View view, String name) implements UrlPattern {

    @Override
    public String route() {
        return pattern.source();
    }
}
