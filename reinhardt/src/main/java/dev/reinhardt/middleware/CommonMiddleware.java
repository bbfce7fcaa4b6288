package dev.reinhardt.middleware;

import dev.reinhardt.conf.Settings;
import dev.reinhardt.core.handlers.Handler;
import dev.reinhardt.core.handlers.Middleware;
import dev.reinhardt.http.HttpRequest;
import dev.reinhardt.http.HttpResponse;
import dev.reinhardt.http.HttpResponsePermanentRedirect;
import dev.reinhardt.urls.UrlResolver;

/**
 * The common URL rules (Django's {@code CommonMiddleware}): validates the
 * Host of every request against {@code allowedHosts} (a bad one is 400),
 * redirects to the {@code www.} host when {@code prependWww}, and when
 * {@code appendSlash} turns a 404 for {@code /path} into a 301 to
 * {@code /path/}, query string kept, if {@code /path/} resolves.
 */
public final class CommonMiddleware implements Middleware {

    private final Handler next;
    private final boolean appendSlash;
    private final boolean prependWww;
    private final boolean debug;
    private final UrlResolver resolver;

    public CommonMiddleware(Handler next, Settings settings) {
        this.next = next;
        this.appendSlash = settings.appendSlash();
        this.prependWww = settings.prependWww();
        this.debug = settings.debug();
        this.resolver = UrlResolver.forSettings(settings);
    }

    @Override
    public HttpResponse handle(HttpRequest request) {
        String host = request.getHost();
        if (prependWww && !host.startsWith("www.")) {
            String path = shouldRedirectWithSlash(request) ? request.getFullPath(true) : request.getFullPath();
            return new HttpResponsePermanentRedirect(request.scheme() + "://www." + host + path);
        }
        HttpResponse response = next.handle(request);
        if (response.status() == 404 && shouldRedirectWithSlash(request)) {
            if (debug && (request.method().equals("POST") || request.method().equals("PUT")
                    || request.method().equals("PATCH"))) {
                throw new IllegalStateException("You called this URL via " + request.method() + ", but the URL doesn't "
                        + "end in a slash and you have appendSlash on. Reinhardt can't redirect to the slash URL while "
                        + "keeping " + request.method() + " data. Change your form to point to " + host
                        + request.path() + "/ (note the trailing slash), or set appendSlash = false in your settings.");
            }
            return new HttpResponsePermanentRedirect(request.getFullPath(true));
        }
        return response;
    }

    private boolean shouldRedirectWithSlash(HttpRequest request) {
        String path = request.pathInfo();
        return appendSlash && !path.endsWith("/") && resolver.match(path) == null && resolver.match(path + "/") != null;
    }
}
