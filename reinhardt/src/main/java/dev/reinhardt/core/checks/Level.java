package dev.reinhardt.core.checks;

/** How serious a {@link CheckMessage} is; ERROR and CRITICAL stop commands by default. */
public enum Level {
    DEBUG,
    INFO,
    WARNING,
    ERROR,
    CRITICAL
}
