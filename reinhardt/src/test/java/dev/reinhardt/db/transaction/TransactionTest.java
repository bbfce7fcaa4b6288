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
}
