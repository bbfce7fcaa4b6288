package dev.reinhardt.http;

import dev.reinhardt.exceptions.BadRequest;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decode a request path and refuse the shapes attacks use: {@code .} and
 * {@code ..} segments (plain or encoded), encoded {@code /} or {@code \},
 * backslashes, NUL and other control characters, broken escapes and
 * invalid UTF-8. Refusing beats normalising: a path that means something
 * else once decoded can fool a proxy or a file lookup.
 */
final class RequestPaths {

    private RequestPaths() {
    }

    /** Return the decoded path of {@code rawPath}, which must start with '/'. */
    static String decode(String rawPath) {
        if (rawPath == null || rawPath.isEmpty()) {
            return "/";
        }
        if (rawPath.charAt(0) != '/') {
            throw invalid("it does not start with '/'");
        }
        boolean plain = true;
        for (int i = 0; i < rawPath.length(); i++) {
            char c = rawPath.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                throw invalid("it contains a control character");
            }
            if (c == '\\') {
                throw invalid("it contains '\\'");
            }
            if (c == '%' || c > 0x7f) {
                plain = false;
            }
        }
        String path = plain ? rawPath : percentDecode(rawPath);
        checkSegments(path);
        return path;
    }

    private static String percentDecode(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                int high = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 1), 16) : -1;
                int low = high < 0 ? -1 : Character.digit(raw.charAt(i + 2), 16);
                if (low < 0) {
                    throw invalid("it contains a malformed %-escape");
                }
                int b = high * 16 + low;
                if (b == '/' || b == '\\') {
                    throw invalid("it contains an encoded '/' or '\\'");
                }
                if (b < 0x20 || b == 0x7f) {
                    throw invalid("it contains an encoded control character");
                }
                bytes.write(b);
                i += 2;
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            throw invalid("it is not valid UTF-8");
        }
    }

    private static void checkSegments(String path) {
        int start = 1;
        while (start <= path.length()) {
            int end = path.indexOf('/', start);
            if (end < 0) {
                end = path.length();
            }
            int length = end - start;
            if ((length == 1 && path.charAt(start) == '.')
                    || (length == 2 && path.charAt(start) == '.' && path.charAt(start + 1) == '.')) {
                throw invalid("it contains a '.' or '..' segment");
            }
            start = end + 1;
        }
    }

    private static BadRequest invalid(String reason) {
        return new BadRequest("Invalid request path: " + reason + ".");
    }
}
