package dev.reinhardt.apps;

/** Thrown when the app registry is used before {@code Reinhardt.setup()} has populated it. */
public class AppRegistryNotReady extends RuntimeException {

    public AppRegistryNotReady(String message) {
        super(message);
    }
}
