package dev.reinhardt.http;

import dev.reinhardt.exceptions.TooManyFieldsSent;

import java.net.URLEncoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The fields of a query string or an url-encoded form (Django's
 * {@code QueryDict}): immutable, ordered, with several values per key.
 *
 * <pre>{@code
 * QueryDict q = QueryDict.parse("tag=a&tag=b&page=2");
 * q.get("tag");      // "b"  (the last value)
 * q.getList("tag");  // ["a", "b"]
 * }</pre>
 */
public final class QueryDict extends MultiValueDict<String> {

    private static final QueryDict EMPTY = new QueryDict(Map.of());

    QueryDict(Map<String, List<String>> values) {
        super(values);
    }

    /** Return an empty QueryDict. */
    public static QueryDict empty() {
        return EMPTY;
    }

    /** Parse an {@code application/x-www-form-urlencoded} string as UTF-8, without a field limit. */
    public static QueryDict parse(String query) {
        return parse(query, StandardCharsets.UTF_8, null);
    }

    /**
     * Parse an {@code application/x-www-form-urlencoded} string; a field
     * without {@code =} has an empty value, and empty fields are skipped.
     *
     * @param maxFields the most fields allowed, or null for no limit
     * @throws TooManyFieldsSent when there are more than {@code maxFields} fields
     */
    public static QueryDict parse(String query, Charset charset, Integer maxFields) {
        if (query == null || query.isEmpty()) {
            return EMPTY;
        }
        MultiValueDict.Collector<String> fields = new MultiValueDict.Collector<>();
        int count = 0;
        int start = 0;
        int length = query.length();
        while (start <= length) {
            int end = nextSeparator(query, start);
            if (end > start) {
                count++;
                if (maxFields != null && count > maxFields) {
                    throw new TooManyFieldsSent("The number of GET/POST parameters exceeded dataUploadMaxNumberFields ("
                            + maxFields + ").");
                }
                int equals = query.indexOf('=', start);
                if (equals < 0 || equals > end) {
                    fields.add(decode(query.substring(start, end), charset), "");
                } else {
                    fields.add(decode(query.substring(start, equals), charset), decode(query.substring(equals + 1, end), charset));
                }
            }
            start = end + 1;
        }
        return new QueryDict(fields.build());
    }

    /** Return the fields as an url-encoded string, keys and values in order. */
    public String urlencode() {
        StringBuilder out = new StringBuilder();
        asMap().forEach((key, list) -> {
            for (String value : list) {
                if (!out.isEmpty()) {
                    out.append('&');
                }
                out.append(URLEncoder.encode(key, StandardCharsets.UTF_8)).append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        });
        return out.toString();
    }

    private static int nextSeparator(String query, int from) {
        // Only '&' separates fields (as in Django 3.2+); a ';' belongs to the value.
        int amp = query.indexOf('&', from);
        return amp < 0 ? query.length() : amp;
    }

    /** Decode '+' and %XX escapes; a malformed escape is kept literally, as browsers and Django do. */
    private static String decode(String text, Charset charset) {
        if (text.indexOf('%') < 0 && text.indexOf('+') < 0) {
            return text;
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '+') {
                bytes.write(' ');
            } else if (c == '%' && i + 2 < text.length()
                    && Character.digit(text.charAt(i + 1), 16) >= 0 && Character.digit(text.charAt(i + 2), 16) >= 0) {
                bytes.write(Character.digit(text.charAt(i + 1), 16) * 16 + Character.digit(text.charAt(i + 2), 16));
                i += 2;
            } else {
                byte[] encoded = String.valueOf(c).getBytes(charset);
                if (Character.isHighSurrogate(c) && i + 1 < text.length()) {
                    encoded = text.substring(i, i + 2).getBytes(charset);
                    i++;
                }
                bytes.writeBytes(encoded);
            }
        }
        return bytes.toString(charset);
    }
}
