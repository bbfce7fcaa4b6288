package dev.reinhardt.http;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.reinhardt.conf.Settings;
import dev.reinhardt.exceptions.BadRequest;
import dev.reinhardt.exceptions.DisallowedHost;
import dev.reinhardt.exceptions.RequestDataTooBig;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One HTTP request (Django's {@code HttpRequest}), built by a server adapter
 * and handed through the middleware to the view.
 *
 * <p>The body, the form ({@link #POST()}), the uploads ({@link #FILES()}),
 * the cookies and the JSON are parsed on first use and kept; each is bounded
 * by the limits in {@link Settings}. A request belongs to the one thread
 * serving it and is not thread-safe.
 */
public final class HttpRequest {

    private final Settings settings;
    private final String method;
    private final String path;
    private final String pathInfo;
    private final String rawScriptName;
    private final String rawPath;
    private final String queryString;
    private final HttpHeaders headers;
    private final String serverScheme;
    private final String serverName;
    private final int serverPort;
    private final String remoteAddr;
    private InputStream bodyStream;
    private final long contentLength;

    private byte[] body;
    private boolean streamConsumed;
    private QueryDict get;
    private QueryDict post;
    private MultiValueDict<UploadedFile> files;
    private Map<String, String> cookies;
    private String host;
    private Map<String, Object> attributes;
    private RouteMatch resolverMatch;

    private HttpRequest(Builder b) {
        this.settings = b.settings;
        this.method = b.method;
        this.rawPath = b.rawPath;
        this.rawScriptName = b.scriptName;
        this.pathInfo = RequestPaths.decode(b.rawPath);
        this.path = b.scriptName.isEmpty() ? pathInfo : RequestPaths.decode(b.scriptName) + pathInfo;
        this.queryString = b.queryString == null ? "" : b.queryString;
        this.headers = b.takeHeaders();
        this.serverScheme = b.scheme;
        this.serverName = b.serverName;
        this.serverPort = b.serverPort;
        this.remoteAddr = b.remoteAddr;
        this.bodyStream = b.body;
        this.contentLength = b.contentLength;
    }

    /** Start building a request served under {@code settings}; used by server adapters and tests. */
    public static Builder builder(Settings settings) {
        return new Builder(settings);
    }

    // ---- The request line --------------------------------------------------------------------

    /** Return the method in upper case, such as {@code "GET"}. */
    public String method() {
        return method;
    }

    /**
     * Return the decoded path, such as {@code "/music/bands/the_beatles/"},
     * including the prefix the application is mounted under (a servlet
     * context path), if any.
     */
    public String path() {
        return path;
    }

    /** Return the decoded path below the application's mount prefix; URLs are resolved against it. */
    public String pathInfo() {
        return pathInfo;
    }

    /**
     * Return the %-encoded prefix the application is mounted under (Django's
     * {@code SCRIPT_NAME}), such as {@code "/shop"}, or "" at the root.
     * {@code reverse()} puts it in front of the paths it builds.
     */
    public String scriptName() {
        return rawScriptName;
    }

    /** Return the raw query string without '?', or "" when there is none. */
    public String queryString() {
        return queryString;
    }

    /** Return the path and query string, escaped as sent: {@code "/music/bands/?print=true"}. */
    public String getFullPath() {
        return getFullPath(false);
    }

    /**
     * Return the path and query string, with a '/' appended to the path when
     * {@code forceAppendSlash} and it lacks one; a leading "//" is escaped so
     * the result is safe as a redirect target.
     */
    public String getFullPath(boolean forceAppendSlash) {
        String mounted = rawScriptName + rawPath;
        String full = forceAppendSlash && !mounted.endsWith("/") ? mounted + "/" : mounted;
        if (full.startsWith("//")) {
            // As a redirect target "//evil.com/" would leave the site; keep it a path.
            full = "/%2F" + full.substring(2);
        }
        return queryString.isEmpty() ? full : full + "?" + queryString;
    }

    /** Return the address of the client (or of the last proxy), as the server saw it. */
    public String remoteAddr() {
        return remoteAddr;
    }

    /** Return the query parameters. */
    public QueryDict GET() {
        if (get == null) {
            get = QueryDict.parse(queryString, Charset.forName(settings.defaultCharset()), settings.dataUploadMaxNumberFields());
        }
        return get;
    }

    // ---- Headers and cookies -----------------------------------------------------------------

    /** Return the headers, looked up case-insensitively. */
    public HttpHeaders headers() {
        return headers;
    }

    /** Return the Content-Type header, or "" when absent. */
    public String contentType() {
        return headers.get("Content-Type", "");
    }

    /** Return the cookies the client sent, by name. */
    public Map<String, String> cookies() {
        if (cookies == null) {
            cookies = RequestCookies.parse(headers.getAll("Cookie"));
        }
        return cookies;
    }

    // ---- The body ----------------------------------------------------------------------------

    /**
     * Return the raw body.
     *
     * @throws RequestDataTooBig when it is larger than {@code dataUploadMaxMemorySize}
     * @throws IllegalStateException when the form was already parsed from the body's stream
     */
    public byte[] body() {
        if (body == null) {
            if (streamConsumed) {
                throw new IllegalStateException("You cannot read body() after reading POST() or FILES() of a multipart request.");
            }
            Long max = settings.dataUploadMaxMemorySize();
            if (max != null && contentLength > max) {
                throw tooBig(max);
            }
            body = readAll(max);
        }
        return body;
    }

    /** Return the form fields of a POST with an url-encoded or multipart body; empty otherwise. */
    public QueryDict POST() {
        if (post == null) {
            parseForm();
        }
        return post;
    }

    /** Return the files uploaded with a multipart POST, by field name. */
    public MultiValueDict<UploadedFile> FILES() {
        if (files == null) {
            parseForm();
        }
        return files;
    }

    /**
     * Return the body parsed as JSON.
     *
     * @throws BadRequest when the body is empty, malformed or exceeds {@link Json}'s bounds
     */
    public JsonNode json() {
        return json(JsonNode.class);
    }

    /**
     * Return the body parsed as JSON into {@code type}.
     *
     * @throws BadRequest when the body is empty, malformed, exceeds {@link Json}'s bounds or does not fit the type
     */
    public <T> T json(Class<T> type) {
        byte[] bytes = body();
        if (bytes.length == 0) {
            throw new BadRequest("Malformed JSON: the request body is empty.");
        }
        try {
            return Json.mapper().readValue(bytes, type);
        } catch (JacksonException e) {
            String where = e.getLocation() == null ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
            throw new BadRequest("Malformed JSON: " + e.getOriginalMessage() + where, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- Scheme and host ---------------------------------------------------------------------

    /** Return {@code "https"} or {@code "http"}, trusting {@code secureProxySslHeader} when it is set. */
    public String scheme() {
        Map.Entry<String, String> proxyHeader = settings.secureProxySslHeader();
        if (proxyHeader != null) {
            String value = headers.get(proxyHeader.getKey());
            if (value != null) {
                int comma = value.indexOf(',');
                String first = (comma < 0 ? value : value.substring(0, comma)).strip();
                return first.equals(proxyHeader.getValue()) ? "https" : "http";
            }
        }
        return serverScheme;
    }

    /** Return whether the request reached the site over HTTPS. */
    public boolean isSecure() {
        return scheme().equals("https");
    }

    /**
     * Return the host, with the port when one was sent, from X-Forwarded-Host
     * (only when {@code useXForwardedHost}), Host, or the server's name.
     *
     * @throws dev.reinhardt.exceptions.DisallowedHost when it is malformed or not in {@code allowedHosts}
     */
    public String getHost() {
        if (host == null) {
            host = HostValidation.check(rawHost(), settings.allowedHosts(), settings.debug());
        }
        return host;
    }

    /** Return the port, from X-Forwarded-Port (only when {@code useXForwardedPort}) or the server. */
    public String getPort() {
        String forwarded = settings.useXForwardedPort() ? headers.get("X-Forwarded-Port") : null;
        return forwarded != null ? forwarded : String.valueOf(serverPort);
    }

    /** Return the absolute URI of this request: {@code "https://example.com/music/?page=2"}. */
    public String buildAbsoluteUri() {
        return buildAbsoluteUri(getFullPath());
    }

    /** Return {@code location} made absolute against this request's URI; an absolute location is returned as is. */
    public String buildAbsoluteUri(String location) {
        if (location.startsWith("/") && !location.startsWith("//")) {
            return scheme() + "://" + getHost() + location;
        }
        return URI.create(scheme() + "://" + getHost() + rawScriptName + rawPath).resolve(location).toString();
    }

    // ---- Per-request state -------------------------------------------------------------------

    /** Return a mutable map for middleware and views to share per-request values, such as a request id. */
    public Map<String, Object> attributes() {
        if (attributes == null) {
            attributes = new HashMap<>();
        }
        return attributes;
    }

    /** Return how the URL resolver matched this request, or null before resolution. */
    public RouteMatch resolverMatch() {
        return resolverMatch;
    }

    /** Record how the URL resolver matched this request; called by the request handler. */
    public void setResolverMatch(RouteMatch resolverMatch) {
        this.resolverMatch = resolverMatch;
    }

    /** Delete temporary upload files; called by the request handler when the request is done. */
    public void close() {
        if (files != null) {
            files.asMap().values().forEach(list -> list.forEach(UploadedFile::delete));
        }
    }

    @Override
    public String toString() {
        return "<HttpRequest: " + method + " '" + getFullPath() + "'>";
    }

    // ---- Internals ---------------------------------------------------------------------------

    private String rawHost() {
        String forwarded = settings.useXForwardedHost() ? headers.get("X-Forwarded-Host") : null;
        if (forwarded != null) {
            return forwarded;
        }
        String hostHeader = headers.get("Host");
        if (hostHeader != null && headers.count("Host") > 1) {
            // Two Host headers let a proxy and the application disagree about the site (RFC 9112, section 3.2).
            throw new DisallowedHost("Invalid HTTP_HOST header: the request has more than one Host header.");
        }
        if (hostHeader != null) {
            return hostHeader;
        }
        boolean defaultPort = (serverScheme.equals("https") && serverPort == 443)
                || (serverScheme.equals("http") && serverPort == 80);
        return defaultPort ? serverName : serverName + ":" + serverPort;
    }

    private void parseForm() {
        String mediaType = HeaderParameters.mediaType(contentType());
        Charset charset = HeaderParameters.charset(contentType(), Charset.forName(settings.defaultCharset()));
        post = QueryDict.empty();
        files = new MultiValueDict<>(Map.of());
        if (!method.equals("POST")) {
            return;
        }
        if (mediaType.equals("multipart/form-data")) {
            InputStream source = body != null ? new ByteArrayInputStream(body) : bodyStream;
            streamConsumed = body == null;
            MultipartParser.Result result = new MultipartParser(source, charset, settings)
                    .parse(HeaderParameters.get(contentType(), "boundary"));
            post = result.fields();
            files = result.files();
        } else if (mediaType.equals("application/x-www-form-urlencoded")) {
            post = QueryDict.parse(new String(body(), charset), charset, settings.dataUploadMaxNumberFields());
        }
    }

    private byte[] readAll(Long max) {
        if (bodyStream == null) {
            return new byte[0];
        }
        try (InputStream in = bodyStream) {
            if (max == null) {
                return in.readAllBytes();
            }
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            if (bytes.length > max) {
                throw tooBig(max);
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the request body", e);
        } finally {
            bodyStream = null;
        }
    }

    private static RequestDataTooBig tooBig(long max) {
        return new RequestDataTooBig("Request body exceeded dataUploadMaxMemorySize (" + max + " bytes).");
    }

    /** Builds a request; not thread-safe. */
    public static final class Builder {
        private final Settings settings;
        private String method = "GET";
        private String rawPath = "/";
        private String scriptName = "";
        private String queryString = "";
        private String[] headerNames = new String[16];
        private String[] headerValues = new String[16];
        private int headerCount;
        private boolean headersTaken;
        private String scheme = "http";
        private String serverName = "localhost";
        private int serverPort = 80;
        private String remoteAddr = "127.0.0.1";
        private InputStream body;
        private long contentLength = -1;

        private Builder(Settings settings) {
            this.settings = Objects.requireNonNull(settings, "settings");
        }

        /** Set the method; it is upper-cased. */
        public Builder method(String method) {
            this.method = method.toUpperCase(java.util.Locale.ROOT);
            return this;
        }

        /** Set the path as sent on the request line, still %-encoded. */
        public Builder rawPath(String rawPath) {
            this.rawPath = rawPath;
            return this;
        }

        /**
         * Set the %-encoded prefix the application is mounted under, such as
         * a servlet context path {@code "/shop"}; the raw path is then the rest.
         */
        public Builder scriptName(String scriptName) {
            this.scriptName = scriptName == null || scriptName.equals("/") ? "" : scriptName;
            return this;
        }

        /** Set the raw query string, without '?'; null for none. */
        public Builder queryString(String queryString) {
            this.queryString = queryString;
            return this;
        }

        /** Add a header line. */
        public Builder header(String name, String value) {
            if (headersTaken || headerCount == headerNames.length) {
                // A built request owns the arrays it was given; a later header must not show up in it.
                int capacity = headerCount == headerNames.length ? headerCount * 2 : headerNames.length;
                headerNames = Arrays.copyOf(headerNames, capacity);
                headerValues = Arrays.copyOf(headerValues, capacity);
                headersTaken = false;
            }
            headerNames[headerCount] = name;
            headerValues[headerCount] = value;
            headerCount++;
            return this;
        }

        private HttpHeaders takeHeaders() {
            headersTaken = true;
            return HttpHeaders.of(headerNames, headerValues, headerCount);
        }

        /** Set the scheme the server received the request on. */
        public Builder scheme(String scheme) {
            this.scheme = scheme;
            return this;
        }

        /** Set the server's name and port, used when the request has no Host header. */
        public Builder server(String name, int port) {
            this.serverName = name;
            this.serverPort = port;
            return this;
        }

        /** Set the client's address. */
        public Builder remoteAddr(String remoteAddr) {
            this.remoteAddr = remoteAddr;
            return this;
        }

        /** Set the body as a stream read on demand, with its declared length (-1 when unknown). */
        public Builder body(InputStream body, long contentLength) {
            this.body = body;
            this.contentLength = contentLength;
            return this;
        }

        /** Set the body. */
        public Builder body(byte[] body) {
            return body(new ByteArrayInputStream(body), body.length);
        }

        /**
         * Build the request.
         *
         * @throws BadRequest when the path is malformed or hostile ('..' segments, encoded '/', NUL ...)
         */
        public HttpRequest build() {
            return new HttpRequest(this);
        }
    }
}
