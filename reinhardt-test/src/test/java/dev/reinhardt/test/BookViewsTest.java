package dev.reinhardt.test;

import dev.reinhardt.test.client.Client;
import dev.reinhardt.test.client.TestResponse;
import dev.reinhardt.test.library.models.Book;
import dev.reinhardt.test.library.settings.LibrarySettings;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static dev.reinhardt.test.TestCase.assertNumQueries;
import static org.assertj.core.api.Assertions.assertThat;

/** The README's testing example, on the library app: class data, the client and a query count. */
@ReinhardtTest(settings = LibrarySettings.class)
class BookViewsTest {

    static Book dune;

    @SetUpTestData
    static void createBooks() {
        dune = Book.create("Dune", 412);
        Book.create("Emma", 474);
    }

    @Test
    void listShowsEveryBookInOneQuery(Client client) {
        TestResponse response = assertNumQueries(1, () -> client.get("/books/"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().findValuesAsText("title")).containsExactly("Dune", "Emma");
    }

    @Test
    void postingAFormCreatesABookAndRedirectsToIt(Client client) {
        TestResponse response = client.post("/books/", Map.of("title", "Ulysses", "pages", "730"));

        Book created = Book.objects.get("title", "Ulysses");
        assertThat(response.status()).isEqualTo(302);
        assertThat(response.url()).isEqualTo("/books/" + created.id + "/");
        assertThat(Book.objects.count()).isEqualTo(3);
    }

    @Test
    void eachTestStartsFromTheClassData(Client client) {
        assertThat(client.get("/books/" + dune.id + "/").json().get("title").asText()).isEqualTo("Dune");
        assertThat(Book.objects.count()).isEqualTo(2);
    }
}
