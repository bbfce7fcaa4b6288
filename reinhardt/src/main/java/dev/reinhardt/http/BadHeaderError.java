package dev.reinhardt.http;

/** Thrown when a response header, cookie or redirect target holds a character that would split the response. */
public class BadHeaderError extends IllegalArgumentException {

    /** Which ASCII characters may appear in a token (RFC 9110): visible ones, less the delimiters. */
    private static final boolean[] TOKEN = new boolean[127];

    static {
        for (char c = 33; c < 127; c++) {
            TOKEN[c] = "\"(),/:;<=>?@[\\]{}".indexOf(c) < 0;
        }
    }

    public BadHeaderError(String message) {
        super(message);
    }

    /** Throw unless {@code value} is free of CR, LF and NUL; {@code what} names it in the message. */
    static String checkValue(String what, String value) {
        if (!isSafeValue(value)) {
            throw new BadHeaderError(what + " can't contain newlines or NUL, but it does: " + visible(value));
        }
        return value;
    }

    /** Throw unless the value of header {@code name} is free of CR, LF and NUL. */
    static String checkHeaderValue(String name, String value) {
        // The message is built only on failure: headers are set on every response.
        return isSafeValue(value) ? value : checkValue("Header '" + name + "'", value);
    }

    private static boolean isSafeValue(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\r' || c == '\n' || c == 0) {
                return false;
            }
        }
        return true;
    }

    /** Throw unless {@code name} is an HTTP token (RFC 9110), the only legal shape of a header name. */
    static String checkName(String name) {
        if (name.isEmpty()) {
            throw new BadHeaderError("A header name can't be empty.");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= TOKEN.length || !TOKEN[c]) {
                throw new BadHeaderError("Header name " + visible(name) + " contains a character that is not allowed in a header name.");
            }
        }
        return name;
    }

    private static String visible(String value) {
        return "'" + value.replace("\r", "\\r").replace("\n", "\\n").replace("\0", "\\0") + "'";
    }
}
