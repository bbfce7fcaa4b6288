package dev.reinhardt.dispatch;

/**
 * A receiver that threw during {@link Signal#sendRobust(Object, Object)}.
 *
 * @param receiver the receiver that failed
 * @param error    what it threw
 */
public record ReceiverFailure(Receiver<?> receiver, Throwable error) {
}
