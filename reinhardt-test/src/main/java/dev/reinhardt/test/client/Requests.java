package dev.reinhardt.test.client;

import dev.reinhardt.conf.Settings;
import dev.reinhardt.http.HttpRequest;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The request methods the {@link Client} and the {@link RequestFactory}
 * share, and how both build an {@link HttpRequest}; the encoding of
 * {@code data} is described on {@link Client}.
 *
 * @param <R> what a request gives: a response, or the request itself
 */
abstract sealed class Requests<R> permits Client, RequestFactory {

    /** Make a request with any method: the primitive every other method calls. */
    public abstract R request(String method, String path, Map<String, ?> query, Object data, String contentType,
                              Map<String, String> headers);

    /** GET {@code path}. */
    public R get(String path) {
        return get(path, Map.of(), Map.of());
    }

    /** GET {@code path} with {@code data} as the query string. */
    public R get(String path, Map<String, ?> data) {
        return get(path, data, Map.of());
    }

    /** GET {@code path} with {@code data} as the query string and extra {@code headers}. */
    public R get(String path, Map<String, ?> data, Map<String, String> headers) {
        return request("GET", path, data, null, null, headers);
    }

    /** HEAD {@code path}. */
    public R head(String path) {
        return head(path, Map.of(), Map.of());
    }

    /** HEAD {@code path} with {@code data} as the query string. */
    public R head(String path, Map<String, ?> data) {
        return head(path, data, Map.of());
    }

    /** HEAD {@code path} with {@code data} as the query string and extra {@code headers}. */
    public R head(String path, Map<String, ?> data, Map<String, String> headers) {
        return request("HEAD", path, data, null, null, headers);
    }

    /** POST to {@code path} without a body. */
    public R post(String path) {
        return post(path, null, null, Map.of());
    }

    /** POST {@code data} to {@code path}: a map is sent as a multipart form. */
    public R post(String path, Object data) {
        return post(path, data, null, Map.of());
    }

    /** POST {@code data} to {@code path} encoded as {@code contentType}. */
    public R post(String path, Object data, String contentType) {
        return post(path, data, contentType, Map.of());
    }

    /** POST {@code data} to {@code path} encoded as {@code contentType}, with extra {@code headers}. */
    public R post(String path, Object data, String contentType, Map<String, String> headers) {
        return request("POST", path, Map.of(), data, contentType, headers);
    }

    /** PUT to {@code path} without a body. */
    public R put(String path) {
        return put(path, null, null, Map.of());
    }

    /** PUT {@code data} to {@code path}: text and bytes as they are, anything else as JSON. */
    public R put(String path, Object data) {
        return put(path, data, null, Map.of());
    }

    /** PUT {@code data} to {@code path} encoded as {@code contentType}. */
    public R put(String path, Object data, String contentType) {
        return put(path, data, contentType, Map.of());
    }

    /** PUT {@code data} to {@code path} encoded as {@code contentType}, with extra {@code headers}. */
    public R put(String path, Object data, String contentType, Map<String, String> headers) {
        return request("PUT", path, Map.of(), data, contentType, headers);
    }

    /** PATCH {@code path} without a body. */
    public R patch(String path) {
        return patch(path, null, null, Map.of());
    }

    /** PATCH {@code path} with {@code data}: text and bytes as they are, anything else as JSON. */
    public R patch(String path, Object data) {
        return patch(path, data, null, Map.of());
    }

    /** PATCH {@code path} with {@code data} encoded as {@code contentType}. */
    public R patch(String path, Object data, String contentType) {
        return patch(path, data, contentType, Map.of());
    }

    /** PATCH {@code path} with {@code data} encoded as {@code contentType}, with extra {@code headers}. */
    public R patch(String path, Object data, String contentType, Map<String, String> headers) {
        return request("PATCH", path, Map.of(), data, contentType, headers);
    }

    /** DELETE {@code path}. */
    public R delete(String path) {
        return delete(path, null, null, Map.of());
    }

    /** DELETE {@code path} with {@code data} as the body: text and bytes as they are, anything else as JSON. */
    public R delete(String path, Object data) {
        return delete(path, data, null, Map.of());
    }

    /** DELETE {@code path} with {@code data} encoded as {@code contentType}. */
    public R delete(String path, Object data, String contentType) {
        return delete(path, data, contentType, Map.of());
    }

    /** DELETE {@code path} with {@code data} encoded as {@code contentType}, with extra {@code headers}. */
    public R delete(String path, Object data, String contentType, Map<String, String> headers) {
        return request("DELETE", path, Map.of(), data, contentType, headers);
    }

    /** OPTIONS {@code path}. */
    public R options(String path) {
        return options(path, null, null, Map.of());
    }

    /** OPTIONS {@code path} with {@code data} as the body: text and bytes as they are, anything else as JSON. */
    public R options(String path, Object data) {
        return options(path, data, null, Map.of());
    }

    /** OPTIONS {@code path} with {@code data} encoded as {@code contentType}. */
    public R options(String path, Object data, String contentType) {
        return options(path, data, contentType, Map.of());
    }

    /** OPTIONS {@code path} with {@code data} encoded as {@code contentType}, with extra {@code headers}. */
    public R options(String path, Object data, String contentType, Map<String, String> headers) {
        return request("OPTIONS", path, Map.of(), data, contentType, headers);
    }

    /**
     * Build the request under the current settings. {@code path} may carry a
     * query string, to which {@code query} is appended; {@code headers}
     * (merged over {@code defaults}) may set Host; {@code secure} makes it HTTPS.
     */
    static HttpRequest build(String method, String path, Map<String, ?> query, Object data, String contentType,
                             Map<String, String> defaults, Map<String, String> headers, boolean secure) {
        String upper = method.toUpperCase(Locale.ROOT);
        int mark = path.indexOf('?');
        String rawPath = RequestEncoding.encodePath(mark < 0 ? path : path.substring(0, mark));
        String pathQuery = mark < 0 ? "" : path.substring(mark + 1);
        String dataQuery = query == null || query.isEmpty() ? "" : RequestEncoding.query(query);
        String queryString = pathQuery.isEmpty() ? dataQuery
                : dataQuery.isEmpty() ? pathQuery : pathQuery + "&" + dataQuery;
        Map<String, String> all = new LinkedHashMap<>();
        defaults.forEach((name, value) -> all.put(name.toLowerCase(Locale.ROOT), value));
        headers.forEach((name, value) -> all.put(name.toLowerCase(Locale.ROOT), value));
        HttpRequest.Builder builder = HttpRequest.builder(Settings.current())
                .method(upper)
                .rawPath(rawPath.isEmpty() ? "/" : rawPath)
                .queryString(queryString)
                .scheme(secure ? "https" : "http")
                .server(Client.TEST_SERVER, secure ? 443 : 80)
                .remoteAddr("127.0.0.1");
        builder.header("Host", all.getOrDefault("host", Client.TEST_SERVER));
        all.remove("host");
        String typeHeader = all.remove("content-type");
        String type = contentType != null ? contentType : typeHeader;
        RequestEncoding.Body body = RequestEncoding.body(upper, data, type);
        if (body.contentType() != null) {
            builder.header("Content-Type", body.contentType());
        }
        if (body.bytes().length > 0 || body.contentType() != null) {
            builder.header("Content-Length", Integer.toString(body.bytes().length));
            builder.body(body.bytes());
        }
        all.forEach(builder::header);
        return builder.build();
    }
}
