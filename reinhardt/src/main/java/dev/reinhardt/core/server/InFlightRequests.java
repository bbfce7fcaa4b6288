package dev.reinhardt.core.server;

import org.eclipse.jetty.util.component.Graceful;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The requests a server adapter is serving, for a graceful stop: once Jetty
 * shuts the server down, new requests are refused and the shutdown
 * completes when the last in-flight one is done. One counter per request
 * instead of wrapping every request and callback, as Jetty's own
 * {@code GracefulHandler} does.
 */
final class InFlightRequests extends Graceful.Shutdown {

    private final AtomicLong count = new AtomicLong();

    InFlightRequests(Object component) {
        super(component);
    }

    /** Count a request in; return false, counting nothing, when the server is stopping and it must be refused. */
    boolean enter() {
        count.incrementAndGet();
        if (isShutdown()) {
            exit();
            return false;
        }
        return true;
    }

    /** Count a request out, once its response is sent or abandoned. */
    void exit() {
        if (count.decrementAndGet() == 0 && isShutdown()) {
            check();
        }
    }

    @Override
    public boolean isShutdownDone() {
        return count.get() == 0;
    }
}
