package dev.reinhardt.middleware;

import dev.reinhardt.conf.DatabaseSettings;
import dev.reinhardt.conf.Settings;
import dev.reinhardt.core.handlers.ProjectHandler;
import dev.reinhardt.db.Connections;
import dev.reinhardt.db.backends.base.Sql;
import dev.reinhardt.http.HttpResponse;
import dev.reinhardt.urls.UrlConf;
import dev.reinhardt.urls.UrlPattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import static dev.reinhardt.middleware.MiddlewareTestSupport.get;
import static dev.reinhardt.middleware.MiddlewareTestSupport.handler;
import static dev.reinhardt.urls.Urls.path;
import static org.assertj.core.api.Assertions.assertThat;

/** Server-Timing over real SQLite databases, with two aliases. */
class ServerTimingMiddlewareTest {

    static final CountDownLatch SLOW_QUERIED = new CountDownLatch(1);
    static final CountDownLatch FAST_DONE = new CountDownLatch(1);

    static int selectOne(String alias) {
        return Connections.get(alias).query(Sql.of("SELECT 1"), rs -> rs.getInt(1)).getFirst();
    }

    public static final class Urls implements UrlConf {
        @Override
        public List<UrlPattern> urlpatterns() {
            return List.of(
                    path("none/", request -> new HttpResponse("no SQL")),
                    path("one/", request -> new HttpResponse("n=" + selectOne("default"))),
                    path("both/", request -> {
                        selectOne("default");
                        selectOne("default");
                        selectOne("other");
                        return new HttpResponse("three");
                    }),
                    path("timed/", request -> {
                        selectOne("default");
                        return new HttpResponse("timed").header("Server-Timing", "render;dur=2");
                    }),
                    path("slow/", request -> {
                        selectOne("default");
                        SLOW_QUERIED.countDown();
                        FAST_DONE.await(10, TimeUnit.SECONDS);
                        return new HttpResponse("slow");
                    }),
                    path("fast/", request -> {
                        for (int i = 0; i < 5; i++) {
                            selectOne("other");
                        }
                        return new HttpResponse("fast");
                    }));
        }
    }

    static Settings settings(boolean debugOn) {
        return new Settings() {
            {
                debug = debugOn;
                secretKey = "test";
                rootUrlconf = Urls.class;
                middleware = List.of(ServerTimingMiddleware.class, CommonMiddleware.class);
                allowedHosts = List.of("testserver");
            }
        };
    }

    static final ProjectHandler DEBUG = handler(settings(true));
    static final Pattern METRIC = Pattern.compile("db;dur=\\d+\\.\\d{2};desc=\"(\\d+) quer(y|ies)\"");
    static Connections previous;
    static Connections databases;

    @BeforeAll
    static void databases(@TempDir Path directory) {
        Map<String, DatabaseSettings> aliases = new LinkedHashMap<>();
        aliases.put("default", DatabaseSettings.sqlite(directory.resolve("default.sqlite3")));
        aliases.put("other", DatabaseSettings.sqlite(directory.resolve("other.sqlite3")));
        databases = Connections.create(aliases, false);
        previous = Connections.install(databases);
    }

    @AfterAll
    static void restore() {
        Connections.install(previous);
        databases.close();
    }

    @Test
    void countsTheQueriesOfEveryAlias() {
        HttpResponse response = get(DEBUG, "/both/");

        assertThat(response.header("Server-Timing")).matches(METRIC).endsWith(";desc=\"3 queries\"");
    }

    @Test
    void saysQueryForOneAndQueriesForNone() {
        assertThat(get(DEBUG, "/one/").header("Server-Timing")).matches(METRIC).endsWith(";desc=\"1 query\"");
        assertThat(get(DEBUG, "/none/").header("Server-Timing")).isEqualTo("db;dur=0.00;desc=\"0 queries\"");
    }

    @Test
    void appendsToAServerTimingTheViewSet() {
        assertThat(get(DEBUG, "/timed/").header("Server-Timing"))
                .startsWith("render;dur=2, db;dur=").endsWith(";desc=\"1 query\"");
    }

    @Test
    void errorResponsesAndRedirectsCarryItToo() {
        assertThat(get(DEBUG, "/missing/").header("Server-Timing")).isEqualTo("db;dur=0.00;desc=\"0 queries\"");
        HttpResponse redirect = get(DEBUG, "/one");
        assertThat(redirect.status()).isEqualTo(301);
        assertThat(redirect.header("Server-Timing")).isEqualTo("db;dur=0.00;desc=\"0 queries\"");
    }

    @Test
    void concurrentRequestsCountOnlyTheirOwnQueries() throws Exception {
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<HttpResponse> slow = threads.submit(() -> get(DEBUG, "/slow/"));
            assertThat(SLOW_QUERIED.await(10, TimeUnit.SECONDS)).isTrue();
            Future<HttpResponse> fast = threads.submit(() -> get(DEBUG, "/fast/"));
            HttpResponse fastResponse = fast.get(10, TimeUnit.SECONDS);
            FAST_DONE.countDown();

            assertThat(fastResponse.header("Server-Timing")).endsWith(";desc=\"5 queries\"");
            assertThat(slow.get(10, TimeUnit.SECONDS).header("Server-Timing")).endsWith(";desc=\"1 query\"");
        }
    }

    @Test
    void isLeftOutWhenDebugIsOff() {
        HttpResponse response = get(handler(settings(false)), "/both/");

        assertThat(response.text()).isEqualTo("three");
        assertThat(response.hasHeader("Server-Timing")).isFalse();
    }
}
