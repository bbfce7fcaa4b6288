package dev.reinhardt.test;

import dev.reinhardt.test.library.models.Book;
import dev.reinhardt.test.library.models.Member;
import dev.reinhardt.test.library.settings.LibrarySettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

@ReinhardtTest(settings = LibrarySettings.class)
@TestMethodOrder(MethodOrderer.MethodName.class)
class SetUpTestDataTest {

    static final AtomicInteger RUNS = new AtomicInteger();
    static Book dune;

    @SetUpTestData
    static void createBooks() {
        RUNS.incrementAndGet();
        dune = Book.create("Dune", 412);
        Book.create("Emma", 474);
    }

    @BeforeEach
    void createAMemberForEachTest() {
        Member.create("Ann", "ann@example.com");
    }

    @AfterAll
    static void ranOnce() {
        assertThat(RUNS.get()).isEqualTo(1);
    }

    @Test
    void aSeesTheClassDataAndItsOwnSetUp() {
        assertThat(Book.objects.count()).isEqualTo(2);
        assertThat(Member.objects.count()).isEqualTo(1);
    }

    @Test
    void bChangesAndDeletesClassData() {
        dune.title = "Dune Messiah";
        dune.save();
        Book.objects.filter("title", "Emma").first().orElseThrow().delete();

        assertThat(Book.objects.all().valuesListFlat("title", String.class).list()).containsExactly("Dune Messiah");
    }

    @Test
    void cFindsTheClassDataAsItWasCreated() {
        assertThat(Book.objects.all().valuesListFlat("title", String.class).list()).containsExactly("Dune", "Emma");
        assertThat(Member.objects.count()).isEqualTo(1);
        dune.refreshFromDb();
        assertThat(dune.title).isEqualTo("Dune");
    }

    @Nested
    @TestMethodOrder(MethodOrderer.MethodName.class)
    class WithMoreBooks {

        @SetUpTestData
        static void createMore() {
            Book.create("Ulysses", 730);
        }

        @Test
        void aSeesTheOuterAndItsOwnClassData() {
            assertThat(Book.objects.count()).isEqualTo(3);
        }

        @Test
        void bDeletesEverything() {
            Book.objects.all().delete();
            assertThat(Book.objects.count()).isZero();
        }

        @Test
        void cStillSeesAllThree() {
            assertThat(Book.objects.count()).isEqualTo(3);
        }
    }

    @Nested
    class AfterTheNestedClass {

        @Test
        void theNestedClassDataIsGone() {
            assertThat(Book.objects.all().valuesListFlat("title", String.class).list()).containsExactly("Dune", "Emma");
        }
    }
}
