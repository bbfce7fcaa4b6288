package dev.reinhardt.http;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A response with its whole content in memory (Django's {@code HttpResponse}).
 *
 * <pre>{@code
 * HttpResponse response = new HttpResponse("<h1>Hello</h1>");
 * response.header("Cache-Control", "no-cache");
 * response.setCookie(Cookie.of("seen", "1"));
 * }</pre>
 *
 * <p>Headers hold one value per name (compared case-insensitively); cookies
 * are kept apart and written as one Set-Cookie header each. Header names,
 * values and cookies with CR, LF or NUL are refused with {@link BadHeaderError}.
 * Content is UTF-8 unless the Content-Type names another charset.
 */
public class HttpResponse {

    /** The Content-Type of responses that set none. */
    public static final String DEFAULT_CONTENT_TYPE = "text/html; charset=utf-8";

    private int status;
    private final Map<String, String[]> headers = new LinkedHashMap<>();
    private final Map<String, Cookie> cookies = new LinkedHashMap<>(2);
    private byte[] content;
    private List<Runnable> closers;
    private boolean closed;

    /** Create an empty 200 response. */
    public HttpResponse() {
        this(new byte[0], DEFAULT_CONTENT_TYPE, 200);
    }

    /** Create a 200 HTML response with {@code content}. */
    public HttpResponse(String content) {
        this(content, 200);
    }

    /** Create an HTML response with {@code content} and {@code status}. */
    public HttpResponse(String content, int status) {
        this(content.getBytes(StandardCharsets.UTF_8), DEFAULT_CONTENT_TYPE, status);
    }

    /** Create a response with raw {@code content} of {@code contentType}; a null type sends no Content-Type. */
    public HttpResponse(byte[] content, String contentType, int status) {
        setStatus(status);
        this.content = Objects.requireNonNull(content, "content");
        if (contentType != null) {
            header("Content-Type", contentType);
        }
    }

    // ---- Shortcuts for common error statuses -------------------------------------------------

    /** Return a 400 Bad Request with {@code message} as plain text. */
    public static HttpResponse badRequest(String message) {
        return plainText(message, 400);
    }

    /** Return a 403 Forbidden with {@code message} as plain text. */
    public static HttpResponse forbidden(String message) {
        return plainText(message, 403);
    }

    /** Return a 404 Not Found with {@code message} as plain text. */
    public static HttpResponse notFound(String message) {
        return plainText(message, 404);
    }

    /** Return a 405 Method Not Allowed whose Allow header lists {@code permittedMethods}. */
    public static HttpResponse notAllowed(Collection<String> permittedMethods) {
        HttpResponse response = plainText("Method Not Allowed (405)", 405);
        response.header("Allow", String.join(", ", permittedMethods));
        return response;
    }

    /** Return a 410 Gone. */
    public static HttpResponse gone() {
        return plainText("Gone (410)", 410);
    }

    /** Return a 500 Internal Server Error with {@code message} as plain text. */
    public static HttpResponse serverError(String message) {
        return plainText(message, 500);
    }

    /** Return a 304 Not Modified, which has no content. */
    public static HttpResponse notModified() {
        return new HttpResponse(new byte[0], null, 304);
    }

    /** Return a response with {@code message} as {@code text/plain; charset=utf-8}. */
    public static HttpResponse plainText(String message, int status) {
        return new HttpResponse(message.getBytes(StandardCharsets.UTF_8), "text/plain; charset=utf-8", status);
    }

    // ---- Status ------------------------------------------------------------------------------

    /** Return the status code. */
    public int status() {
        return status;
    }

    /** Set the status code, 100 to 599. */
    public final void setStatus(int status) {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("HTTP status code must be an integer from 100 to 599, not " + status + ".");
        }
        this.status = status;
    }

    // ---- Headers -----------------------------------------------------------------------------

    /** Return the value of header {@code name}, or null. */
    public final String header(String name) {
        String[] entry = headers.get(name.toLowerCase(Locale.ROOT));
        return entry == null ? null : entry[1];
    }

    /**
     * Set header {@code name} to {@code value}, replacing any earlier value.
     *
     * @throws BadHeaderError when the name is not a token or the value holds CR, LF or NUL
     */
    public final HttpResponse header(String name, String value) {
        BadHeaderError.checkName(name);
        BadHeaderError.checkValue("Header '" + name + "'", value);
        headers.put(name.toLowerCase(Locale.ROOT), new String[] {name, value});
        return this;
    }

    /** Set header {@code name} to {@code value} unless it is already set. */
    public final HttpResponse headerIfAbsent(String name, String value) {
        return hasHeader(name) ? this : header(name, value);
    }

    /** Return whether header {@code name} is set. */
    public final boolean hasHeader(String name) {
        return headers.containsKey(name.toLowerCase(Locale.ROOT));
    }

    /** Remove header {@code name}, if set. */
    public void removeHeader(String name) {
        headers.remove(name.toLowerCase(Locale.ROOT));
    }

    /** Return the headers with their names as set, in order, excluding cookies. */
    public Map<String, String> headers() {
        Map<String, String> view = new LinkedHashMap<>();
        for (String[] entry : headers.values()) {
            view.put(entry[0], entry[1]);
        }
        return Collections.unmodifiableMap(view);
    }

    // ---- Cookies -----------------------------------------------------------------------------

    /** Set a cookie, replacing an earlier one of the same name. */
    public HttpResponse setCookie(Cookie cookie) {
        cookies.put(cookie.name(), cookie);
        return this;
    }

    /** Set a session cookie {@code name=value} for path "/". */
    public HttpResponse setCookie(String name, String value) {
        return setCookie(Cookie.of(name, value));
    }

    /** Tell the browser to delete cookie {@code name} set for path "/" and this host. */
    public HttpResponse deleteCookie(String name) {
        return deleteCookie(name, "/", null);
    }

    /** Tell the browser to delete cookie {@code name} set for {@code path} and {@code domain}. */
    public HttpResponse deleteCookie(String name, String path, String domain) {
        // Browsers ignore a deletion of a __Secure- or __Host- cookie unless it is Secure itself.
        boolean secure = name.startsWith("__Secure-") || name.startsWith("__Host-");
        return setCookie(new Cookie(name, "", java.time.Duration.ZERO, java.time.Instant.EPOCH, path, domain,
                secure, false, null));
    }

    /** Return the cookies to set, in order. */
    public List<Cookie> cookies() {
        return List.copyOf(cookies.values());
    }

    // ---- Content -----------------------------------------------------------------------------

    /** Return whether the content is produced while it is sent rather than held in memory. */
    public boolean isStreaming() {
        return false;
    }

    /** Return the content bytes. */
    public byte[] content() {
        return content;
    }

    /** Return the content decoded with the response's charset. */
    public String text() {
        return new String(content(), charset());
    }

    /** Replace the content. */
    public void setContent(byte[] content) {
        this.content = Objects.requireNonNull(content, "content");
    }

    /** Replace the content with {@code text} encoded in the response's charset. */
    public void setContent(String text) {
        setContent(text.getBytes(charset()));
    }

    /** Return the charset named by the Content-Type, or UTF-8. */
    public Charset charset() {
        return HeaderParameters.charset(header("Content-Type"), StandardCharsets.UTF_8);
    }

    /** Return the length of the content in bytes, or -1 when it is not known in advance. */
    public long contentLength() {
        return content.length;
    }

    /** Write the content to {@code out}; server adapters call this once. */
    public void writeBody(OutputStream out) throws IOException {
        out.write(content);
    }

    /** Return the header lines, cookies included, as name-value pairs in order; for server adapters. */
    public List<Map.Entry<String, String>> headerLines() {
        List<Map.Entry<String, String>> lines = new ArrayList<>(headers.size() + cookies.size());
        for (String[] entry : headers.values()) {
            lines.add(Map.entry(entry[0], entry[1]));
        }
        for (Cookie cookie : cookies.values()) {
            lines.add(Map.entry("Set-Cookie", cookie.toHeaderValue()));
        }
        return lines;
    }

    // ---- End of the exchange -----------------------------------------------------------------

    /**
     * Run {@code closer} when the response is closed, after the rest added
     * before it: the request handler uses this to delete temporary uploads
     * and send {@code requestFinished} once the client has the whole body.
     */
    public void onClose(Runnable closer) {
        Objects.requireNonNull(closer, "closer");
        if (closers == null) {
            closers = new ArrayList<>(2);
        }
        closers.add(closer);
    }

    /**
     * Close the response (Django's {@code HttpResponse.close()}): run every
     * closer once, in order, even when one fails. Server adapters call it
     * after the last byte of the body was written, or when the client went
     * away or the body failed, and a test client once it has read the
     * response; later calls do nothing.
     *
     * @throws RuntimeException the first closer's failure, the others' added as suppressed
     */
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (closers == null) {
            return;
        }
        RuntimeException failure = null;
        for (Runnable closer : closers) {
            try {
                closer.run();
            } catch (RuntimeException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    @Override
    public String toString() {
        return "<" + getClass().getSimpleName() + " status_code=" + status + ", \"" + header("Content-Type") + "\">";
    }
}
