package dev.reinhardt.test.client;

import dev.reinhardt.http.HttpRequest;

import java.util.Map;

/**
 * Build {@link HttpRequest}s to call a view directly, without middleware or
 * URL resolution (Django's {@code RequestFactory}).
 *
 * <pre>{@code
 * HttpRequest request = new RequestFactory().get("/orders/", Map.of("page", "2"));
 * HttpResponse response = new OrderListView().handle(request);
 * }</pre>
 *
 * <p>Requests are built under the current settings (those of the running
 * test), addressed to host {@code testserver}. See {@link Client} for how
 * {@code data} is encoded. Not thread-safe; cheap to create.
 */
public final class RequestFactory extends Requests<HttpRequest> {

    private final Map<String, String> defaultHeaders;

    /** Create a factory whose requests carry no extra headers. */
    public RequestFactory() {
        this(Map.of());
    }

    /** Create a factory whose requests all carry {@code defaultHeaders}. */
    public RequestFactory(Map<String, String> defaultHeaders) {
        this.defaultHeaders = Map.copyOf(defaultHeaders);
    }

    @Override
    public HttpRequest request(String method, String path, Map<String, ?> query, Object data, String contentType,
                               Map<String, String> headers) {
        return build(method, path, query, data, contentType, defaultHeaders, headers, false);
    }
}
