package dev.reinhardt.http;

import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Read parameters such as {@code charset} or {@code filename} from a header value like Content-Type. */
final class HeaderParameters {

    private HeaderParameters() {
    }

    /** Return the value of parameter {@code name} (case-insensitive), unquoted, or null. */
    static String get(String headerValue, String name) {
        int i = headerValue.indexOf(';');
        while (i >= 0 && i < headerValue.length()) {
            int start = i + 1;
            int equals = headerValue.indexOf('=', start);
            if (equals < 0) {
                return null;
            }
            String key = headerValue.substring(start, equals).strip();
            int valueStart = equals + 1;
            while (valueStart < headerValue.length() && headerValue.charAt(valueStart) == ' ') {
                valueStart++;
            }
            String value;
            int next;
            if (valueStart < headerValue.length() && headerValue.charAt(valueStart) == '"') {
                StringBuilder quoted = new StringBuilder();
                int j = valueStart + 1;
                while (j < headerValue.length() && headerValue.charAt(j) != '"') {
                    char c = headerValue.charAt(j);
                    // Browsers send Windows paths unescaped, so '\' escapes only a quote.
                    if (c == '\\' && j + 1 < headerValue.length() && headerValue.charAt(j + 1) == '"') {
                        c = headerValue.charAt(++j);
                    }
                    quoted.append(c);
                    j++;
                }
                value = quoted.toString();
                next = headerValue.indexOf(';', j);
            } else {
                next = headerValue.indexOf(';', valueStart);
                value = headerValue.substring(valueStart, next < 0 ? headerValue.length() : next).strip();
            }
            if (key.equalsIgnoreCase(name)) {
                return value;
            }
            i = next;
        }
        return null;
    }

    /** Return the media type of a Content-Type value, lower-cased, without parameters. */
    static String mediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semi = contentType.indexOf(';');
        return (semi < 0 ? contentType : contentType.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
    }

    /** Return the charset parameter of a Content-Type value, or {@code fallback}. */
    static Charset charset(String contentType, Charset fallback) {
        String name = contentType == null ? null : get(contentType, "charset");
        if (name == null) {
            return fallback;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }

    /** Decode an RFC 5987 value such as {@code UTF-8''na%C3%AFve.txt}. */
    static String decodeExtended(String value) {
        int first = value.indexOf('\'');
        int second = first < 0 ? -1 : value.indexOf('\'', first + 1);
        if (second < 0) {
            return value;
        }
        Charset charset;
        try {
            charset = Charset.forName(value.substring(0, first));
        } catch (IllegalArgumentException e) {
            charset = StandardCharsets.UTF_8;
        }
        try {
            return URLDecoder.decode(value.substring(second + 1).replace("+", "%2B"), charset);
        } catch (IllegalArgumentException e) {
            return value.substring(second + 1);
        }
    }
}
