package dev.reinhardt.middleware;

import dev.reinhardt.core.handlers.Handler;
import dev.reinhardt.core.handlers.Middleware;
import dev.reinhardt.http.HttpDates;
import dev.reinhardt.http.HttpRequest;
import dev.reinhardt.http.HttpResponse;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * Answer conditional GETs (Django's {@code ConditionalGetMiddleware}): adds
 * an ETag (MD5 of the content) to responses without one, unless
 * {@code Cache-Control: no-store}; then evaluates If-Match,
 * If-Unmodified-Since, If-None-Match and If-Modified-Since in RFC 9110
 * order, answering 304 Not Modified or 412 Precondition Failed.
 */
public final class ConditionalGetMiddleware implements Middleware {

    private static final String[] KEPT_ON_304 = {
        "Cache-Control", "Content-Location", "Date", "ETag", "Expires", "Last-Modified", "Vary"
    };

    private final Handler next;

    public ConditionalGetMiddleware(Handler next) {
        this.next = next;
    }

    @Override
    public HttpResponse handle(HttpRequest request) {
        HttpResponse response = next.handle(request);
        if (!request.method().equals("GET")) {
            return response;
        }
        if (!response.hasHeader("ETag") && !response.isStreaming() && response.content().length > 0
                && !noStore(response.header("Cache-Control"))) {
            response.header("ETag", "\"" + md5(response.content()) + "\"");
        }
        String etag = response.header("ETag");
        Instant lastModified = HttpDates.parse(response.header("Last-Modified"));
        if (etag == null && lastModified == null) {
            return response;
        }
        return conditional(request, etag, lastModified, response);
    }

    private static HttpResponse conditional(HttpRequest request, String etag, Instant lastModified, HttpResponse response) {
        if (response.status() < 200 || response.status() >= 300) {
            return response;
        }
        String ifMatch = request.headers().get("If-Match");
        Instant ifUnmodifiedSince = HttpDates.parse(request.headers().get("If-Unmodified-Since"));
        String ifNoneMatch = request.headers().get("If-None-Match");
        Instant ifModifiedSince = HttpDates.parse(request.headers().get("If-Modified-Since"));
        if (ifMatch != null && (etag == null || !ResponseHeaders.etagListMatches(ifMatch, etag, false))) {
            return new HttpResponse(new byte[0], null, 412);
        }
        if (ifMatch == null && ifUnmodifiedSince != null && lastModified != null && lastModified.isAfter(ifUnmodifiedSince)) {
            return new HttpResponse(new byte[0], null, 412);
        }
        if (ifNoneMatch != null && etag != null && ResponseHeaders.etagListMatches(ifNoneMatch, etag, true)) {
            return ResponseHeaders.isSafeMethod(request.method()) ? notModified(response)
                    : new HttpResponse(new byte[0], null, 412);
        }
        if (ifNoneMatch == null && ifModifiedSince != null && lastModified != null
                && !lastModified.isAfter(ifModifiedSince)) {
            return notModified(response);
        }
        return response;
    }

    private static HttpResponse notModified(HttpResponse original) {
        HttpResponse response = HttpResponse.notModified();
        for (String name : KEPT_ON_304) {
            String value = original.header(name);
            if (value != null) {
                response.header(name, value);
            }
        }
        original.cookies().forEach(response::setCookie);
        return response;
    }

    private static boolean noStore(String cacheControl) {
        return cacheControl != null && cacheControl.toLowerCase(java.util.Locale.ROOT).contains("no-store");
    }

    private static String md5(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has MD5", e);
        }
    }
}
