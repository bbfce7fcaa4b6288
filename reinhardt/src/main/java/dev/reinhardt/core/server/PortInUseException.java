package dev.reinhardt.core.server;

/** Thrown when the server cannot listen because another process holds the port. */
public class PortInUseException extends RuntimeException {

    public PortInUseException(int port, Throwable cause) {
        super("Port " + port + " is already in use. Stop the other process or pass another port.", cause);
    }
}
