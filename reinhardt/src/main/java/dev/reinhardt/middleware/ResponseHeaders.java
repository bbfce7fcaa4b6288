package dev.reinhardt.middleware;

import dev.reinhardt.http.HttpResponse;

import java.util.Locale;

/** Small helpers on response headers shared by the middleware (Django's {@code django.utils.cache}). */
final class ResponseHeaders {

    private ResponseHeaders() {
    }

    /** Add {@code header} to the Vary header unless it is listed already. */
    static void patchVary(HttpResponse response, String header) {
        String vary = response.header("Vary");
        if (vary == null || vary.isBlank()) {
            response.header("Vary", header);
            return;
        }
        for (String existing : vary.split(",")) {
            String name = existing.strip();
            if (name.equals("*") || name.equalsIgnoreCase(header)) {
                return;
            }
        }
        response.header("Vary", vary + ", " + header);
    }

    /** Return whether an If-None-Match or If-Match list matches {@code etag}; weak comparison when {@code weak}. */
    static boolean etagListMatches(String list, String etag, boolean weak) {
        if (list.strip().equals("*")) {
            return true;
        }
        String target = weak ? stripWeak(etag) : etag;
        for (String candidate : list.split(",")) {
            String tag = candidate.strip();
            if (weak ? stripWeak(tag).equals(target) : (!tag.startsWith("W/") && tag.equals(target))) {
                return true;
            }
        }
        return false;
    }

    static boolean isSafeMethod(String method) {
        return method.equals("GET") || method.equals("HEAD");
    }

    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String coding : acceptEncoding.toLowerCase(Locale.ROOT).split(",")) {
            String[] parts = coding.split(";");
            if (parts[0].strip().equals("gzip")) {
                return parts.length < 2 || !parts[1].replace(" ", "").matches("q=0(\\.0*)?");
            }
        }
        return false;
    }

    private static String stripWeak(String etag) {
        return etag.startsWith("W/") ? etag.substring(2) : etag;
    }
}
