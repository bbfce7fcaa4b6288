package shop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.reinhardt.Reinhardt;
import dev.reinhardt.conf.Settings;
import dev.reinhardt.urls.Urls;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import shop.config.settings.Development;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shop over real HTTP: started with {@code ./manage runserver} in a
 * child process, as a developer starts it, and probed as browsers, load
 * balancers, proxies and hostile clients would, with
 * {@link java.net.http.HttpClient} and, where a client library would
 * normalise the request, raw sockets.
 *
 * <p>Each {@code @Nested} group is one concern; to extend the suite add a
 * test to a group or a new group, using {@link #get}, {@link #send} and
 * {@link Raw}.
 *
 * <p>The server uses a scratch SQLite database ({@code DATABASE_URL}),
 * migrated and seeded with {@code ./manage migrate} and
 * {@code ./manage seed_demo} before it starts, as the README's run command
 * does on a first start.
 */
class HttpEndToEndTest {

    private static final Path SHOP = Path.of("").toAbsolutePath();
    private static final Settings SETTINGS = new Development();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    private static Process server;
    private static Path database;
    private static Path log;
    private static int port;
    private static HttpClient client;

    @BeforeAll
    static void startTheShop() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        database = Files.createTempDirectory("shop-e2e");
        Map<String, String> env = Map.of("DATABASE_URL", "sqlite://" + database.resolve("db.sqlite3"));
        for (List<String> command : List.of(List.of("migrate"),
                List.of("seed_demo", "--customers", "50", "--products", "30", "--orders", "300"))) {
            List<String> manage = new ArrayList<>(List.of(SHOP.resolve("manage").toString()));
            manage.addAll(command);
            ManageScriptTest.Result result = ManageScriptTest.run(SHOP, env, manage);
            assertThat(result.status()).as(result.out() + result.err()).isZero();
        }
        log = Files.createTempFile("shop-runserver", ".log");
        ProcessBuilder builder = new ProcessBuilder(SHOP.resolve("manage").toString(), "runserver", "--noreload",
                "127.0.0.1:" + port).directory(SHOP.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().remove("REINHARDT_SETTINGS_MODULE");
        builder.environment().putAll(env);
        server = builder.start();
        client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        awaitHealthy();
    }

    /** Wait until the health check answers; the script may build the project first. */
    private static void awaitHealthy() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new AssertionError("runserver exited with " + server.exitValue() + ":\n" + Files.readString(log));
            }
            try {
                if (get("/api/health/").statusCode() == 200) {
                    return;
                }
            } catch (ConnectException notYet) {
                // Still building or starting.
            }
            Thread.sleep(200);
        }
        throw new AssertionError("The shop did not answer within 5 minutes:\n" + Files.readString(log));
    }

    @AfterAll
    static void stopTheShop() throws Exception {
        if (client != null) {
            client.close();
        }
        if (server != null) {
            server.destroy();
            if (!server.waitFor(20, TimeUnit.SECONDS)) {
                server.destroyForcibly();
                throw new AssertionError("runserver did not stop within 20 s of SIGTERM:\n" + Files.readString(log));
            }
        }
        Files.deleteIfExists(log);
        if (database != null) {
            try (var files = Files.list(database)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(database);
        }
    }

    // ---- Helpers ------------------------------------------------------------------------------

    static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** Return the path of the pattern named {@code name}, reversed with the shop's own urlconf. */
    static String reverse(String name, Map<String, ?> kwargs) {
        return Settings.callWith(SETTINGS, () -> Urls.reverse(name, kwargs));
    }

    static HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return client.send(request, BodyHandlers.ofString());
    }

    static JsonNode json(HttpResponse<String> response) throws IOException {
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        return JSON.readTree(response.body());
    }

    /** Hand-written HTTP/1.1 over a socket, for what a client library refuses to send or hides. */
    static final class Raw implements AutoCloseable {
        private final Socket socket;
        private final InputStream in;
        private final OutputStream out;

        Raw() throws IOException {
            socket = new Socket("127.0.0.1", port);
            socket.setSoTimeout(30_000);
            in = new BufferedInputStream(socket.getInputStream());
            out = socket.getOutputStream();
        }

        /** Send {@code request} with {@code Connection: close} and return everything the server answers. */
        static String exchange(String requestLineAndHeaders) throws IOException {
            try (Raw raw = new Raw()) {
                raw.write(requestLineAndHeaders + "Connection: close\r\n\r\n");
                return new String(raw.in.readAllBytes(), StandardCharsets.ISO_8859_1);
            }
        }

        void write(String text) throws IOException {
            out.write(text.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
        }

        /** Read one response with a Content-Length body from a kept-alive connection. */
        Response read() throws IOException {
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            int last4 = 0;
            while (last4 != 0x0d0a0d0a) {
                int b = in.read();
                if (b < 0) {
                    throw new IOException("The server closed the connection mid-response: " + head);
                }
                head.write(b);
                last4 = (last4 << 8) | b;
            }
            String[] lines = head.toString(StandardCharsets.ISO_8859_1).strip().split("\r\n");
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.put(lines[i].substring(0, colon).toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).strip());
            }
            int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
            byte[] body = in.readNBytes(length);
            return new Response(Integer.parseInt(lines[0].substring(9, 12)), headers, body);
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }

        record Response(int status, Map<String, String> headers, byte[] body) {
        }
    }

    static int status(String rawResponse) {
        return Integer.parseInt(rawResponse.substring(9, 12));
    }

    // ---- Routing ------------------------------------------------------------------------------

    @Nested
    class Routing {

        @Test
        void theHealthUrlReversedByNameAnswersStatusAndVersion() throws Exception {
            String path = reverse("health", Map.of());
            HttpResponse<String> response = get(path);

            assertThat(path).isEqualTo("/api/health/");
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(json(response)).isEqualTo(JSON.valueToTree(Map.of("status", "ok", "version", Reinhardt.version())));
            assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        }

        @Test
        void aSlugConverterPicksTheDatabaseAndTheCheckRunsRealSql() throws Exception {
            HttpResponse<String> response = get(reverse("health-database", Map.of("alias", "default")));

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(json(response).toString()).isEqualTo("{\"alias\":\"default\",\"status\":\"ok\",\"vendor\":\"sqlite\"}");
            assertThat(response.headers().firstValue("Server-Timing")).hasValueSatisfying(
                    timing -> assertThat(timing).matches("db;dur=\\d+\\.\\d{2};desc=\"1 query\""));
        }

        @Test
        void anAliasThatIsNotConfiguredIsNotFoundAndTheAnswerNamesTheConfiguredOnes() throws Exception {
            HttpResponse<String> response = get(reverse("health-database", Map.of("alias", "replica")));

            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(json(response).get("error").asText())
                    .isEqualTo("No database alias 'replica'. Configured aliases: default.");
        }

        @ParameterizedTest
        @ValueSource(strings = {"/api/health/databases/not%20a%20slug/", "/api/health/databases/d%C3%A9faut/",
            "/api/health/databases/a/b/"})
        void aValueTheConverterRefusesMatchesNothing(String path) throws Exception {
            assertThat(get(path).statusCode()).isEqualTo(404);
        }

        @Test
        void theHomePageIsHtmlThatLinksTheReversedApiUrls() throws Exception {
            HttpResponse<String> response = get(reverse("home", Map.of()));

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
            assertThat(response.body()).contains("<h1>Shop</h1>", Reinhardt.version())
                    .contains("href=\"" + reverse("health", Map.of()) + "\"")
                    .contains("href=\"" + reverse("health-database", Map.of("alias", "default")) + "\"");
        }

        @Test
        void aUrlWithoutItsTrailingSlashRedirectsToIt() throws Exception {
            HttpResponse<String> response = get("/api/health?probe=1");

            assertThat(response.statusCode()).isEqualTo(301);
            assertThat(response.headers().firstValue("Location")).hasValue("/api/health/?probe=1");
        }
    }

    // ---- Errors -------------------------------------------------------------------------------

    @Nested
    class Errors {

        @Test
        void notFoundIsJsonForAClientThatAsksForJson() throws Exception {
            HttpResponse<String> response = get("/no/such/page/", "Accept", "application/json");

            assertThat(response.statusCode()).isEqualTo(404);
            JsonNode body = json(response);
            assertThat(body.get("status").asInt()).isEqualTo(404);
            assertThat(body.get("path").asText()).isEqualTo("/no/such/page/");
        }

        @Test
        void notFoundIsHtmlForABrowser() throws Exception {
            HttpResponse<String> response = get("/no/such/page/", "Accept", "text/html,application/xhtml+xml,*/*;q=0.8");

            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
            assertThat(response.body()).contains("Page not found at /no/such/page/");
        }

        @Test
        void postToTheHomePageIsNotAllowedAndSaysWhatIs() throws Exception {
            HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/"))
                    .POST(HttpRequest.BodyPublishers.ofString("x=1")).build());

            assertThat(response.statusCode()).isEqualTo(405);
            assertThat(response.headers().firstValue("Allow")).hasValue("GET, HEAD");
        }
    }

    // ---- Middleware ---------------------------------------------------------------------------

    @Nested
    class Middleware {

        @Test
        void everyResponseCarriesTheShopsAndTheFrameworksHeaders() throws Exception {
            HttpResponse<String> response = get("/");

            var headers = response.headers();
            assertThat(headers.firstValue("X-Request-Id")).hasValueSatisfying(id -> assertThat(id).matches(UUID));
            assertThat(headers.firstValue("X-Request-Duration")).hasValueSatisfying(
                    duration -> assertThat(duration).matches("\\d+\\.\\d{3}"));
            assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(headers.firstValue("Referrer-Policy")).hasValue("same-origin");
            assertThat(headers.firstValue("Cross-Origin-Opener-Policy")).hasValue("same-origin");
            assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
            assertThat(headers.firstValue("Server-Timing")).hasValueSatisfying(
                    timing -> assertThat(timing).matches("db;dur=\\d+\\.\\d{2};desc=\"1 query\""));
        }

        @Test
        void headersArriveInTheOrderTheMiddlewareAddedThemInnermostFirst() throws Exception {
            String response = Raw.exchange("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n");
            String head = response.substring(0, response.indexOf("\r\n\r\n"));

            List<String> names = head.lines().skip(1).map(line -> line.substring(0, line.indexOf(':'))).toList();
            assertThat(names).containsSubsequence("X-Frame-Options", "ETag", "Vary", "X-Content-Type-Options",
                    "Server-Timing", "X-Request-Duration", "X-Request-Id");
        }

        @Test
        void aValidIncomingRequestIdIsReusedAndLogged() throws Exception {
            HttpResponse<String> response = get("/api/health/", "X-Request-Id", "lb-7f3a.42");

            assertThat(response.headers().firstValue("X-Request-Id")).hasValue("lb-7f3a.42");
            assertThat(Files.readString(log)).contains("[lb-7f3a.42] shop.requests - GET /api/health/ 200 ");
        }

        static List<String> implausibleRequestIds() {
            return List.of("two words", "<script>", "x".repeat(129));
        }

        @ParameterizedTest
        @MethodSource("implausibleRequestIds")
        void anImplausibleIncomingRequestIdIsReplaced(String forged) throws Exception {
            HttpResponse<String> response = get("/api/health/", "X-Request-Id", forged);

            assertThat(response.headers().firstValue("X-Request-Id")).hasValueSatisfying(id -> assertThat(id).matches(UUID));
        }

        @Test
        void answersFromInnerMiddlewareStillCarryTheOuterHeaders() throws Exception {
            HttpResponse<String> redirect = get("/api/health");

            assertThat(redirect.statusCode()).isEqualTo(301);
            assertThat(redirect.headers().map()).containsKeys("x-request-id", "x-request-duration", "server-timing",
                    "x-content-type-options");
        }

        @Test
        void aLargeEnoughBodyIsGzippedForAClientThatAcceptsGzip() throws Exception {
            HttpResponse<String> plain = get("/");
            HttpResponse<byte[]> zipped = client.send(HttpRequest.newBuilder(uri("/"))
                    .header("Accept-Encoding", "gzip").build(), BodyHandlers.ofByteArray());

            assertThat(plain.body().length()).isGreaterThanOrEqualTo(200);
            assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
            assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
            assertThat(zipped.headers().firstValue("Vary")).hasValue("Accept-Encoding");
            assertThat(zipped.body().length).isLessThan(plain.body().getBytes(StandardCharsets.UTF_8).length);
            try (InputStream gunzip = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
                assertThat(new String(gunzip.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(plain.body());
            }
        }

        @Test
        void aSmallBodyIsNotGzipped() throws Exception {
            HttpResponse<String> response = get("/api/health/", "Accept-Encoding", "gzip");

            assertThat(response.headers().firstValue("Content-Encoding")).isEmpty();
            assertThat(json(response).get("status").asText()).isEqualTo("ok");
        }

        @Test
        void aRepeatedGetWithTheEtagIsNotModified() throws Exception {
            HttpResponse<String> first = get("/");
            String etag = first.headers().firstValue("ETag").orElseThrow();

            HttpResponse<String> again = get("/", "If-None-Match", etag);

            assertThat(again.statusCode()).isEqualTo(304);
            assertThat(again.body()).isEmpty();
            assertThat(again.headers().firstValue("ETag")).hasValue(etag);
            assertThat(again.headers().firstValue("X-Request-Id")).isPresent();
        }

        @Test
        void theWeakEtagOfAGzippedPageIsNotModifiedEither() throws Exception {
            HttpResponse<byte[]> first = client.send(HttpRequest.newBuilder(uri("/")).header("Accept-Encoding", "gzip")
                    .build(), BodyHandlers.ofByteArray());
            String etag = first.headers().firstValue("ETag").orElseThrow();

            HttpResponse<String> again = get("/", "Accept-Encoding", "gzip", "If-None-Match", etag);

            assertThat(etag).startsWith("W/\"");
            assertThat(again.statusCode()).isEqualTo(304);
        }
    }

    // ---- The order API -----------------------------------------------------------------------

    @Nested
    class OrderApi {

        static HttpResponse<String> post(String path, String contentType, HttpRequest.BodyPublisher body)
                throws IOException, InterruptedException {
            return send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60))
                    .header("Content-Type", contentType).header("Accept", "application/json").POST(body).build());
        }

        static HttpResponse<String> postJson(String json) throws IOException, InterruptedException {
            return post("/api/orders/", "application/json", HttpRequest.BodyPublishers.ofString(json));
        }

        @Test
        void theOrderListIsNewestFirstJsonFromThreeQueries() throws Exception {
            HttpResponse<String> response = get("/api/orders/?status=paid&country=IN&limit=25");

            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode orders = json(response).get("orders");
            assertThat(orders).isNotEmpty().hasSizeLessThanOrEqualTo(25);
            List<String> times = new ArrayList<>();
            for (JsonNode order : orders) {
                assertThat(order.properties().stream().map(Map.Entry::getKey).toList())
                        .containsExactly("id", "created_at", "customer", "items");
                assertThat(order.get("items")).hasSize(3);
                assertThat(order.get("items").get(0).properties().stream().map(Map.Entry::getKey).toList())
                        .containsExactly("sku", "qty");
                times.add(order.get("created_at").asText());
            }
            assertThat(times).isSortedAccordingTo(java.util.Comparator.reverseOrder());
            assertThat(response.headers().firstValue("Server-Timing")).hasValueSatisfying(
                    timing -> assertThat(timing).matches("db;dur=\\d+\\.\\d{2};desc=\"3 queries\""));
        }

        @Test
        void theNaiveListAnswersTheSameJsonAndTheServerTimingShowsTheBatchedQueries() throws Exception {
            HttpResponse<String> naive = get("/api/orders-naive/?status=paid&limit=100");

            assertThat(json(naive)).isEqualTo(json(get("/api/orders/?status=paid&limit=100")));
            assertThat(json(naive).get("orders")).hasSize(100);
            assertThat(naive.headers().firstValue("Server-Timing")).hasValueSatisfying(
                    timing -> assertThat(timing).matches("db;dur=\\d+\\.\\d{2};desc=\"3 queries\""));
        }

        @Test
        void aLimitOutOfRangeIsABadRequestWithAMessage() throws Exception {
            HttpResponse<String> response = get("/api/orders/?limit=101");

            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(json(response).get("error").asText()).isEqualTo("limit must be a whole number from 1 to 100; got '101'.");
        }

        @Test
        void aPostedOrderIsCreatedAndServedAtItsLocation() throws Exception {
            String customer = json(get("/api/orders/?limit=1")).get("orders").get(0).get("customer").asText();
            HttpResponse<String> created = postJson("{\"customer\": \"" + customer
                    + "\", \"items\": [{\"sku\": \"SKU-00001\", \"qty\": 2}, {\"sku\": \"SKU-00002\", \"qty\": 1}]}");

            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            long id = json(created).get("id").asLong();
            assertThat(created.headers().firstValue("Location")).hasValue(uri("/api/orders/" + id + "/").toString());
            HttpResponse<String> fetched = get("/api/orders/" + id + "/");
            assertThat(fetched.statusCode()).isEqualTo(200);
            assertThat(json(fetched)).isEqualTo(json(created));
            assertThat(json(fetched).get("items").toString())
                    .isEqualTo("[{\"sku\":\"SKU-00001\",\"qty\":2},{\"sku\":\"SKU-00002\",\"qty\":1}]");
        }

        @Test
        void malformedJsonIsABadRequestSayingWhere() throws Exception {
            HttpResponse<String> response = postJson("{\"customer\": \"a@example.com\", \"items\": [");

            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(json(response).get("error").asText()).startsWith("Malformed JSON: ").contains("(line 1, column ");
        }

        @Test
        void anUnknownCustomerIsABadRequestNamingIt() throws Exception {
            HttpResponse<String> response = postJson(
                    "{\"customer\": \"nobody@example.com\", \"items\": [{\"sku\": \"SKU-00001\", \"qty\": 1}]}");

            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(json(response).get("error").asText())
                    .isEqualTo("Unknown customer 'nobody@example.com'. Use the email of an existing customer.");
        }

        @Test
        void aTenMegabyteBodyIsTooLargeAndTheAnswerSaysTheLimit() throws Exception {
            HttpResponse<String> response = post("/api/orders/", "application/json",
                    HttpRequest.BodyPublishers.ofByteArray(new byte[10 * 1024 * 1024]));

            assertThat(response.statusCode()).isEqualTo(413);
            assertThat(json(response).get("error").asText()).isEqualTo("The request body is larger than 2621440 bytes, "
                    + "the most this server accepts (setting dataUploadMaxMemorySize). Send a smaller body.");
            assertThat(get("/api/health/").statusCode()).isEqualTo(200);
        }

        @Test
        void aFormWithOneThousandAndOneFieldsIsABadRequestSayingTheLimit() throws Exception {
            StringBuilder form = new StringBuilder("customer=a%40example.com");
            for (int i = 0; i < 1000; i++) {
                form.append("&sku=SKU-").append(i);
            }
            HttpResponse<String> response = post("/api/orders/", "application/x-www-form-urlencoded",
                    HttpRequest.BodyPublishers.ofString(form.toString()));

            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(json(response).get("error").asText()).isEqualTo("The request has more than 1000 fields, the most "
                    + "this server accepts (setting dataUploadMaxNumberFields). Send fewer fields.");
        }

        @Test
        void aMissingOrderIsNotFoundWithAMessage() throws Exception {
            HttpResponse<String> response = get("/api/orders/987654321/");

            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(json(response).get("error").asText()).isEqualTo("There is no order with id 987654321.");
        }

        @Test
        void anUnsupportedMethodIsNotAllowedWithAMessageAndTheAllowedMethods() throws Exception {
            HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/orders/")).DELETE().build());

            assertThat(response.statusCode()).isEqualTo(405);
            assertThat(response.headers().firstValue("Allow")).hasValue("GET, POST, HEAD, OPTIONS");
            assertThat(json(response).get("error").asText()).isEqualTo(
                    "Method DELETE is not allowed on /api/orders/. Allowed methods: GET, POST, HEAD, OPTIONS.");
        }

        @Test
        void theHomePageListsTheNewestOrders() throws Exception {
            HttpResponse<String> response = get("/");

            long newest = json(get("/api/orders/?limit=1")).get("orders").get(0).get("id").asLong();
            assertThat(response.body()).contains("<h2>Newest orders</h2>", "href=\"/api/orders/" + newest + "/\"");
        }
    }

    // ---- Hostile and heavy clients ------------------------------------------------------------

    @Nested
    class HostileClients {

        @ParameterizedTest
        @ValueSource(strings = {"evil.example", "user@127.0.0.1", "user:secret@127.0.0.1", "127.0.0.1/path",
            "127.0.0.1/..", "127.0.0.1 evil.example", "127. 0.0.1", "127.0.0.1\tx", "", "127.0.0.1:99999",
            "127.0.0.1#fragment", "[::1"})
        void aBadHostHeaderIsABadRequest(String host) throws Exception {
            String response = Raw.exchange("GET / HTTP/1.1\r\nHost: " + host + "\r\n");

            assertThat(status(response)).as(response).isEqualTo(400);
            assertThat(response).doesNotContain("\tat ");
            assertThat(get("/api/health/").statusCode()).isEqualTo(200);
        }

        @Test
        void twoHostHeadersAreABadRequest() throws Exception {
            String response = Raw.exchange("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nHost: evil.example\r\n");

            assertThat(status(response)).isEqualTo(400);
        }

        @Test
        void aSlowlorisClientDoesNotBlockOtherRequests() throws Exception {
            byte[] request = ("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: " + "z".repeat(60) + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII);
            AtomicInteger sent = new AtomicInteger();
            AtomicBoolean finishedSending = new AtomicBoolean();
            CountDownLatch started = new CountDownLatch(2);
            Socket slow = new Socket("127.0.0.1", port);
            var threads = Executors.newVirtualThreadPerTaskExecutor();
            try {
                threads.submit(() -> {
                    for (byte b : request) {
                        slow.getOutputStream().write(b);
                        slow.getOutputStream().flush();
                        sent.incrementAndGet();
                        started.countDown();
                        Thread.sleep(1000);
                    }
                    finishedSending.set(true);
                    return null;
                });
                assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

                List<Integer> others = new ArrayList<>();
                for (int i = 0; i < 5; i++) {
                    others.add(get("/").statusCode());
                }

                assertThat(others).containsOnly(200);
                assertThat(finishedSending).as("the slow client was still sending its headers").isFalse();
                assertThat(sent.get()).isLessThan(request.length);
            } finally {
                slow.close();
                threads.shutdownNow();
                threads.close();
            }
        }

        @Test
        void twoHundredConcurrentKeepAliveClientsAreAllServed() throws Exception {
            int clients = 200;
            int requestsEach = 5;
            CountDownLatch connected = new CountDownLatch(clients);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<List<Integer>>> results = new ArrayList<>();
            try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
                for (int c = 0; c < clients; c++) {
                    results.add(threads.submit(() -> {
                        try (Raw connection = new Raw()) {
                            connected.countDown();
                            go.await();
                            List<Integer> statuses = new ArrayList<>();
                            for (int r = 0; r < requestsEach; r++) {
                                connection.write("GET /api/health/ HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
                                Raw.Response response = connection.read();
                                assertThat(response.headers()).doesNotContainEntry("connection", "close");
                                statuses.add(response.status());
                            }
                            return statuses;
                        }
                    }));
                }
                assertThat(connected.await(60, TimeUnit.SECONDS)).as("all clients connected").isTrue();
                go.countDown();
                List<Integer> statuses = new ArrayList<>();
                for (Future<List<Integer>> result : results) {
                    statuses.addAll(result.get(120, TimeUnit.SECONDS));
                }

                assertThat(statuses).hasSize(clients * requestsEach).containsOnly(200);
            }
        }
    }
}
