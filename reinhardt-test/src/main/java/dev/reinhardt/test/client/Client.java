package dev.reinhardt.test.client;

import dev.reinhardt.conf.Settings;
import dev.reinhardt.core.handlers.ProjectHandler;
import dev.reinhardt.core.signals.Signals;
import dev.reinhardt.http.Cookie;
import dev.reinhardt.http.HttpRequest;
import dev.reinhardt.http.HttpResponse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A browser for tests (Django's {@code django.test.Client}): sends requests
 * through the project's whole middleware stack and URL resolver in-process,
 * on the calling thread, without sockets — so a test's transaction and
 * settings are the request's too.
 *
 * <pre>{@code
 * TestResponse response = client.post("/orders/", Map.of("sku", "LAMP-1", "quantity", "2"));
 * assertThat(response.status()).isEqualTo(302);
 * TestResponse page = client.follow().get(response.url());
 * assertThat(client.get("/api/orders/", Map.of("status", "paid")).json().size()).isEqualTo(1);
 * }</pre>
 *
 * <p>Requests go to host {@value #TEST_SERVER} (which the test extension adds to
 * {@code allowedHosts}) from {@code 127.0.0.1}. Cookies the responses set
 * are kept and sent with later requests. An exception a view throws is
 * rethrown to the test instead of becoming a 500 response, as Django does,
 * unless {@link #raiseRequestException(boolean)} turns that off. The project
 * handler is built from the current settings on first use, and again when a
 * test's settings change.
 *
 * <p>The {@code data} of GET and HEAD is the query string (a path may carry
 * one too). For the other methods it is the body: a {@code String} or
 * {@code byte[]} as it is, a map as a multipart form for POST (values may be
 * {@link SimpleUploadedFile}s or {@code Path}s to upload; collections repeat
 * a field), anything else as JSON. A {@code contentType} chooses another
 * encoding: {@code application/json}, {@code application/x-www-form-urlencoded}
 * or {@code multipart/form-data}.
 *
 * <p>Not thread-safe: one client per test (injected as a test method
 * parameter by {@code @ReinhardtTest}).
 */
public final class Client extends Requests<TestResponse> {

    /** The host name requests are addressed to, as in Django. */
    public static final String TEST_SERVER = "testserver";

    private static final int MAX_REDIRECTS = 20;
    private static final ThreadLocal<Throwable[]> REQUEST_FAILURE = new ThreadLocal<>();
    private static final Set<Integer> REDIRECT_STATUSES = Set.of(301, 302, 303, 307, 308);

    static {
        // One receiver for every client: it records a view's exception for the client waiting on this thread.
        Signals.gotRequestException.connect((sender, failure) -> {
            Throwable[] slot = REQUEST_FAILURE.get();
            if (slot != null && slot[0] == null) {
                slot[0] = failure.exception();
            }
        }, null, Client.class.getName());
    }

    /** What the views of one client share: its cookies and its handler. */
    private static final class Session {
        final Map<String, String> cookies = new LinkedHashMap<>();
        ProjectHandler handler;
    }

    private final Session session;
    private final boolean follow;
    private final boolean secure;
    private final boolean raiseRequestException;
    private final Map<String, String> defaultHeaders;

    /** Create a client with no cookies that raises views' exceptions and does not follow redirects. */
    public Client() {
        this(new Session(), false, false, true, Map.of());
    }

    private Client(Session session, boolean follow, boolean secure, boolean raiseRequestException,
                   Map<String, String> defaultHeaders) {
        this.session = session;
        this.follow = follow;
        this.secure = secure;
        this.raiseRequestException = raiseRequestException;
        this.defaultHeaders = Map.copyOf(defaultHeaders);
    }

    /**
     * Return this client, sharing its cookies, that follows redirects and
     * records them in {@link TestResponse#redirectChain()} (Django's {@code follow=True}).
     */
    public Client follow() {
        return new Client(session, true, secure, raiseRequestException, defaultHeaders);
    }

    /** Return this client, sharing its cookies, that sends its requests over HTTPS (Django's {@code secure=True}). */
    public Client secure() {
        return new Client(session, follow, true, raiseRequestException, defaultHeaders);
    }

    /**
     * Return this client, sharing its cookies, that rethrows views' exceptions
     * ({@code true}, the default) or returns the 500 response the project makes of them.
     */
    public Client raiseRequestException(boolean raise) {
        return new Client(session, follow, secure, raise, defaultHeaders);
    }

    /** Return this client, sharing its cookies, that sends {@code headers} with every request. */
    public Client withHeaders(Map<String, String> headers) {
        Map<String, String> merged = new LinkedHashMap<>(defaultHeaders);
        merged.putAll(headers);
        return new Client(session, follow, secure, raiseRequestException, merged);
    }

    /** Return the cookies sent with every request: live and modifiable, as {@code client.cookies} in Django. */
    public Map<String, String> cookies() {
        return session.cookies;
    }

    @Override
    public TestResponse request(String method, String path, Map<String, ?> query, Object data, String contentType,
                                Map<String, String> headers) {
        TestResponse response = send(method, path, query, data, contentType, headers, secure, List.of());
        if (!follow) {
            return response;
        }
        List<TestResponse.Redirect> chain = new ArrayList<>();
        while (REDIRECT_STATUSES.contains(response.status()) && response.url() != null) {
            URI current = URI.create((response.request().isSecure() ? "https://" : "http://")
                    + response.request().getHost() + response.request().getFullPath());
            URI target = current.resolve(response.url());
            TestResponse.Redirect redirect = new TestResponse.Redirect(response.url(), response.status());
            if (chain.contains(redirect) || chain.size() >= MAX_REDIRECTS) {
                throw new IllegalStateException("Redirect loop detected: " + chain + " then " + redirect + ".");
            }
            chain.add(redirect);
            boolean keepMethod = response.status() == 307 || response.status() == 308;
            Map<String, String> redirectHeaders = new LinkedHashMap<>(headers);
            if (target.getHost() != null) {
                redirectHeaders.put("Host", target.getPort() < 0 ? target.getHost()
                        : target.getHost() + ":" + target.getPort());
            }
            String targetPath = (target.getRawPath() == null || target.getRawPath().isEmpty() ? "/"
                    : target.getRawPath()) + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery());
            response = send(keepMethod ? method : "GET", targetPath, keepMethod ? query : Map.of(),
                    keepMethod ? data : null, keepMethod ? contentType : null, redirectHeaders,
                    "https".equals(target.getScheme()), chain);
        }
        return response;
    }

    private TestResponse send(String method, String path, Map<String, ?> query, Object data, String contentType,
                              Map<String, String> headers, boolean https, List<TestResponse.Redirect> chain) {
        Map<String, String> all = new LinkedHashMap<>(headers);
        if (!session.cookies.isEmpty() && all.keySet().stream().noneMatch("cookie"::equalsIgnoreCase)) {
            all.put("Cookie", session.cookies.entrySet().stream()
                    .map(cookie -> cookie.getKey() + "=" + cookie.getValue()).collect(Collectors.joining("; ")));
        }
        HttpRequest request = build(method, path, query, data, contentType, defaultHeaders, all, https);
        HttpResponse response = handle(request);
        keepCookies(response);
        return new TestResponse(response, request, content(request, response), chain);
    }

    private HttpResponse handle(HttpRequest request) {
        Settings settings = Settings.current();
        if (session.handler == null || session.handler.settings() != settings) {
            session.handler = ProjectHandler.create(settings);
        }
        Throwable[] previous = REQUEST_FAILURE.get();
        Throwable[] slot = new Throwable[1];
        REQUEST_FAILURE.set(slot);
        HttpResponse response;
        try {
            response = session.handler.handle(request);
        } finally {
            if (previous == null) {
                REQUEST_FAILURE.remove();
            } else {
                REQUEST_FAILURE.set(previous);
            }
        }
        if (raiseRequestException && slot[0] != null) {
            throw Client.<RuntimeException>sneaky(slot[0]);
        }
        return response;
    }

    private void keepCookies(HttpResponse response) {
        for (Cookie cookie : response.cookies()) {
            boolean expired = (cookie.maxAge() != null && !cookie.maxAge().isPositive())
                    || (cookie.expires() != null && !cookie.expires().isAfter(Instant.now()));
            if (expired) {
                session.cookies.remove(cookie.name());
            } else {
                session.cookies.put(cookie.name(), cookie.value());
            }
        }
    }

    private static byte[] content(HttpRequest request, HttpResponse response) {
        int status = response.status();
        if (request.method().equals("HEAD") || status < 200 || status == 204 || status == 304) {
            return new byte[0];
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            response.writeBody(out);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the response content: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    @SuppressWarnings("unchecked")
    private static <X extends Throwable> X sneaky(Throwable failure) throws X {
        throw (X) failure;
    }
}
