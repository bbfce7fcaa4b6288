package dev.reinhardt.test;

import dev.reinhardt.db.Connections;
import dev.reinhardt.db.backends.base.CapturedQuery;
import dev.reinhardt.db.backends.base.DatabaseWrapper;
import dev.reinhardt.test.library.models.Book;
import dev.reinhardt.test.library.settings.TwoDatabaseSettings;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

import java.util.List;

import static dev.reinhardt.test.TestCase.assertNumQueries;
import static dev.reinhardt.test.TestCase.captureQueries;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ReinhardtTest(settings = TwoDatabaseSettings.class)
class QueryAssertionsTest {

    @Test
    void passesAndReturnsTheBodysValueWhenTheCountMatches() {
        Book.create("Dune", 412);

        List<Book> books = assertNumQueries(1, () -> Book.objects.all().list());

        assertThat(books).extracting(book -> book.title).containsExactly("Dune");
    }

    @Test
    void failsWithTheNumberedSqlThatRan() {
        DatabaseWrapper connection = Connections.defaultConnection();

        assertThatThrownBy(() -> assertNumQueries(1, () -> {
            connection.execute("INSERT INTO library_book (title, pages, status) VALUES (?, ?, ?)", "Dune", 412, "new");
            connection.fetchAll("SELECT COUNT(*) FROM library_book WHERE pages > ?", 400);
            connection.fetchAll("SELECT 1");
        }))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessage("""
                        3 queries ran on 'default', 1 expected:
                        1. INSERT INTO library_book (title, pages, status) VALUES (?, ?, ?)  -- params: [Dune, 412, new]
                        2. SELECT COUNT(*) FROM library_book WHERE pages > ?  -- params: [400]
                        3. SELECT 1""");
    }

    @Test
    void aFailureShowsTheOrmsSql() {
        assertThatThrownBy(() -> assertNumQueries(0, () -> Book.objects.filter("pages__gt", 400).count()))
                .hasMessageStartingWith("1 query ran on 'default', 0 expected:\n1. SELECT COUNT(*)")
                .hasMessageEndingWith("\"library_book\".\"pages\" > ?  -- params: [400]");
    }

    @Test
    void failsListingNothingWhenNoQueryRan() {
        assertThatThrownBy(() -> assertNumQueries(2, () -> Book.objects.none().list()))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessage("0 queries ran on 'default', 2 expected.");
    }

    @Test
    void aFailureInTheBodyPropagatesUnchanged() {
        assertThatThrownBy(() -> assertNumQueries(0, () -> {
            throw new IllegalStateException("broken");
        })).isInstanceOf(IllegalStateException.class).hasMessage("broken");
    }

    @Test
    void countsOnlyTheNamedDatabase() {
        assertNumQueries(1, "other", () -> {
            Book.objects.using("other").count();
            Book.objects.count();
        });
        assertNumQueries(0, "other", () -> Book.objects.count());
    }

    @Test
    void captureQueriesReturnsTheStatementsWithTheirParameters() {
        List<CapturedQuery> queries = captureQueries(() -> Book.objects.filter("title", "Dune").exists());

        assertThat(queries).singleElement().satisfies(query -> {
            assertThat(query.sql()).startsWith("SELECT").contains("\"library_book\".\"title\" = ?");
            assertThat(query.params()).containsExactly("Dune");
        });
    }

    @Test
    void captureQueriesOfAnotherDatabase() {
        List<CapturedQuery> queries = captureQueries("other", () -> Book.create("Dune", 1).delete());

        assertThat(queries).isEmpty();
        assertThat(captureQueries("other", () -> Book.objects.using("other").count())).hasSize(1);
    }
}
