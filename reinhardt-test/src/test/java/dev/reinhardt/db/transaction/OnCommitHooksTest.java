package dev.reinhardt.db.transaction;

import dev.reinhardt.test.Isolation;
import dev.reinhardt.test.ReinhardtTest;
import dev.reinhardt.test.library.models.Book;
import dev.reinhardt.test.library.settings.LibrarySettings;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** On-commit hooks against real commits: the tools' truncating isolation lets the transactions commit. */
@ReinhardtTest(settings = LibrarySettings.class, isolation = Isolation.TRUNCATE)
class OnCommitHooksTest {

    private final List<String> ran = new ArrayList<>();

    @Test
    void aHookRunsAfterTheOutermostBlockCommitsNotWhenASavepointIsReleased() {
        Transaction.atomic(() -> {
            Transaction.atomic(() -> {
                Book.create("Dune", 412);
                Transaction.onCommit(() -> ran.add("dune " + Book.objects.count()));
            });
            assertThat(ran).isEmpty();
        });

        assertThat(ran).containsExactly("dune 1");
    }

    @Test
    void aHookOfARolledBackSavepointNeverRunsWhileItsNeighboursDo() {
        Transaction.atomic(() -> {
            Transaction.onCommit(() -> ran.add("outer"));
            assertThatThrownBy(() -> Transaction.atomic(() -> {
                Transaction.onCommit(() -> ran.add("inner"));
                throw new IllegalStateException("roll back the savepoint");
            })).hasMessage("roll back the savepoint");
        });

        assertThat(ran).containsExactly("outer");
    }

    @Test
    void outsideABlockAHookRunsAtOnce() {
        Transaction.onCommit(() -> ran.add("now"));

        assertThat(ran).containsExactly("now");
    }

    @Test
    void rowsOfAFailedBlockAreNotCommitted() {
        assertThatThrownBy(() -> Transaction.atomic(() -> {
            Book.create("Dune", 412);
            throw new IllegalStateException("fail");
        })).hasMessage("fail");

        assertThat(Book.objects.count()).isZero();
    }
}
