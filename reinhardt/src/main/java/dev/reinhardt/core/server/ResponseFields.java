package dev.reinhardt.core.server;

import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.PreEncodedHttpField;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Jetty header fields for a response's header lines, reused across
 * responses for the headers whose values repeat: the Content-Type of a view,
 * the security headers the middleware adds. A reused field is encoded once
 * and written as bytes, instead of being looked up and encoded per response.
 * Headers whose values vary (Location, ETag, Set-Cookie ...) get a new field
 * each time. Thread-safe.
 */
final class ResponseFields {

    /** The most values kept per header name, so a view varying one of them cannot grow the cache without end. */
    private static final int MAX_VALUES_PER_NAME = 64;

    private static final Map<String, Map<String, HttpField>> REPEATING = Map.ofEntries(
            repeating("Content-Type"),
            repeating("X-Frame-Options"),
            repeating("X-Content-Type-Options"),
            repeating("Referrer-Policy"),
            repeating("Cross-Origin-Opener-Policy"),
            repeating("Strict-Transport-Security"),
            repeating("Vary"),
            repeating("Cache-Control"),
            repeating("Content-Language"),
            repeating("Content-Encoding"),
            repeating("Allow"));

    private ResponseFields() {
    }

    /** Return a field for the header line {@code name: value}. */
    static HttpField of(String name, String value) {
        Map<String, HttpField> values = REPEATING.get(name);
        if (values == null) {
            return new HttpField(name, value);
        }
        HttpField field = values.get(value);
        if (field == null) {
            field = new PreEncodedHttpField(name, value);
            if (values.size() < MAX_VALUES_PER_NAME) {
                values.putIfAbsent(value, field);
            }
        }
        return field;
    }

    private static Map.Entry<String, Map<String, HttpField>> repeating(String name) {
        return Map.entry(name, new ConcurrentHashMap<>());
    }
}
