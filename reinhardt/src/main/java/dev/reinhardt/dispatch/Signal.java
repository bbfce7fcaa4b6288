package dev.reinhardt.dispatch;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A signal: a list of receivers called when something happens (Django's
 * {@code django.dispatch.Signal}).
 *
 * <pre>{@code
 * public static final Signal<OrderPaid> orderPaid = new Signal<>("orderPaid");
 *
 * orderPaid.connect((sender, event) -> mailer.sendReceipt(event.order()), Order.class);
 * orderPaid.send(Order.class, new OrderPaid(order));
 * }</pre>
 *
 * <p>Receivers are held by strong references (a Java lambda has no other
 * owner that would keep a weak reference alive); disconnect a receiver whose
 * owner goes away. A receiver connected with a sender is called only for
 * sends with that same sender; one connected without is called for every
 * send. Receivers run in the order they were connected, on the sending
 * thread.
 *
 * <p>Thread-safe: connecting and disconnecting may happen while other
 * threads send; a send sees the receivers as they were when it started.
 *
 * @param <E> the type of the event sent with the signal
 */
public final class Signal<E> {

    private final String name;
    private final Object lock = new Object();
    private volatile List<Registration<E>> registrations = List.of();

    /** Create a signal; {@code name} is used in messages and {@code toString()}. */
    public Signal(String name) {
        this.name = Objects.requireNonNull(name, "name");
    }

    /** Connect {@code receiver} for all senders. */
    public void connect(Receiver<? super E> receiver) {
        connect(receiver, null, null);
    }

    /** Connect {@code receiver} for sends whose sender is {@code sender}. */
    public void connect(Receiver<? super E> receiver, Object sender) {
        connect(receiver, sender, null);
    }

    /**
     * Connect {@code receiver} for {@code sender} (null for all senders). When
     * {@code dispatchUid} is not null, it identifies the connection instead of
     * the receiver object: connecting again with the same uid and sender does
     * nothing, which keeps code that runs twice from connecting twice.
     *
     * @return whether a new connection was made
     */
    public boolean connect(Receiver<? super E> receiver, Object sender, String dispatchUid) {
        Objects.requireNonNull(receiver, "receiver");
        Registration<E> registration = new Registration<>(receiver, sender, dispatchUid);
        synchronized (lock) {
            for (Registration<E> existing : registrations) {
                if (existing.sameKey(registration)) {
                    return false;
                }
            }
            List<Registration<E>> copy = new ArrayList<>(registrations);
            copy.add(registration);
            registrations = List.copyOf(copy);
            return true;
        }
    }

    /** Disconnect {@code receiver} from all-sender sends. Return whether it was connected. */
    public boolean disconnect(Receiver<? super E> receiver) {
        return disconnect(receiver, null, null);
    }

    /**
     * Disconnect the connection made with the same receiver (or the same
     * {@code dispatchUid}, when not null) and sender. Return whether one was connected.
     */
    public boolean disconnect(Receiver<? super E> receiver, Object sender, String dispatchUid) {
        Registration<E> key = new Registration<>(receiver, sender, dispatchUid);
        synchronized (lock) {
            List<Registration<E>> copy = new ArrayList<>(registrations);
            boolean removed = copy.removeIf(existing -> existing.sameKey(key));
            registrations = List.copyOf(copy);
            return removed;
        }
    }

    /** Return whether any receiver would be called for {@code sender}. */
    public boolean hasListeners(Object sender) {
        // Indexed: asked for every model instance loaded, where an iterator would be garbage.
        List<Registration<E>> current = registrations;
        for (int i = 0; i < current.size(); i++) {
            if (current.get(i).accepts(sender)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Call the receivers for {@code sender} in order. The first exception a
     * receiver throws stops the send and propagates (checked exceptions
     * wrapped in {@link SignalException}).
     */
    public void send(Object sender, E event) {
        for (Registration<E> registration : registrations) {
            if (registration.accepts(sender)) {
                try {
                    registration.receiver.receive(sender, event);
                } catch (RuntimeException | Error e) {
                    throw e;
                } catch (Exception e) {
                    throw new SignalException("A receiver of signal '" + name + "' failed: " + e.getMessage(), e);
                }
            }
        }
    }

    /**
     * Call every receiver for {@code sender}, even when some throw, and return
     * the failures in order (empty when all succeeded).
     */
    public List<ReceiverFailure> sendRobust(Object sender, E event) {
        // Made on the first failure: requestFinished is sent on every request, and receivers rarely fail.
        List<ReceiverFailure> failures = null;
        for (Registration<E> registration : registrations) {
            if (registration.accepts(sender)) {
                try {
                    registration.receiver.receive(sender, event);
                } catch (Exception e) {
                    if (failures == null) {
                        failures = new ArrayList<>(2);
                    }
                    failures.add(new ReceiverFailure(registration.receiver, e));
                }
            }
        }
        return failures == null ? List.of() : List.copyOf(failures);
    }

    @Override
    public String toString() {
        return "Signal[" + name + "]";
    }

    private record Registration<E>(Receiver<? super E> receiver, Object sender, String dispatchUid) {

        boolean accepts(Object actualSender) {
            return sender == null || sender == actualSender || sender.equals(actualSender);
        }

        boolean sameKey(Registration<E> other) {
            boolean sameReceiver = dispatchUid != null || other.dispatchUid != null
                    ? Objects.equals(dispatchUid, other.dispatchUid)
                    : receiver == other.receiver;
            return sameReceiver && Objects.equals(sender, other.sender);
        }
    }
}
