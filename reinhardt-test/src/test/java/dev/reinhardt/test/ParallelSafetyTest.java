package dev.reinhardt.test;

import dev.reinhardt.db.Connections;
import dev.reinhardt.test.library.models.Book;
import dev.reinhardt.test.library.settings.LibrarySettings;
import dev.reinhardt.test.library.settings.PostgresSettings;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Test classes running at the same time on JUnit's parallel executor each
 * get their own test database: two fixture classes meet at a barrier, so
 * that they surely run together, then write rows and count only their own.
 */
class ParallelSafetyTest {

    static final Map<String, CyclicBarrier> BARRIERS = new ConcurrentHashMap<>();
    static final Set<String> DATABASES = ConcurrentHashMap.newKeySet();

    /** Wait until the other class of {@code pair} is running too, then write {@code rows} books and count them. */
    static void meetAndWrite(String pair, int rows) throws Exception {
        BARRIERS.computeIfAbsent(pair, key -> new CyclicBarrier(2)).await(60, TimeUnit.SECONDS);
        DATABASES.add(pair + ":" + Connections.defaultConnection().settings().name());
        for (int i = 0; i < rows; i++) {
            Book.create(pair + " " + i, i);
        }
        BARRIERS.get(pair).await(60, TimeUnit.SECONDS);
        assertThat(Book.objects.count()).isEqualTo(rows);
    }

    @Fixtures.Fixture
    @ReinhardtTest(settings = LibrarySettings.class)
    static class RolledBackFixture {
        @Test
        void writesThreeBooks() throws Exception {
            meetAndWrite("sqlite", 3);
        }
    }

    @Fixtures.Fixture
    @ReinhardtTest(settings = LibrarySettings.class, isolation = Isolation.TRUNCATE)
    static class TruncatedFixture {
        @Test
        void writesFiveBooks() throws Exception {
            meetAndWrite("sqlite", 5);
        }
    }

    @Fixtures.Fixture
    @ReinhardtTest(settings = PostgresSettings.class)
    static class PostgresRolledBackFixture {
        @Test
        void writesTwoBooks() throws Exception {
            meetAndWrite("postgresql", 2);
        }
    }

    @Fixtures.Fixture
    @ReinhardtTest(settings = PostgresSettings.class, isolation = Isolation.TRUNCATE)
    static class PostgresTruncatedFixture {
        @Test
        void writesFourBooks() throws Exception {
            meetAndWrite("postgresql", 4);
        }
    }

    @Test
    void concurrentSqliteClassesUseSeparateDatabases() {
        Map<String, String> outcomes = Fixtures.run(true, RolledBackFixture.class, TruncatedFixture.class);

        assertThat(outcomes).containsEntry("RolledBackFixture > writesThreeBooks", "")
                .containsEntry("TruncatedFixture > writesFiveBooks", "");
        assertThat(DATABASES.stream().filter(name -> name.startsWith("sqlite:"))).hasSize(2);
    }

    @Test
    @RequiresPostgres
    void concurrentPostgresClassesUseSeparateDatabases() {
        Map<String, String> outcomes = Fixtures.run(true, PostgresRolledBackFixture.class,
                PostgresTruncatedFixture.class);

        assertThat(outcomes).containsEntry("PostgresRolledBackFixture > writesTwoBooks", "")
                .containsEntry("PostgresTruncatedFixture > writesFourBooks", "");
        assertThat(DATABASES.stream().filter(name -> name.startsWith("postgresql:")))
                .allMatch(name -> name.startsWith("postgresql:test_" + PostgresSettings.baseName()))
                .hasSize(2);
    }
}
