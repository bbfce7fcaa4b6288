package dev.reinhardt.test.isolation;

import dev.reinhardt.apps.Apps;
import dev.reinhardt.db.Connections;
import dev.reinhardt.test.Fixtures;
import dev.reinhardt.test.ReinhardtTest;
import dev.reinhardt.test.RequiresPostgres;
import dev.reinhardt.test.SetUpTestData;
import dev.reinhardt.test.library.models.Book;
import dev.reinhardt.test.library.settings.LibrarySettings;
import dev.reinhardt.test.library.settings.PostgresSettings;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that escape the transaction they run in, and what the tools do
 * about it: the rows are deleted, the failure names the cause, and the tests
 * after them see a clean database.
 */
class EndingTheTransactionTest {

    @Fixtures.Fixture
    @ReinhardtTest(settings = LibrarySettings.class)
    @TestMethodOrder(MethodOrderer.MethodName.class)
    static class CommitsFixture {

        @SetUpTestData
        static void createKept() {
            Book.create("Kept", 1);
        }

        @Test
        void aCommitsItsRowsWithARawCommit() {
            Book.create("Leaked", 2);
            Connections.defaultConnection().execute("COMMIT");
        }

        @Test
        void bSeesOnlyTheClassData() {
            assertThat(Book.objects.all().valuesListFlat("title", String.class).list()).containsExactly("Kept");
        }
    }

    @Fixtures.Fixture
    @ReinhardtTest(settings = LibrarySettings.class)
    static class CleanAfterwardsFixture {

        @Test
        void seesNoRows() {
            assertThat(Book.objects.count()).isZero();
        }
    }

    @Test
    void aTestThatCommitsFailsItsRowsAreDeletedAndTheNextTestsSeeNone() {
        Map<String, String> outcomes = Fixtures.run(false, CommitsFixture.class, CleanAfterwardsFixture.class);

        assertThat(outcomes.get("CommitsFixture > aCommitsItsRowsWithARawCommit"))
                .startsWith("AssertionError: The test ended the transaction it runs in (by a COMMIT or ROLLBACK "
                        + "statement?), so its changes could not be rolled back");
        assertThat(outcomes.get("CommitsFixture > bSeesOnlyTheClassData")).isEmpty();
        assertThat(outcomes.get("CommitsFixture")).isEmpty();
        assertThat(outcomes.get("CleanAfterwardsFixture > seesNoRows")).isEmpty();
    }

    @Fixtures.Fixture
    @ReinhardtTest(settings = PostgresSettings.class)
    static class CommitsOnAnotherThreadFixture {

        @Test
        void createsABookOnAnotherThread() throws Exception {
            Connections connections = Connections.connections();
            Apps apps = Apps.registry();
            Thread writer = Thread.ofVirtual().start(() -> Apps.callWith(apps,
                    () -> Connections.callWith(connections, () -> Book.create("Elsewhere", 3))));
            writer.join();
        }
    }

    @Fixtures.Fixture
    @ReinhardtTest(settings = PostgresSettings.class)
    static class CleanOnPostgresFixture {

        @Test
        void seesNoRows() {
            assertThat(Book.objects.count()).isZero();
        }
    }

    @Test
    @RequiresPostgres
    void aClassWhoseRowsOutliveItsTransactionFailsAndTheRowsAreDeleted() {
        Map<String, String> outcomes = Fixtures.run(false, CommitsOnAnotherThreadFixture.class,
                CleanOnPostgresFixture.class);

        assertThat(outcomes.get("CommitsOnAnotherThreadFixture > createsABookOnAnotherThread")).isEmpty();
        assertThat(outcomes.get("CommitsOnAnotherThreadFixture")).isEqualTo("AssertionError: "
                + CommitsOnAnotherThreadFixture.class.getName() + " left rows committed outside its test "
                + "transaction {default.library_book=1}; they were deleted. Code running on other threads or "
                + "connections commits for real: test it with Isolation.TRUNCATE.");
        assertThat(outcomes.get("CleanOnPostgresFixture > seesNoRows")).isEmpty();
    }
}
