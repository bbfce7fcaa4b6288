package dev.reinhardt.core.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** Send hand-written requests over a socket, for the malformed input an HTTP client refuses to send. */
final class RawHttp {

    private RawHttp() {
    }

    /** Send {@code request} as is and return everything the server answers until it closes or 5 s pass. */
    static String exchange(int port, String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(5000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            return readAll(socket.getInputStream());
        }
    }

    /** Return the status code of the first response line. */
    static int status(String response) {
        return Integer.parseInt(response.substring(9, 12));
    }

    private static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                out.write(buffer, 0, n);
            }
        } catch (java.net.SocketTimeoutException e) {
            // Keep-alive: the server left the connection open; what arrived is the answer.
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
