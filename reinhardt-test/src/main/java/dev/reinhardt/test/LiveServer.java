package dev.reinhardt.test;

import java.net.URI;

/**
 * The running server of a {@link LiveServerTest} class.
 *
 * @param host the loopback address it listens on, {@code 127.0.0.1}
 * @param port the port it listens on
 */
public record LiveServer(String host, int port) {

    /** Return the server's base URL, such as {@code http://127.0.0.1:41234} (Django's {@code live_server_url}). */
    public String url() {
        return "http://" + host + ":" + port;
    }

    /** Return the absolute URI of {@code path} on the server, such as {@code uri("/orders/")}. */
    public URI uri(String path) {
        return URI.create(url() + (path.startsWith("/") ? path : "/" + path));
    }
}
