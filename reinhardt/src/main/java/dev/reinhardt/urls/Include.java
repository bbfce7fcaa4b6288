package dev.reinhardt.urls;

import java.util.List;

/** A route prefix in front of other patterns, with optional application and instance namespaces. */
record Include(RoutePattern pattern, List<UrlPattern> patterns, String appName, String namespace)
        implements UrlPattern {

    @Override
    public String route() {
        return pattern.source();
    }

    @Override
    public String name() {
        return null;
    }
}
