package dev.reinhardt.http;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A cookie to set on a response, with every attribute of RFC 6265bis.
 *
 * <pre>{@code
 * response.setCookie(Cookie.of("theme", "dark").withMaxAge(Duration.ofDays(30))
 *         .withSecure(true).withHttpOnly(true).withSameSite(Cookie.SameSite.LAX));
 * }</pre>
 *
 * @param maxAge   how long the cookie lives; null for a session cookie
 * @param expires  when the cookie expires; null unless set (derived from maxAge when only that is set)
 * @param path     the path it is sent for; null for the browser's default
 * @param domain   the domain it is sent to; null for this host only
 * @param sameSite the SameSite attribute; null sends none
 */
public record Cookie(String name, String value, Duration maxAge, Instant expires, String path, String domain,
                     boolean secure, boolean httpOnly, SameSite sameSite) {

    /** The SameSite attribute values. */
    public enum SameSite {
        STRICT("Strict"), LAX("Lax"), NONE("None");

        private final String text;

        SameSite(String text) {
            this.text = text;
        }

        /** Return the value as written in the header. */
        public String text() {
            return text;
        }
    }

    /**
     * Check every part for characters that would break the Set-Cookie header.
     *
     * @throws BadHeaderError naming the bad part
     */
    public Cookie {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        BadHeaderError.checkName(name);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean octet = c == 0x21 || (c >= 0x23 && c <= 0x2B) || (c >= 0x2D && c <= 0x3A)
                    || (c >= 0x3C && c <= 0x5B) || (c >= 0x5D && c <= 0x7E);
            if (!octet) {
                BadHeaderError.checkValue("The value of cookie '" + name + "'", value);
                throw new BadHeaderError("The value of cookie '" + name + "' contains '" + c
                        + "', which a cookie can't hold. Encode the value first, for example with URLEncoder.");
            }
        }
        checkAttribute(name, "path", path);
        checkAttribute(name, "domain", domain);
    }

    /** Create a cookie with {@code path=/} and no other attributes. */
    public static Cookie of(String name, String value) {
        return new Cookie(name, value, null, null, "/", null, false, false, null);
    }

    /** Return a copy that lives for {@code maxAge}. */
    public Cookie withMaxAge(Duration maxAge) {
        return new Cookie(name, value, maxAge, expires, path, domain, secure, httpOnly, sameSite);
    }

    /** Return a copy that expires at {@code expires}. */
    public Cookie withExpires(Instant expires) {
        return new Cookie(name, value, maxAge, expires, path, domain, secure, httpOnly, sameSite);
    }

    /** Return a copy sent only for paths under {@code path}. */
    public Cookie withPath(String path) {
        return new Cookie(name, value, maxAge, expires, path, domain, secure, httpOnly, sameSite);
    }

    /** Return a copy sent to {@code domain} and its subdomains. */
    public Cookie withDomain(String domain) {
        return new Cookie(name, value, maxAge, expires, path, domain, secure, httpOnly, sameSite);
    }

    /** Return a copy sent over HTTPS only, or not. */
    public Cookie withSecure(boolean secure) {
        return new Cookie(name, value, maxAge, expires, path, domain, secure, httpOnly, sameSite);
    }

    /** Return a copy hidden from JavaScript, or not. */
    public Cookie withHttpOnly(boolean httpOnly) {
        return new Cookie(name, value, maxAge, expires, path, domain, secure, httpOnly, sameSite);
    }

    /** Return a copy with the given SameSite attribute. */
    public Cookie withSameSite(SameSite sameSite) {
        return new Cookie(name, value, maxAge, expires, path, domain, secure, httpOnly, sameSite);
    }

    /** Return the value of a {@code Set-Cookie} header for this cookie. */
    public String toHeaderValue() {
        StringBuilder out = new StringBuilder(name).append('=').append(value);
        Instant expiry = expires;
        if (maxAge != null) {
            out.append("; Max-Age=").append(Math.max(0, maxAge.toSeconds()));
            if (expiry == null) {
                // Old browsers ignore Max-Age; send the matching Expires as Django does.
                expiry = maxAge.isZero() || maxAge.isNegative() ? Instant.EPOCH : Instant.now().plus(maxAge);
            }
        }
        if (expiry != null) {
            out.append("; expires=").append(HttpDates.format(expiry));
        }
        if (domain != null) {
            out.append("; Domain=").append(domain);
        }
        if (path != null) {
            out.append("; Path=").append(path);
        }
        if (secure) {
            out.append("; Secure");
        }
        if (httpOnly) {
            out.append("; HttpOnly");
        }
        if (sameSite != null) {
            out.append("; SameSite=").append(sameSite.text());
        }
        return out.toString();
    }

    private static void checkAttribute(String name, String attribute, String text) {
        if (text != null) {
            BadHeaderError.checkValue("The " + attribute + " of cookie '" + name + "'", text);
            if (text.indexOf(';') >= 0) {
                throw new BadHeaderError("The " + attribute + " of cookie '" + name + "' can't contain ';'.");
            }
        }
    }
}
