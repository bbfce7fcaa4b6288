package dev.reinhardt.core.handlers;

import dev.reinhardt.conf.DatabaseSettings;
import dev.reinhardt.conf.Settings;
import dev.reinhardt.db.Connections;
import dev.reinhardt.db.TestDatabases;
import dev.reinhardt.db.backends.base.DatabaseWrapper;
import dev.reinhardt.http.HttpRequest;
import dev.reinhardt.http.HttpResponse;
import dev.reinhardt.urls.UrlConf;
import dev.reinhardt.urls.UrlPattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;

import static dev.reinhardt.urls.Urls.path;
import static org.assertj.core.api.Assertions.assertThat;

/** A request borrows at most one connection per database, for the middleware and the view together. */
class RequestConnectionTest {

    public static final class Urls implements UrlConf {
        @Override
        public List<UrlPattern> urlpatterns() {
            return List.of(path("borrows/", request -> {
                DatabaseWrapper database = Connections.defaultConnection();
                // The pool hands out a fresh proxy on each borrow: the same proxy twice means one borrow.
                Connection first = database.withConnection(jdbc -> jdbc);
                Connection second = database.withConnection(jdbc -> jdbc);
                return new HttpResponse(first == second ? "one" : "several");
            }));
        }
    }

    @TempDir
    Path directory;

    private Connections previous;
    private Connections connections;

    @AfterEach
    void restore() {
        Connections.install(previous);
        connections.close();
    }

    @Test
    void theStatementsOfOneRequestShareOneBorrowedConnection() {
        Map<String, DatabaseSettings> configured = Map.of("default", DatabaseSettings.sqlite(directory.resolve("r.sqlite3")));
        TestDatabases.registry();
        connections = Connections.create(configured, false);
        previous = Connections.install(connections);
        ProjectHandler handler = ProjectHandler.create(new Settings() {
            {
                rootUrlconf = Urls.class;
                allowedHosts = List.of("testserver");
                databases = configured;
            }
        });
        HttpResponse response = handler.handle(HttpRequest.builder(handler.settings()).rawPath("/borrows/")
                .header("Host", "testserver").build());
        assertThat(response.text()).isEqualTo("one");
    }
}
