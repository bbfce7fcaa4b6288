package dev.reinhardt.middleware;

import dev.reinhardt.conf.Settings;
import dev.reinhardt.core.handlers.Handler;
import dev.reinhardt.core.handlers.Middleware;
import dev.reinhardt.http.HttpRequest;
import dev.reinhardt.http.HttpResponse;

import java.util.Locale;

/**
 * Forbid other sites to frame the pages (Django's clickjacking middleware):
 * sets X-Frame-Options to the {@code xFrameOptions} setting ("DENY" by
 * default) unless the view set it already.
 */
public final class XFrameOptionsMiddleware implements Middleware {

    private final Handler next;
    private final String value;

    public XFrameOptionsMiddleware(Handler next, Settings settings) {
        this.next = next;
        this.value = settings.xFrameOptions().toUpperCase(Locale.ROOT);
    }

    @Override
    public HttpResponse handle(HttpRequest request) {
        HttpResponse response = next.handle(request);
        return response.headerIfAbsent("X-Frame-Options", value);
    }
}
