package dev.reinhardt.core.server;

import dev.reinhardt.conf.Settings;
import dev.reinhardt.core.handlers.ProjectHandler;
import dev.reinhardt.http.HttpResponse;
import dev.reinhardt.http.StreamingHttpResponse;
import dev.reinhardt.urls.UrlConf;
import dev.reinhardt.urls.UrlPattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static dev.reinhardt.urls.Urls.path;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmbeddedServerTest {

    static final CountDownLatch SLOW_STARTED = new CountDownLatch(1);
    static final CountDownLatch DRAIN_STARTED = new CountDownLatch(1);

    public static final class Urls implements UrlConf {
        @Override
        public List<UrlPattern> urlpatterns() {
            return List.of(
                    path("hello/<str:name>/", request -> new HttpResponse("Hello, "
                            + request.resolverMatch().kwarg("name", String.class) + " from "
                            + (Thread.currentThread().isVirtual() ? "a virtual thread" : "a platform thread"))),
                    path("echo/", request -> new HttpResponse("fields=" + request.POST().asMap()
                            + " cookie=" + request.cookies().get("flavour") + " auth=" + request.headers().get("X-Auth-User"))),
                    path("cookie/", request -> new HttpResponse("set").setCookie("flavour", "ginger")),
                    path("stream/", request -> new StreamingHttpResponse(
                            List.of("one,".getBytes(StandardCharsets.UTF_8), "two".getBytes(StandardCharsets.UTF_8)), "text/csv")),
                    path("slow/", request -> {
                        SLOW_STARTED.countDown();
                        Thread.sleep(700);
                        return new HttpResponse("finished");
                    }),
                    path("drain/", request -> {
                        DRAIN_STARTED.countDown();
                        Thread.sleep(1500);
                        return new HttpResponse("drained");
                    }));
        }
    }

    static final Settings SETTINGS = new Settings() {
        {
            rootUrlconf = Urls.class;
            allowedHosts = List.of("127.0.0.1", "localhost");
        }
    };
    static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static EmbeddedServer server;

    @BeforeAll
    static void start() {
        server = EmbeddedServer.start(ProjectHandler.create(SETTINGS), "127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    static java.net.http.HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return CLIENT.send(request.timeout(Duration.ofSeconds(10)).build(), BodyHandlers.ofString());
    }

    static URI uri(EmbeddedServer target, String path) {
        return URI.create("http://127.0.0.1:" + target.port() + path);
    }

    @Test
    void servesTheProjectOnAFreePortFromVirtualThreads() throws Exception {
        var response = send(HttpRequest.newBuilder(uri(server, "/hello/ada/")));

        assertThat(server.port()).isPositive();
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("Hello, ada from a virtual thread");
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(response.headers().firstValue("Server")).isEmpty();
    }

    @Test
    void formsAndCookiesTravelBothWays() throws Exception {
        var set = send(HttpRequest.newBuilder(uri(server, "/cookie/")));
        var echo = send(HttpRequest.newBuilder(uri(server, "/echo/"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", "flavour=ginger")
                .POST(HttpRequest.BodyPublishers.ofString("a=1&a=2&b=%C3%A9")));

        assertThat(set.headers().allValues("Set-Cookie")).containsExactly("flavour=ginger; Path=/");
        assertThat(echo.body()).isEqualTo("fields={a=[1, 2], b=[é]} cookie=ginger auth=null");
    }

    @Test
    void streamingResponsesArriveWhole() throws Exception {
        var response = send(HttpRequest.newBuilder(uri(server, "/stream/")));

        assertThat(response.body()).isEqualTo("one,two");
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/csv");
    }

    @Test
    void headAnswersWithHeadersOnly() throws Exception {
        String raw = RawHttp.exchange(server.port(), "HEAD /hello/x/ HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");

        assertThat(RawHttp.status(raw)).isEqualTo(200);
        assertThat(raw).contains("Content-Length: 30").endsWith("\r\n\r\n");
    }

    @Test
    void headerNamesWithUnderscoresAreNotMistakenForDashes() throws Exception {
        String raw = RawHttp.exchange(server.port(), "GET /echo/ HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "X_Auth_User: admin\r\nConnection: close\r\n\r\n");

        assertThat(raw).contains("auth=null");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/hello/%2e%2e/", "/hello/a%2fb/", "/hello/a%5cb/", "/hello/a%00b/", "/hello/../hello/x/",
        "/hello/a\\b/"})
    void hostilePathsAreRejected(String path) throws Exception {
        String raw = RawHttp.exchange(server.port(), "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");

        assertThat(RawHttp.status(raw)).isEqualTo(400);
    }

    @Test
    void oversizedHeadersAreRefused() throws Exception {
        String raw = RawHttp.exchange(server.port(), "GET /hello/x/ HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: "
                + "a".repeat(10_000) + "\r\nConnection: close\r\n\r\n");

        assertThat(RawHttp.status(raw)).isEqualTo(431);
    }

    @Test
    void aPortInUseFailsWithAClearMessage() {
        assertThatThrownBy(() -> EmbeddedServer.start(ProjectHandler.create(SETTINGS), "127.0.0.1", server.port()))
                .isInstanceOf(PortInUseException.class)
                .hasMessage("Port " + server.port() + " is already in use. Stop the other process or pass another port.");
    }

    @Test
    void aSlowClientIsDisconnectedWithoutBlockingOthers() throws Exception {
        EmbeddedServer strict = EmbeddedServer.builder(ProjectHandler.create(SETTINGS), SETTINGS)
                .port(0).idleTimeout(Duration.ofMillis(500)).start();
        try (Socket slow = new Socket("127.0.0.1", strict.port())) {
            slow.setSoTimeout(5000);
            slow.getOutputStream().write("GET /hello/x/ HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ".getBytes(StandardCharsets.US_ASCII));
            slow.getOutputStream().flush();

            var other = send(HttpRequest.newBuilder(uri(strict, "/hello/quick/")));
            assertThat(other.body()).startsWith("Hello, quick");

            long started = System.nanoTime();
            InputStream in = slow.getInputStream();
            byte[] rest = in.readAllBytes();
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)).isLessThan(4000);
            assertThat(new String(rest, StandardCharsets.US_ASCII)).doesNotContain("Hello");
        } finally {
            strict.stop();
        }
    }

    @Test
    void aSlowPostIsCutOff() throws Exception {
        try (Socket slow = new Socket("127.0.0.1", server.port())) {
            slow.setSoTimeout(10_000);
            var out = slow.getOutputStream();
            out.write(("POST /echo/ HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                    + "Content-Length: 100000\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            long started = System.nanoTime();
            boolean cutOff = false;
            while (!cutOff && TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started) < 8) {
                try {
                    out.write('a');
                    out.flush();
                    Thread.sleep(200);
                    cutOff = slow.getInputStream().available() > 0;
                } catch (java.io.IOException e) {
                    cutOff = true;
                }
            }

            assertThat(cutOff).as("the server answered or closed within 8 s").isTrue();
        }
    }

    @Test
    void aPostWhoseBodyFollowsAPauseIsServed() throws Exception {
        try (Socket client = new Socket("127.0.0.1", server.port())) {
            client.setSoTimeout(5000);
            var out = client.getOutputStream();
            out.write(("POST /echo/ HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                    + "Content-Length: 7\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            Thread.sleep(1500);
            out.write("a=1&b=2".getBytes(StandardCharsets.US_ASCII));
            out.flush();

            String raw = new String(client.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(RawHttp.status(raw)).isEqualTo(200);
            assertThat(raw).contains("fields={a=[1], b=[2]}");
        }
    }

    @Test
    void aResponseSentBeforeTheRequestBodyArrivedSaysTheConnectionCloses() throws Exception {
        try (Socket client = new Socket("127.0.0.1", server.port())) {
            client.setSoTimeout(5000);
            client.getOutputStream().write(("POST /hello/x/ HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 10\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            client.getOutputStream().flush();

            String raw = new String(client.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(RawHttp.status(raw)).isEqualTo(200);
            assertThat(raw).containsIgnoringCase("\r\nConnection: close\r\n").endsWith("Hello, x from a virtual thread");
        }
    }

    @Test
    void aBodyTheViewLeftUnreadDoesNotCostTheConnection() throws Exception {
        String post = "POST /hello/x/ HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 10\r\n\r\n0123456789";
        String get = "GET /hello/y/ HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";

        String raw = RawHttp.exchange(server.port(), post + get);

        int firstBody = raw.indexOf("Hello, x from a virtual thread");
        assertThat(firstBody).isPositive();
        assertThat(raw.substring(0, firstBody)).doesNotContainIgnoringCase("Connection:");
        assertThat(raw).endsWith("Hello, y from a virtual thread");
    }

    @Test
    void stopLetsInFlightRequestsFinish() throws Exception {
        EmbeddedServer draining = EmbeddedServer.builder(ProjectHandler.create(SETTINGS), SETTINGS)
                .port(0).stopTimeout(Duration.ofSeconds(5)).start();
        CompletableFuture<java.net.http.HttpResponse<String>> inFlight = CLIENT.sendAsync(
                HttpRequest.newBuilder(uri(draining, "/slow/")).build(), BodyHandlers.ofString());
        assertThat(SLOW_STARTED.await(5, TimeUnit.SECONDS)).isTrue();

        draining.stop();

        var response = inFlight.get(5, TimeUnit.SECONDS);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("finished");
    }

    @Test
    void aPostBodyTricklingInForLessThanASecondIsServed() throws Exception {
        try (Socket client = new Socket("127.0.0.1", server.port())) {
            client.setSoTimeout(5000);
            var out = client.getOutputStream();
            out.write(("POST /echo/ HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                    + "Content-Length: 7\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            for (byte b : "a=1&b=2".getBytes(StandardCharsets.US_ASCII)) {
                out.write(b);
                out.flush();
                Thread.sleep(100);
            }

            String raw = new String(client.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(RawHttp.status(raw)).isEqualTo(200);
            assertThat(raw).contains("fields={a=[1], b=[2]}");
        }
    }

    @Test
    void aRequestArrivingWhileTheServerDrainsIsNotServed() throws Exception {
        EmbeddedServer draining = EmbeddedServer.builder(ProjectHandler.create(SETTINGS), SETTINGS)
                .port(0).stopTimeout(Duration.ofSeconds(5)).start();
        try (Socket keptAlive = new Socket("127.0.0.1", draining.port())) {
            keptAlive.setSoTimeout(5000);
            var out = keptAlive.getOutputStream();
            out.write("GET /hello/first/ HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            byte[] first = new byte[4096];
            int read = keptAlive.getInputStream().read(first);
            assertThat(new String(first, 0, read, StandardCharsets.US_ASCII)).startsWith("HTTP/1.1 200");
            CompletableFuture<java.net.http.HttpResponse<String>> inFlight = CLIENT.sendAsync(
                    HttpRequest.newBuilder(uri(draining, "/drain/")).build(), BodyHandlers.ofString());
            assertThat(DRAIN_STARTED.await(5, TimeUnit.SECONDS)).isTrue();
            Thread stopping = Thread.ofVirtual().start(draining::stop);
            Thread.sleep(300);

            String late;
            try {
                out.write("GET /hello/late/ HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                late = new String(keptAlive.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
            } catch (java.io.IOException e) {
                late = "";
            }

            assertThat(late).as("refused with 503 or closed").satisfiesAnyOf(
                    answer -> assertThat(answer).startsWith("HTTP/1.1 503"),
                    answer -> assertThat(answer).isEmpty());
            assertThat(late).doesNotContain("Hello, late");
            assertThat(inFlight.get(5, TimeUnit.SECONDS).body()).isEqualTo("drained");
            stopping.join(Duration.ofSeconds(5));
        } finally {
            draining.stop();
        }
    }
}
