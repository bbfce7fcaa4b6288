package dev.reinhardt.core.handlers;

/** Thrown by a middleware's constructor to leave it out of the chain, for example when its setting is off. */
public class MiddlewareNotUsed extends RuntimeException {

    public MiddlewareNotUsed(String reason) {
        super(reason);
    }
}
