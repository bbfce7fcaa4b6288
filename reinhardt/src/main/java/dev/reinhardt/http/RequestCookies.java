package dev.reinhardt.http;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Parse Cookie headers leniently, as browsers send them (Django's {@code parse_cookie}). */
final class RequestCookies {

    private RequestCookies() {
    }

    static Map<String, String> parse(List<String> headers) {
        if (headers.isEmpty()) {
            return Map.of();
        }
        Map<String, String> cookies = new LinkedHashMap<>();
        for (String header : headers) {
            for (String chunk : header.split(";")) {
                int equals = chunk.indexOf('=');
                String name = (equals < 0 ? "" : chunk.substring(0, equals)).strip();
                String value = (equals < 0 ? chunk : chunk.substring(equals + 1)).strip();
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1);
                }
                if (!name.isEmpty() || !value.isEmpty()) {
                    cookies.put(name, value);
                }
            }
        }
        return Collections.unmodifiableMap(cookies);
    }
}
