package dev.reinhardt.db.transaction;

import dev.reinhardt.db.TestDatabases;
import dev.reinhardt.db.testapp.models.Order;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ParameterizedClass
@ValueSource(strings = {"sqlite", "postgresql"})
class TransactionTest {

    @Parameter
    String vendor;

    private final List<String> hooks = new ArrayList<>();

    @BeforeEach
    void setUp() {
        TestDatabases.use(vendor);
    }

    private static void order(String customer) {
        new Order("new", customer, "1.00", 1).save();
    }

    @Test
    void atomicCommitsItsBlock() {
        Transaction.atomic(() -> {
            order("ann");
            order("bob");
        });
        assertThat(Order.objects.count()).isEqualTo(2);
    }

    @Test
    void anExceptionRollsBackExactlyItsBlock() {
        Transaction.atomic(() -> {
            order("outer");
            assertThatThrownBy(() -> Transaction.atomic(() -> {
                order("inner");
                throw new IllegalStateException("boom");
            })).isInstanceOf(IllegalStateException.class).hasMessage("boom");
            order("after");
        });
        assertThat(Order.objects.orderBy("customer").valuesListFlat("customer", String.class).list())
                .containsExactly("after", "outer");
    }

    @Test
    void anExceptionInTheOutermostBlockRollsBackEverything() {
        assertThatThrownBy(() -> Transaction.atomic(() -> {
            order("ann");
            Transaction.atomic(() -> order("bob"));
            throw new java.io.IOException("disk");
        })).isInstanceOf(java.io.IOException.class);
        assertThat(Order.objects.count()).isZero();
    }

    @Test
    void onCommitRunsAfterTheOutermostCommitOnly() {
        Transaction.atomic(() -> {
            Transaction.onCommit(() -> hooks.add("outer"));
            Transaction.atomic(() -> Transaction.onCommit(() -> hooks.add("inner")));
            assertThat(hooks).isEmpty();
        });
        assertThat(hooks).containsExactly("outer", "inner");
    }

    @Test
    void onCommitNeverRunsAfterRollback() {
        Transaction.atomic(() -> {
            Transaction.onCommit(() -> hooks.add("kept"));
            assertThatThrownBy(() -> Transaction.atomic(() -> {
                Transaction.onCommit(() -> hooks.add("discarded"));
                throw new IllegalStateException("inner fails");
            })).isInstanceOf(IllegalStateException.class);
        });
        assertThatThrownBy(() -> Transaction.atomic(() -> {
            Transaction.onCommit(() -> hooks.add("never"));
            throw new IllegalStateException("outer fails");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(hooks).containsExactly("kept");
    }

    @Test
    void onCommitOutsideATransactionRunsAtOnce() {
        Transaction.onCommit(() -> hooks.add("now"));
        assertThat(hooks).containsExactly("now");
    }

    @Test
    void atomicReturnsTheBodysValue() {
        long count = Transaction.atomic(() -> {
            order("ann");
            return Order.objects.count();
        });
        assertThat(count).isEqualTo(1);
    }

    @Test
    void aCaughtErrorBreaksTheBlockUntilItEndsAndThenRollsItBack() {
        Order first = new Order("new", "ann", "1.00", 1);
        first.save();
        Transaction.atomic(() -> {
            order("bob");
            Order clash = new Order("new", "dup", "1.00", 1);
            clash.id = first.id;
            assertThatThrownBy(() -> clash.save(dev.reinhardt.db.models.SaveOptions.DEFAULT.withForceInsert()))
                    .isInstanceOf(dev.reinhardt.exceptions.IntegrityError.class);
            assertThatThrownBy(() -> Order.objects.count())
                    .isInstanceOf(dev.reinhardt.exceptions.TransactionManagementError.class)
                    .hasMessage("An error occurred in the current transaction. You can't execute queries until the "
                            + "end of the 'atomic' block.");
        });
        assertThat(Order.objects.orderBy("customer").valuesListFlat("customer", String.class).list())
                .containsExactly("ann");
    }

    @Test
    void aNestedBlockAroundTheFailingStatementLetsTheOuterBlockCarryOn() {
        Order first = new Order("new", "ann", "1.00", 1);
        first.save();
        Transaction.atomic(() -> {
            order("bob");
            Order clash = new Order("new", "dup", "1.00", 1);
            clash.id = first.id;
            assertThatThrownBy(() -> Transaction.atomic(() ->
                    clash.save(dev.reinhardt.db.models.SaveOptions.DEFAULT.withForceInsert())))
                    .isInstanceOf(dev.reinhardt.exceptions.IntegrityError.class);
            order("cid");
        });
        assertThat(Order.objects.orderBy("customer").valuesListFlat("customer", String.class).list())
                .containsExactly("ann", "bob", "cid");
    }

    @Test
    void theTransactionBelongsToTheThreadThatOpenedIt() throws Exception {
        Transaction.atomic(() -> {
            order("uncommitted");
            assertThat(dev.reinhardt.db.Connections.defaultConnection().inAtomicBlock()).isTrue();
            List<Object> seen = new ArrayList<>();
            Thread other = Thread.ofVirtual().start(() -> {
                seen.add(dev.reinhardt.db.Connections.defaultConnection().inAtomicBlock());
                seen.add(Order.objects.count());
            });
            other.join();
            assertThat(seen).containsExactly(false, 0L);
            assertThat(Order.objects.count()).isEqualTo(1);
        });
    }
}
