package dev.reinhardt.dispatch;

/**
 * A function connected to a {@link Signal}.
 *
 * @param <E> the type of the event the signal sends
 */
@FunctionalInterface
public interface Receiver<E> {

    /**
     * Handle one sending of the signal.
     *
     * @param sender the object the signal was sent for (often a model class), or null
     * @param event  what the signal says about it
     */
    void receive(Object sender, E event) throws Exception;
}
