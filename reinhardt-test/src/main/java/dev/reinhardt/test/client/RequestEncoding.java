package dev.reinhardt.test.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.reinhardt.http.Json;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Turn the data given to the client into query strings and request bodies. */
final class RequestEncoding {

    static final String BOUNDARY = "BoUnDaRyStRiNg";
    static final String MULTIPART = "multipart/form-data";
    static final String FORM = "application/x-www-form-urlencoded";
    static final String JSON = "application/json";
    static final String OCTETS = "application/octet-stream";

    /** A body and its Content-Type (null when there is no body). */
    record Body(byte[] bytes, String contentType) {
    }

    private RequestEncoding() {
    }

    /**
     * Encode {@code data} for a {@code method} request with {@code contentType}.
     * Without a content type, text and bytes go as {@code application/octet-stream},
     * a map as a multipart form for POST, and anything else as JSON.
     */
    static Body body(String method, Object data, String contentType) {
        if (data == null) {
            return new Body(new byte[0], contentType);
        }
        String type = contentType != null ? contentType
                : data instanceof String || data instanceof byte[] ? OCTETS
                : data instanceof Map<?, ?> && method.equals("POST") ? MULTIPART
                : JSON;
        String mediaType = type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (data instanceof byte[] bytes) {
            return new Body(bytes, type);
        }
        if (data instanceof String text) {
            return new Body(text.getBytes(StandardCharsets.UTF_8), type);
        }
        if (mediaType.equals(MULTIPART) && data instanceof Map<?, ?> map) {
            return new Body(multipart(map), MULTIPART + "; boundary=" + BOUNDARY);
        }
        if (mediaType.equals(FORM) && data instanceof Map<?, ?> map) {
            return new Body(query(map).getBytes(StandardCharsets.US_ASCII), type);
        }
        if (mediaType.equals(JSON) || mediaType.endsWith("+json")) {
            try {
                return new Body(Json.mapper().writeValueAsBytes(data), type);
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("Could not write the request data as JSON: " + e.getMessage(), e);
            }
        }
        throw new IllegalArgumentException("Cannot encode a " + data.getClass().getSimpleName() + " as " + type
                + ". Pass a String or byte[], or use " + JSON + ", " + FORM + " or " + MULTIPART + ".");
    }

    /** Return {@code data} as a query string; collections and arrays give one pair per element. */
    static String query(Map<?, ?> data) {
        List<String> pairs = new ArrayList<>();
        data.forEach((key, value) -> {
            for (Object item : items(key, value)) {
                pairs.add(encode(String.valueOf(key)) + "=" + encode(String.valueOf(item)));
            }
        });
        return String.join("&", pairs);
    }

    private static List<?> items(Object key, Object value) {
        if (value == null) {
            throw new IllegalArgumentException("Cannot encode null for key '" + key + "' in the request data. "
                    + "Pass an empty string, or leave the key out.");
        }
        if (value instanceof Collection<?> collection) {
            return List.copyOf(collection);
        }
        if (value instanceof Object[] array) {
            return List.of(array);
        }
        return List.of(value);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static byte[] multipart(Map<?, ?> data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        data.forEach((key, value) -> {
            for (Object item : items(key, value)) {
                part(out, String.valueOf(key), item);
            }
        });
        write(out, "--" + BOUNDARY + "--\r\n");
        return out.toByteArray();
    }

    private static void part(ByteArrayOutputStream out, String name, Object value) {
        write(out, "--" + BOUNDARY + "\r\n");
        SimpleUploadedFile file = value instanceof Path path ? fromPath(path)
                : value instanceof SimpleUploadedFile upload ? upload : null;
        if (file == null) {
            write(out, "Content-Disposition: form-data; name=\"" + quote(name) + "\"\r\n\r\n");
            write(out, String.valueOf(value));
        } else {
            write(out, "Content-Disposition: form-data; name=\"" + quote(name) + "\"; filename=\""
                    + quote(file.name()) + "\"\r\n");
            write(out, "Content-Type: " + file.contentType() + "\r\n\r\n");
            out.writeBytes(file.content());
        }
        write(out, "\r\n");
    }

    private static SimpleUploadedFile fromPath(Path path) {
        try {
            String type = Files.probeContentType(path);
            return new SimpleUploadedFile(path.getFileName().toString(), Files.readAllBytes(path), type);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + path + " to upload it: " + e.getMessage(), e);
        }
    }

    private static String quote(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Return {@code path} with every character a request line cannot carry %-encoded (existing escapes kept). */
    static String encodePath(String path) {
        StringBuilder out = new StringBuilder();
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            boolean safe = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "-._~!$&'()*+,;=:@/%".indexOf(c) >= 0;
            if (safe) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xFF));
            }
        }
        return out.toString();
    }
}
