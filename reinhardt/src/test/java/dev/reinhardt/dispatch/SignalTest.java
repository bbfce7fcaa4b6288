package dev.reinhardt.dispatch;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SignalTest {

    private final Signal<String> saved = new Signal<>("saved");
    private final List<String> calls = new ArrayList<>();

    @Test
    void receiversRunInConnectionOrderWithSenderAndEvent() {
        saved.connect((sender, event) -> calls.add("first " + sender + " " + event));
        saved.connect((sender, event) -> calls.add("second " + sender + " " + event));

        saved.send("Order", "created");

        assertThat(calls).containsExactly("first Order created", "second Order created");
    }

    @Test
    void receiverConnectedForASenderIgnoresOtherSenders() {
        saved.connect((sender, event) -> calls.add("orders " + event), Order.class);
        saved.connect((sender, event) -> calls.add("any " + event));

        saved.send(Customer.class, "c1");
        saved.send(Order.class, "o1");

        assertThat(calls).containsExactly("any c1", "orders o1", "any o1");
        assertThat(saved.hasListeners(Order.class)).isTrue();
    }

    @Test
    void sameReceiverConnectsOnce() {
        Receiver<String> receiver = (sender, event) -> calls.add(event);
        assertThat(saved.connect(receiver, null, null)).isTrue();
        assertThat(saved.connect(receiver, null, null)).isFalse();

        saved.send(null, "x");

        assertThat(calls).containsExactly("x");
    }

    @Test
    void dispatchUidPreventsDuplicateConnectionsOfDifferentReceivers() {
        saved.connect((sender, event) -> calls.add("a"), null, "audit");
        boolean second = saved.connect((sender, event) -> calls.add("b"), null, "audit");

        saved.send(null, "x");

        assertThat(second).isFalse();
        assertThat(calls).containsExactly("a");
    }

    @Test
    void disconnectStopsDelivery() {
        Receiver<String> receiver = (sender, event) -> calls.add(event);
        saved.connect(receiver);

        assertThat(saved.disconnect(receiver)).isTrue();
        assertThat(saved.disconnect(receiver)).isFalse();
        saved.send(null, "x");

        assertThat(calls).isEmpty();
        assertThat(saved.hasListeners(null)).isFalse();
    }

    @Test
    void disconnectByDispatchUid() {
        saved.connect((sender, event) -> calls.add("a"), Order.class, "audit");

        assertThat(saved.disconnect(null, Order.class, "audit")).isTrue();
        saved.send(Order.class, "x");

        assertThat(calls).isEmpty();
    }

    @Test
    void sendPropagatesTheFirstFailureAndStops() {
        saved.connect((sender, event) -> {
            throw new IllegalStateException("receiver broke");
        });
        saved.connect((sender, event) -> calls.add("never"));

        assertThatThrownBy(() -> saved.send(null, "x")).isInstanceOf(IllegalStateException.class)
                .hasMessage("receiver broke");
        assertThat(calls).isEmpty();
    }

    @Test
    void sendWrapsCheckedExceptions() {
        saved.connect((sender, event) -> {
            throw new IOException("disk full");
        });

        assertThatThrownBy(() -> saved.send(null, "x")).isInstanceOf(SignalException.class)
                .hasMessage("A receiver of signal 'saved' failed: disk full")
                .hasCauseInstanceOf(IOException.class);
    }

    @Test
    void sendRobustCallsEveryReceiverAndCollectsFailures() {
        Receiver<String> broken = (sender, event) -> {
            throw new IllegalStateException("broken");
        };
        saved.connect(broken);
        saved.connect((sender, event) -> calls.add("still called"));

        List<ReceiverFailure> failures = saved.sendRobust(null, "x");

        assertThat(calls).containsExactly("still called");
        assertThat(failures).hasSize(1);
        assertThat(failures.getFirst().receiver()).isSameAs(broken);
        assertThat(failures.getFirst().error()).hasMessage("broken");
    }

    @Test
    void connectingWhileOtherThreadsSendLosesNoReceiver() throws Exception {
        AtomicInteger delivered = new AtomicInteger();
        List<Receiver<String>> receivers = new CopyOnWriteArrayList<>();
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 200; i++) {
                executor.submit(() -> {
                    Receiver<String> receiver = (sender, event) -> delivered.incrementAndGet();
                    receivers.add(receiver);
                    saved.connect(receiver);
                    saved.send(null, "x");
                });
            }
        }
        delivered.set(0);
        saved.send(null, "x");
        assertThat(delivered.get()).isEqualTo(200);
    }

    private static final class Order {
    }

    private static final class Customer {
    }
}
