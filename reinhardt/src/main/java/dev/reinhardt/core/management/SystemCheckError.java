package dev.reinhardt.core.management;

/** Thrown when system checks find problems that stop a command; the message is the whole check report. */
public class SystemCheckError extends CommandError {

    public SystemCheckError(String report) {
        super(report);
    }
}
