package dev.reinhardt.db.models;

import dev.reinhardt.test.ReinhardtTest;
import dev.reinhardt.test.SetUpTestData;
import dev.reinhardt.test.library.models.Book;
import dev.reinhardt.test.library.settings.LibrarySettings;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static dev.reinhardt.test.TestCase.assertNumQueries;
import static dev.reinhardt.test.TestCase.captureQueries;
import static org.assertj.core.api.Assertions.assertThat;

/** How many statements the ORM's operations cost: the contract {@code assertNumQueries} checks in projects. */
@ReinhardtTest(settings = LibrarySettings.class)
class QueryCountTest {

    @SetUpTestData
    static void createBooks() {
        Book.create("Dune", 412);
        Book.create("Emma", 474);
        Book.create("Ulysses", 730);
    }

    @Test
    void aQuerySetRunsItsSqlOnceAndAnswersFromItsCacheAfterwards() {
        QuerySet<Book> books = Book.objects.filter("pages__gt", 400);

        assertNumQueries(1, () -> {
            assertThat(books.list()).hasSize(3);
            assertThat(books.count()).isEqualTo(3);
            assertThat(books.exists()).isTrue();
            assertThat(books.list()).hasSize(3);
        });
    }

    @Test
    void chainingIsLazyAndEachCloneQueriesOnItsOwn() {
        QuerySet<Book> longest = assertNumQueries(0, () -> Book.objects.all().orderBy("-pages"));

        assertNumQueries(2, () -> {
            assertThat(longest.slice(0, 2).list()).extracting(book -> book.title).containsExactly("Ulysses", "Emma");
            assertThat(longest.filter("title", "Emma").count()).isEqualTo(1);
        });
    }

    @Test
    void bulkCreateInsertsInBatches() {
        List<Book> books = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Book book = new Book();
            book.title = "Volume " + i;
            books.add(book);
        }

        assertNumQueries(3, () -> Book.objects.all().bulkCreate(books, 2));

        assertThat(Book.objects.filter("title__startswith", "Volume").count()).isEqualTo(5);
    }

    @Test
    void saveOfANewObjectIsOneInsertAndOfALoadedOneOneUpdate() {
        Book dune = Book.objects.get("title", "Dune");

        assertThat(captureQueries(dune::save)).singleElement()
                .satisfies(query -> assertThat(query.sql()).startsWith("UPDATE"));
        assertThat(captureQueries(() -> Book.create("Persuasion", 249))).singleElement()
                .satisfies(query -> assertThat(query.sql()).startsWith("INSERT"));
    }
}
