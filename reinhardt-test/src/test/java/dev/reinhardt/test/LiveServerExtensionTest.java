package dev.reinhardt.test;

import dev.reinhardt.conf.Settings;
import dev.reinhardt.test.library.models.Book;
import dev.reinhardt.test.library.settings.LibrarySettings;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@LiveServerTest(settings = LibrarySettings.class)
class LiveServerExtensionTest {

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(LiveServer server, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(server.uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void servesTheProjectOnALoopbackPort(LiveServer server) throws Exception {
        assertThat(server.url()).matches("http://127\\.0\\.0\\.1:\\d+");

        HttpResponse<String> response = get(server, "/greeting/");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("hello");
    }

    @Test
    void theServerSeesTheRowsTheTestCommitted(LiveServer server) throws Exception {
        Book.create("Dune", 412);

        assertThat(get(server, "/books/").body()).contains("\"title\":\"Dune\"");
    }

    @Test
    void theTestSeesTheRowsTheServerCommitted(LiveServer server) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(server.uri("/books/"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"title\": \"Emma\", \"pages\": 474}")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(Book.objects.all().valuesListFlat("title", String.class).list()).containsExactly("Emma");
    }

    @Test
    @OverrideSettings(name = "greeting", value = "hello, live")
    void theServerServesTheSettingsOfTheRunningTest(LiveServer server) throws Exception {
        assertThat(get(server, "/greeting/").body()).isEqualTo("hello, live");
        assertThat(Settings.current().allowedHosts()).isEqualTo(List.of("testserver", "127.0.0.1"));
    }

    @Test
    void eachTestStartsWithEmptyTables() {
        assertThat(Book.objects.count()).isZero();
    }
}
