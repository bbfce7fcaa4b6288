package dev.reinhardt.http;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;

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
    // Parallel arrays scanned case-insensitively: a response carries a handful of headers, and a
    // scan allocates nothing where a map keyed by lower-cased names would allocate on every call.
    private String[] headerNames = new String[8];
    private String[] headerValues = new String[8];
    private int headerCount;
    private Map<String, Cookie> cookies;
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
        int index = indexOf(name);
        return index < 0 ? null : headerValues[index];
    }

    /**
     * Set header {@code name} to {@code value}, replacing any earlier value.
     *
     * @throws BadHeaderError when the name is not a token or the value holds CR, LF or NUL
     */
    public final HttpResponse header(String name, String value) {
        BadHeaderError.checkName(name);
        BadHeaderError.checkHeaderValue(name, value);
        int index = indexOf(name);
        if (index >= 0) {
            headerNames[index] = name;
            headerValues[index] = value;
            return this;
        }
        if (headerCount == headerNames.length) {
            headerNames = Arrays.copyOf(headerNames, headerCount * 2);
            headerValues = Arrays.copyOf(headerValues, headerCount * 2);
        }
        headerNames[headerCount] = name;
        headerValues[headerCount] = value;
        headerCount++;
        return this;
    }

    /** Set header {@code name} to {@code value} unless it is already set. */
    public final HttpResponse headerIfAbsent(String name, String value) {
        return hasHeader(name) ? this : header(name, value);
    }

    /** Return whether header {@code name} is set. */
    public final boolean hasHeader(String name) {
        return indexOf(name) >= 0;
    }

    /** Remove header {@code name}, if set. */
    public void removeHeader(String name) {
        int index = indexOf(name);
        if (index < 0) {
            return;
        }
        int after = headerCount - index - 1;
        System.arraycopy(headerNames, index + 1, headerNames, index, after);
        System.arraycopy(headerValues, index + 1, headerValues, index, after);
        headerCount--;
        headerNames[headerCount] = null;
        headerValues[headerCount] = null;
    }

    /** Return the headers with their names as set, in order, excluding cookies. */
    public Map<String, String> headers() {
        Map<String, String> view = new LinkedHashMap<>();
        for (int i = 0; i < headerCount; i++) {
            view.put(headerNames[i], headerValues[i]);
        }
        return Collections.unmodifiableMap(view);
    }

    private int indexOf(String name) {
        for (int i = 0; i < headerCount; i++) {
            if (headerNames[i].equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }

    // ---- Cookies -----------------------------------------------------------------------------

    /** Set a cookie, replacing an earlier one of the same name. */
    public HttpResponse setCookie(Cookie cookie) {
        if (cookies == null) {
            cookies = new LinkedHashMap<>(4);
        }
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
        return cookies == null ? List.of() : List.copyOf(cookies.values());
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
        List<Map.Entry<String, String>> lines = new ArrayList<>(headerCount + (cookies == null ? 0 : cookies.size()));
        forEachHeaderLine((name, value) -> lines.add(Map.entry(name, value)));
        return lines;
    }

    /**
     * Give {@code consumer} each header line, cookies included, as {@link #headerLines()} lists
     * them, without building the list; for server adapters.
     */
    public void forEachHeaderLine(BiConsumer<String, String> consumer) {
        for (int i = 0; i < headerCount; i++) {
            consumer.accept(headerNames[i], headerValues[i]);
        }
        if (cookies != null) {
            for (Cookie cookie : cookies.values()) {
                consumer.accept("Set-Cookie", cookie.toHeaderValue());
            }
        }
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
