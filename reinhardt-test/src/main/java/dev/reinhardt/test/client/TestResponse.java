package dev.reinhardt.test.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.reinhardt.http.Cookie;
import dev.reinhardt.http.HttpRequest;
import dev.reinhardt.http.HttpResponse;
import dev.reinhardt.http.Json;
import dev.reinhardt.http.RouteMatch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The response the {@link Client} got, with its content read, the request
 * that produced it and, after {@link Client#follow()}, the redirects followed.
 */
public final class TestResponse {

    /** One redirect followed on the way to a response: where it pointed and its status. */
    public record Redirect(String url, int status) {
    }

    private final HttpResponse response;
    private final HttpRequest request;
    private final byte[] content;
    private final List<Redirect> redirectChain;

    TestResponse(HttpResponse response, HttpRequest request, byte[] content, List<Redirect> redirectChain) {
        this.response = response;
        this.request = request;
        this.content = content;
        this.redirectChain = List.copyOf(redirectChain);
    }

    /** Return the status code. */
    public int status() {
        return response.status();
    }

    /** Return the value of header {@code name} (any case), or null. */
    public String header(String name) {
        return response.header(name);
    }

    /** Return the headers, cookies excluded. */
    public Map<String, String> headers() {
        return response.headers();
    }

    /** Return the cookies the response sets. */
    public List<Cookie> cookies() {
        return response.cookies();
    }

    /** Return the Location header of a redirect, or null (Django's {@code response.url}). */
    public String url() {
        return response.header("Location");
    }

    /** Return the content, streamed content included; empty for HEAD requests. */
    public byte[] content() {
        return content.clone();
    }

    /** Return the content decoded with the response's charset. */
    public String text() {
        Charset charset = response.charset();
        return new String(content, charset);
    }

    /**
     * Return the content parsed as JSON.
     *
     * @throws IllegalStateException when the Content-Type is not JSON or the content does not parse
     */
    public JsonNode json() {
        checkJson();
        try {
            return Json.mapper().readTree(content);
        } catch (IOException e) {
            throw new IllegalStateException("The response content is not valid JSON: " + e.getMessage(), e);
        }
    }

    /** Return the content read as JSON into {@code type}, such as a record or {@code Map.class}. */
    public <T> T json(Class<T> type) {
        checkJson();
        try {
            return Json.mapper().readValue(content, type);
        } catch (IOException e) {
            throw new UncheckedIOException("The response content cannot be read as a " + type.getSimpleName()
                    + ": " + e.getMessage(), e);
        }
    }

    private void checkJson() {
        String type = response.header("Content-Type");
        String media = type == null ? "" : type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!media.equals("application/json") && !media.endsWith("+json")) {
            throw new IllegalStateException("Content-Type header is \"" + type + "\", not \"application/json\".");
        }
    }

    /** Return the redirects followed to reach this response, in order; empty unless the client follows them. */
    public List<Redirect> redirectChain() {
        return redirectChain;
    }

    /** Return the request that produced this response (the last one, after redirects). */
    public HttpRequest request() {
        return request;
    }

    /** Return the URL pattern the request matched, or null when it matched none. */
    public RouteMatch resolverMatch() {
        return request.resolverMatch();
    }

    /** Return the response as the handler returned it. */
    public HttpResponse response() {
        return response;
    }

    @Override
    public String toString() {
        return "TestResponse[" + request.method() + " " + request.getFullPath() + " -> " + response.status() + "]";
    }
}
