package dev.reinhardt.test;

import dev.reinhardt.db.transaction.Transaction;
import dev.reinhardt.test.client.Client;
import dev.reinhardt.test.library.Views;
import dev.reinhardt.test.library.settings.LibrarySettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.reinhardt.test.TestCase.captureOnCommitCallbacks;
import static org.assertj.core.api.Assertions.assertThat;

/** On-commit hooks: captured in a rolled-back test, run for real in a truncated one. */
class OnCommitTest {

    private final List<String> ran = new ArrayList<>();

    @Nested
    @ReinhardtTest(settings = LibrarySettings.class)
    class RolledBack {

        @Test
        void hooksWaitForACommitThatNeverComesAndAreCaptured() {
            List<Runnable> callbacks = captureOnCommitCallbacks(false,
                    () -> Transaction.atomic(() -> Transaction.onCommit(() -> ran.add("sent"))));

            assertThat(callbacks).hasSize(1);
            assertThat(ran).isEmpty();
            callbacks.getFirst().run();
            assertThat(ran).containsExactly("sent");
        }

        @Test
        void executeRunsThemAndTheHooksTheyRegister() {
            List<Runnable> callbacks = captureOnCommitCallbacks(true, () -> Transaction.onCommit(() -> {
                ran.add("first");
                Transaction.onCommit(() -> ran.add("second"));
            }));

            assertThat(callbacks).hasSize(2);
            assertThat(ran).containsExactly("first", "second");
        }

        @Test
        void hooksOfABlockThatRolledBackAreNotCaptured() {
            List<Runnable> callbacks = captureOnCommitCallbacks(true, () -> {
                try {
                    Transaction.atomic(() -> {
                        Transaction.onCommit(() -> ran.add("lost"));
                        throw new IllegalStateException("roll back");
                    });
                } catch (IllegalStateException expected) {
                    // The block rolled back, and its hook with it.
                }
            });

            assertThat(callbacks).isEmpty();
            assertThat(ran).isEmpty();
        }

        @Test
        void aViewsHooksAreCapturedThroughTheClient(Client client) {
            List<Runnable> callbacks = captureOnCommitCallbacks(false,
                    () -> client.post("/books/", Map.of("title", "Kept back")));

            assertThat(callbacks).hasSize(1);
        }
    }

    @Nested
    @ReinhardtTest(settings = LibrarySettings.class, isolation = Isolation.TRUNCATE)
    class Truncated {

        @BeforeEach
        void forgetEarlierCommits() {
            Views.COMMITTED.removeIf("Committed"::equals);
        }

        @Test
        void hooksRunWhenTheOutermostBlockCommits() {
            Transaction.atomic(() -> {
                Transaction.onCommit(() -> ran.add("after commit"));
                assertThat(ran).isEmpty();
            });

            assertThat(ran).containsExactly("after commit");
        }

        @Test
        void aViewsHookRunsWhenItsRequestCommits(Client client) {
            client.post("/books/", Map.of("title", "Committed"));

            assertThat(Views.COMMITTED).contains("Committed");
        }
    }
}
