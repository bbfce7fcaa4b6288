package dev.reinhardt.core.server;

import dev.reinhardt.conf.Settings;
import dev.reinhardt.core.handlers.Handler;
import dev.reinhardt.http.HttpRequest;
import dev.reinhardt.http.HttpResponse;
import dev.reinhardt.urls.ScriptPrefix;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;

/**
 * One request-response exchange, the same for every server adapter: the
 * settings and the script prefix stay bound until the body is written (a
 * streamed body may reverse URLs or read settings as it is produced), and
 * the response is closed exactly once when the last byte is out, the client
 * went away, or the body failed.
 */
final class Exchange {

    private static final Logger LOG = LoggerFactory.getLogger("dev.reinhardt.request");

    /** Writes a response to the server's client. */
    @FunctionalInterface
    interface Writer {
        void write(HttpResponse response) throws IOException;
    }

    private Exchange() {
    }

    /**
     * Answer {@code request} with {@code handler} and write the response with {@code writer}.
     *
     * @throws IOException when the client went away; the server aborts the connection
     * @throws RuntimeException when a streamed body failed after the status was sent; the server aborts
     */
    static void serve(Handler handler, Settings settings, HttpRequest request, Writer writer) throws IOException {
        Settings.callWith(settings, () -> ScriptPrefix.callWith(request.scriptName(), () -> {
            HttpResponse response = Guard.call(handler, request);
            try {
                writer.write(response);
            } catch (IOException e) {
                LOG.debug("The client went away while {} was sent: {}", request.path(), e.toString());
                throw e;
            } catch (RuntimeException e) {
                LOG.error("Sending the body of {} failed", request.path(), e);
                throw e;
            } finally {
                close(response, request);
            }
            return null;
        }));
    }

    private static void close(HttpResponse response, HttpRequest request) {
        try {
            response.close();
        } catch (RuntimeException e) {
            LOG.error("Closing the response to {} failed", request.path(), e);
        }
    }
}
