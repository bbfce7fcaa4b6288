package dev.reinhardt.test;

import com.fasterxml.jackson.databind.JsonNode;
import dev.reinhardt.test.client.Client;
import dev.reinhardt.test.client.SimpleUploadedFile;
import dev.reinhardt.test.client.TestResponse;
import dev.reinhardt.test.library.models.Book;
import dev.reinhardt.test.library.settings.LibrarySettings;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ReinhardtTest(settings = LibrarySettings.class)
class ClientTest {

    @Test
    void getSendsDataAsTheQueryStringWithRepeatedKeys(Client client) {
        JsonNode echo = client.get("/echo/?page=2", Map.of("tag", List.of("a", "b"))).json();

        assertThat(echo.get("method").asText()).isEqualTo("GET");
        assertThat(echo.get("query").toString()).isEqualTo("{\"page\":[\"2\"],\"tag\":[\"a\",\"b\"]}");
        assertThat(echo.get("host").asText()).isEqualTo("testserver");
    }

    @Test
    void postSendsAMapAsAMultipartFormWithUploads(Client client, @org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path notes = dir.resolve("notes.txt");
        Files.writeString(notes, "twelve bytes");

        JsonNode echo = client.post("/echo/", Map.of("title", "Dune",
                "cover", new SimpleUploadedFile("cover.png", new byte[] {1, 2, 3}, "image/png"),
                "notes", notes)).json();

        assertThat(echo.get("contentType").asText()).startsWith("multipart/form-data; boundary=");
        assertThat(echo.get("post").get("title").get(0).asText()).isEqualTo("Dune");
        assertThat(echo.get("files").get("cover").asText()).isEqualTo("cover.png:3:image/png");
        assertThat(echo.get("files").get("notes").asText()).startsWith("notes.txt:12:");
    }

    @Test
    void aUrlEncodedFormOnRequest(Client client) {
        JsonNode echo = client.post("/echo/", Map.of("q", "a b&c"), "application/x-www-form-urlencoded").json();

        assertThat(echo.get("post").get("q").get(0).asText()).isEqualTo("a b&c");
    }

    @Test
    void jsonBodiesForPostPutPatchAndDelete(Client client) {
        Book book = Book.create("Dune", 412);

        client.post("/books/", Map.of("title", "Emma", "pages", 474), "application/json");
        assertThat(Book.objects.get("title", "Emma").pages).isEqualTo(474);

        assertThat(client.put("/books/" + book.id + "/", Map.of("title", "Dune Messiah")).json().get("title").asText())
                .isEqualTo("Dune Messiah");
        assertThat(client.patch("/books/" + book.id + "/", Map.of("title", "Children of Dune")).status())
                .isEqualTo(200);
        assertThat(client.delete("/books/" + book.id + "/").status()).isEqualTo(204);
        assertThat(Book.objects.filter("id", book.id).exists()).isFalse();
    }

    @Test
    void rawBodiesAndHeaders(Client client) {
        JsonNode echo = client.put("/echo/", "plain words", "text/plain; charset=utf-8", Map.of("X-Test", "yes"))
                .json();

        assertThat(echo.get("body").asText()).isEqualTo("plain words");
        assertThat(echo.get("contentType").asText()).isEqualTo("text/plain; charset=utf-8");
        assertThat(echo.get("header").asText()).isEqualTo("yes");
    }

    @Test
    void headAndOptionsReachTheView(Client client) {
        TestResponse head = client.head("/echo/");
        assertThat(head.status()).isEqualTo(200);
        assertThat(head.content()).isEmpty();
        assertThat(head.header("Content-Type")).isEqualTo("application/json");

        assertThat(client.options("/echo/").json().get("method").asText()).isEqualTo("OPTIONS");
    }

    @Test
    void cookiesAreKeptBetweenCallsAndForgottenWhenDeleted(Client client) {
        client.get("/cookie/", Map.of("flavour", "oat"));
        assertThat(client.cookies()).containsEntry("flavour", "oat");
        assertThat(client.get("/echo/").json().get("cookies").get("flavour").asText()).isEqualTo("oat");

        client.get("/cookie/");
        assertThat(client.cookies()).isEmpty();

        client.cookies().put("theme", "dark");
        assertThat(client.get("/echo/").json().get("cookies").get("theme").asText()).isEqualTo("dark");
    }

    @Test
    void redirectsAreReturnedUnlessFollowed(Client client) {
        TestResponse response = client.get("/moved/");

        assertThat(response.status()).isEqualTo(302);
        assertThat(response.url()).isEqualTo("/old-books/");
        assertThat(response.redirectChain()).isEmpty();
    }

    @Test
    void followRecordsTheChain(Client client) {
        TestResponse response = client.follow().get("/moved/");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.request().path()).isEqualTo("/books/");
        assertThat(response.redirectChain()).containsExactly(new TestResponse.Redirect("/old-books/", 302),
                new TestResponse.Redirect("/books/", 302));
    }

    @Test
    void postThenFollowLandsOnTheCreatedObjectWithAGet(Client client) {
        TestResponse response = client.follow().post("/books/", Map.of("title", "Emma"));

        assertThat(response.request().method()).isEqualTo("GET");
        assertThat(response.json().get("title").asText()).isEqualTo("Emma");
        assertThat(response.redirectChain()).hasSize(1);
    }

    @Test
    void aRedirectLoopIsReported(Client client) {
        assertThatThrownBy(() -> client.follow().get("/loop/"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("Redirect loop detected");
    }

    @Test
    void aViewsExceptionReachesTheTest(Client client) {
        assertThatThrownBy(() -> client.get("/boom/"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("The boom view always fails.");
    }

    @Test
    void orBecomesTheProjectsServerErrorWhenAsked(Client client) {
        TestResponse response = client.raiseRequestException(false).get("/boom/");

        assertThat(response.status()).isEqualTo(500);
        assertThat(response.text()).contains("Server Error (500)");
    }

    @Test
    void notFoundIsAResponseNotAnException(Client client) {
        assertThat(client.get("/books/999/").status()).isEqualTo(404);
    }

    @Test
    void jsonRefusesContentThatIsNotJson(Client client) {
        Book.create("Dune", 1);
        TestResponse response = client.raiseRequestException(false).get("/boom/");

        assertThatThrownBy(response::json).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("Content-Type header is \"text/");
    }

    @Test
    void secureRequestsAndDefaultHeaders(Client client) {
        JsonNode echo = client.secure().withHeaders(Map.of("X-Test", "default")).get("/echo/").json();

        assertThat(echo.get("secure").asBoolean()).isTrue();
        assertThat(echo.get("header").asText()).isEqualTo("default");
    }

    @Test
    void pathsAreEncodedForTheRequestLine(Client client) {
        TestResponse response = client.get("/echo/ü x/");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.request().path()).isEqualTo("/echo/ü x/");
    }

    @Test
    void textDecodesWithTheResponsesCharset(Client client) {
        assertThat(client.get("/greeting/").text().getBytes(StandardCharsets.UTF_8)).isEqualTo(
                "hello".getBytes(StandardCharsets.UTF_8));
    }
}
