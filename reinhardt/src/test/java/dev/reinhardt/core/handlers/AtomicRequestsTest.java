package dev.reinhardt.core.handlers;

import dev.reinhardt.conf.DatabaseSettings;
import dev.reinhardt.conf.Settings;
import dev.reinhardt.db.Connections;
import dev.reinhardt.db.TestDatabases;
import dev.reinhardt.db.backends.base.DatabaseWrapper;
import dev.reinhardt.db.models.Options;
import dev.reinhardt.db.testapp.models.Order;
import dev.reinhardt.http.HttpRequest;
import dev.reinhardt.http.HttpResponse;
import dev.reinhardt.urls.UrlConf;
import dev.reinhardt.urls.UrlPattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.reinhardt.urls.Urls.path;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code atomicRequests}: each view runs in a transaction on a real SQLite database, rolled back when it throws. */
class AtomicRequestsTest {

    public static final class Urls implements UrlConf {
        @Override
        public List<UrlPattern> urlpatterns() {
            return List.of(
                    path("save/", request -> {
                        order("kept");
                        return new HttpResponse("saved");
                    }),
                    path("fail/", request -> {
                        order("lost");
                        throw new IllegalStateException("the view failed after saving");
                    }),
                    path("error-status/", request -> {
                        order("kept-despite-500");
                        return new HttpResponse("server error, but no exception", 500);
                    }),
                    path("in-block/", request ->
                            new HttpResponse(String.valueOf(Connections.defaultConnection().inAtomicBlock()))));
        }
    }

    @TempDir
    Path directory;

    private Connections previous;
    private Connections connections;

    private static void order(String customer) {
        new Order("new", customer, "1.00", 1).save();
    }

    private ProjectHandler handler(boolean atomicRequests) {
        Map<String, DatabaseSettings> configured = new LinkedHashMap<>();
        configured.put("default", DatabaseSettings.sqlite(directory.resolve("requests-" + atomicRequests + ".sqlite3"))
                .withAtomicRequests(atomicRequests));
        TestDatabases.registry();
        connections = Connections.create(configured, false);
        previous = Connections.install(connections);
        DatabaseWrapper connection = connections.wrapper("default");
        connection.schemaEditor().createTable(Options.of(Order.class).tableSpec(connection));
        return ProjectHandler.create(new Settings() {
            {
                rootUrlconf = Urls.class;
                allowedHosts = List.of("testserver");
                databases = configured;
            }
        });
    }

    @AfterEach
    void restore() {
        if (connections != null) {
            Connections.install(previous);
            connections.close();
        }
    }

    private static HttpResponse get(ProjectHandler handler, String path) {
        return handler.handle(HttpRequest.builder(handler.settings()).rawPath(path).header("Host", "testserver").build());
    }

    private static List<String> customers() {
        return Order.objects.orderBy("customer").valuesListFlat("customer", String.class).list();
    }

    @Test
    void aViewThatThrowsHasItsWritesRolledBack() {
        ProjectHandler handler = handler(true);
        assertThat(get(handler, "/fail/").status()).isEqualTo(500);
        assertThat(customers()).isEmpty();
    }

    @Test
    void aViewThatReturnsCommitsWhateverTheStatus() {
        ProjectHandler handler = handler(true);
        assertThat(get(handler, "/save/").status()).isEqualTo(200);
        assertThat(get(handler, "/error-status/").status()).isEqualTo(500);
        assertThat(customers()).containsExactly("kept", "kept-despite-500");
    }

    @Test
    void theViewRunsInsideAnAtomicBlockOnlyWhenTheDatabaseAsks() {
        assertThat(get(handler(true), "/in-block/").text()).isEqualTo("true");
        restore();
        connections = null;
        assertThat(get(handler(false), "/in-block/").text()).isEqualTo("false");
    }

    @Test
    void withoutAtomicRequestsAFailingViewKeepsWhatItSaved() {
        ProjectHandler handler = handler(false);
        assertThat(get(handler, "/fail/").status()).isEqualTo(500);
        assertThat(customers()).containsExactly("lost");
    }
}
