package dev.reinhardt.middleware;

import dev.reinhardt.conf.Settings;
import dev.reinhardt.core.handlers.Handler;
import dev.reinhardt.core.handlers.Middleware;
import dev.reinhardt.http.HttpRequest;
import dev.reinhardt.http.HttpResponse;
import dev.reinhardt.http.HttpResponsePermanentRedirect;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Security headers and HTTPS (Django's {@code SecurityMiddleware}):
 * redirects plain HTTP to HTTPS when {@code secureSslRedirect} (except paths
 * matching {@code secureRedirectExempt}), sends HSTS on HTTPS responses when
 * {@code secureHstsSeconds > 0}, and sets X-Content-Type-Options: nosniff,
 * Referrer-Policy and Cross-Origin-Opener-Policy unless the view set them.
 */
public final class SecurityMiddleware implements Middleware {

    private final Handler next;
    private final boolean sslRedirect;
    private final String sslHost;
    private final List<Pattern> redirectExempt;
    private final String hsts;
    private final boolean nosniff;
    private final String referrerPolicy;
    private final String openerPolicy;

    public SecurityMiddleware(Handler next, Settings settings) {
        this.next = next;
        this.sslRedirect = settings.secureSslRedirect();
        this.sslHost = settings.secureSslHost();
        this.redirectExempt = settings.secureRedirectExempt().stream().map(Pattern::compile).toList();
        long seconds = settings.secureHstsSeconds();
        this.hsts = seconds <= 0 ? null : "max-age=" + seconds
                + (settings.secureHstsIncludeSubdomains() ? "; includeSubDomains" : "")
                + (settings.secureHstsPreload() ? "; preload" : "");
        this.nosniff = settings.secureContentTypeNosniff();
        this.referrerPolicy = settings.secureReferrerPolicy();
        this.openerPolicy = settings.secureCrossOriginOpenerPolicy();
    }

    @Override
    public HttpResponse handle(HttpRequest request) {
        if (sslRedirect && !request.isSecure() && !isExempt(request.pathInfo().substring(1))) {
            String host = sslHost != null ? sslHost : request.getHost();
            return new HttpResponsePermanentRedirect("https://" + host + request.getFullPath());
        }
        HttpResponse response = next.handle(request);
        if (hsts != null && request.isSecure()) {
            response.headerIfAbsent("Strict-Transport-Security", hsts);
        }
        if (nosniff) {
            response.headerIfAbsent("X-Content-Type-Options", "nosniff");
        }
        if (referrerPolicy != null) {
            response.headerIfAbsent("Referrer-Policy", referrerPolicy);
        }
        if (openerPolicy != null) {
            response.headerIfAbsent("Cross-Origin-Opener-Policy", openerPolicy);
        }
        return response;
    }

    private boolean isExempt(String path) {
        for (Pattern pattern : redirectExempt) {
            if (pattern.matcher(path).find()) {
                return true;
            }
        }
        return false;
    }
}
