package dev.reinhardt.test;

import dev.reinhardt.apps.Apps;
import dev.reinhardt.conf.Settings;
import dev.reinhardt.db.Connections;

/** Bind a test's settings, app registry and connections to the current thread while some code runs. */
final class Scopes {

    private Scopes() {
    }

    /** Work that may throw anything. */
    @FunctionalInterface
    interface Work<T> {
        T run() throws Throwable;
    }

    /** Run {@code work} with {@code settings}, {@code apps} and {@code connections} current. */
    static <T> T call(Settings settings, Apps apps, Connections connections, Work<T> work) throws Throwable {
        return Settings.callWith(settings, () -> Apps.callWith(apps, () -> Connections.callWith(connections, work::run)));
    }
}
