package dev.reinhardt.core.server;

import dev.reinhardt.conf.Settings;
import dev.reinhardt.core.handlers.ProjectHandler;
import dev.reinhardt.core.signals.Signals;
import dev.reinhardt.dispatch.Receiver;
import dev.reinhardt.http.FileResponse;
import dev.reinhardt.http.HttpRequest;
import dev.reinhardt.http.HttpResponse;
import dev.reinhardt.http.StreamingHttpResponse;
import dev.reinhardt.urls.UrlConf;
import dev.reinhardt.urls.UrlPattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static dev.reinhardt.urls.Urls.path;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code requestFinished} over real HTTP, through the embedded Jetty adapter
 * and the servlet adapter: sent once, after the last byte of a streamed
 * body, or after the client went away or the body failed.
 */
class RequestFinishedOverHttpTest {

    /** What happened, per request path, in order, as the server saw it. */
    static final Map<String, List<String>> EVENTS = new ConcurrentHashMap<>();
    static final Map<String, CountDownLatch> FINISHED = new ConcurrentHashMap<>();
    static final byte[] MEGABYTE = new byte[1 << 20];
    static Path file;

    static void record(HttpRequest request, String event) {
        EVENTS.computeIfAbsent(request.pathInfo(), k -> new CopyOnWriteArrayList<>()).add(event);
    }

    /** {@code count} chunks ({@code chunk}, or numbered lines when null), recording each and the end of the stream. */
    static Iterator<byte[]> chunks(HttpRequest request, int count, int failAt, byte[] chunk) {
        return new Iterator<>() {
            int next;

            @Override
            public boolean hasNext() {
                if (next < count) {
                    return true;
                }
                record(request, "end");
                return false;
            }

            @Override
            public byte[] next() {
                if (next >= count) {
                    throw new NoSuchElementException();
                }
                int index = next++;
                if (index == failAt) {
                    record(request, "failed");
                    throw new IllegalStateException("the export broke");
                }
                record(request, "chunk " + index);
                return chunk != null ? chunk : ("chunk " + index + "\n").getBytes(StandardCharsets.UTF_8);
            }
        };
    }

    public static final class Urls implements UrlConf {
        @Override
        public List<UrlPattern> urlpatterns() {
            return List.of(
                    path("stream/", request -> new StreamingHttpResponse(() -> chunks(request, 3, -1, null), "text/plain")),
                    path("endless/", request -> new StreamingHttpResponse(
                            () -> chunks(request, 4096, -1, MEGABYTE), "application/octet-stream")),
                    path("broken/", request -> new StreamingHttpResponse(() -> chunks(request, 3, 1, null), "text/plain")),
                    path("file/", request -> new FileResponse(file) {
                        @Override
                        public void writeBody(OutputStream out) throws IOException {
                            super.writeBody(out);
                            record(request, "file written");
                        }
                    }),
                    path("plain/", request -> new HttpResponse("plain")));
        }
    }

    static final Settings SETTINGS = new Settings() {
        {
            rootUrlconf = Urls.class;
            allowedHosts = List.of("127.0.0.1");
        }
    };
    static final Receiver<HttpRequest> RECEIVER = (sender, request) -> {
        record(request, "finished");
        FINISHED.computeIfAbsent(request.pathInfo(), k -> new CountDownLatch(1)).countDown();
    };
    static final HttpClient CLIENT = HttpClient.newHttpClient();
    static EmbeddedServer embedded;
    static ServletContainer container;
    static int servletPort;

    @BeforeAll
    static void start(@TempDir Path directory) throws Exception {
        file = directory.resolve("report.bin");
        Files.write(file, new byte[300_000]);
        embedded = EmbeddedServer.builder(ProjectHandler.create(SETTINGS), SETTINGS).port(0).start();
        container = ServletContainer.start("/app", SETTINGS);
        servletPort = container.port();
        Signals.requestFinished.connect(RECEIVER);
    }

    @AfterAll
    static void stop() throws Exception {
        Signals.requestFinished.disconnect(RECEIVER);
        embedded.stop();
        container.close();
    }

    @BeforeEach
    @AfterEach
    void forget() {
        EVENTS.clear();
        FINISHED.clear();
    }

    private static int port(String adapter) {
        return adapter.equals("jetty") ? embedded.port() : servletPort;
    }

    private static String url(String adapter, String path) {
        return "http://127.0.0.1:" + port(adapter) + (adapter.equals("jetty") ? "" : "/app") + path;
    }

    private static List<String> eventsOnceFinished(String path) throws InterruptedException {
        CountDownLatch finished = FINISHED.computeIfAbsent(path, k -> new CountDownLatch(1));
        assertThat(finished.await(20, TimeUnit.SECONDS)).as("requestFinished was sent for " + path).isTrue();
        return List.copyOf(EVENTS.get(path));
    }

    @ParameterizedTest
    @ValueSource(strings = {"jetty", "servlet"})
    void firesOnceAfterTheLastChunkOfAStream(String adapter) throws Exception {
        var response = CLIENT.send(java.net.http.HttpRequest.newBuilder(URI.create(url(adapter, "/stream/"))).build(),
                BodyHandlers.ofString());

        assertThat(response.body()).isEqualTo("chunk 0\nchunk 1\nchunk 2\n");
        assertThat(eventsOnceFinished("/stream/")).containsExactly("chunk 0", "chunk 1", "chunk 2", "end", "finished");
    }

    @ParameterizedTest
    @ValueSource(strings = {"jetty", "servlet"})
    void firesOnceAfterAFileWasSent(String adapter) throws Exception {
        var response = CLIENT.send(java.net.http.HttpRequest.newBuilder(URI.create(url(adapter, "/file/"))).build(),
                BodyHandlers.ofByteArray());

        assertThat(response.body()).hasSize(300_000);
        assertThat(eventsOnceFinished("/file/")).containsExactly("file written", "finished");
    }

    @ParameterizedTest
    @ValueSource(strings = {"jetty", "servlet"})
    void firesWhenTheClientGoesAwayMidStream(String adapter) throws Exception {
        String prefix = adapter.equals("jetty") ? "" : "/app";
        try (Socket socket = new Socket("127.0.0.1", port(adapter))) {
            socket.getOutputStream().write(("GET " + prefix + "/endless/ HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            assertThat(in.readNBytes(1024)).hasSize(1024);
        }

        List<String> events = eventsOnceFinished("/endless/");
        assertThat(events).last().isEqualTo("finished");
        assertThat(events).doesNotContain("end").containsOnlyOnce("finished");
    }

    @ParameterizedTest
    @ValueSource(strings = {"jetty", "servlet"})
    void firesWhenTheStreamFailsAndTheServerGoesOn(String adapter) throws Exception {
        try {
            CLIENT.send(java.net.http.HttpRequest.newBuilder(URI.create(url(adapter, "/broken/"))).build(),
                    BodyHandlers.ofString());
        } catch (IOException truncated) {
            // The status was sent before the body failed, so the connection is cut: what a client should see.
        }

        assertThat(eventsOnceFinished("/broken/")).containsExactly("chunk 0", "failed", "finished");
        var next = CLIENT.send(java.net.http.HttpRequest.newBuilder(URI.create(url(adapter, "/plain/"))).build(),
                BodyHandlers.ofString());
        assertThat(next.body()).isEqualTo("plain");
        assertThat(eventsOnceFinished("/plain/")).containsExactly("finished");
    }
}
