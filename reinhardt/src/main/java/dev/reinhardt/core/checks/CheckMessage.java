package dev.reinhardt.core.checks;

import java.util.Objects;

/**
 * One finding of a system check (Django's {@code CheckMessage}).
 *
 * @param level   how serious it is
 * @param message what is wrong
 * @param hint    what to do about it, or null
 * @param obj     what it is about (a model class, a setting name ...), or null
 * @param id      a stable id such as {@code "security.W009"}, used to silence it
 */
public record CheckMessage(Level level, String message, String hint, Object obj, String id) {

    public CheckMessage {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(message, "message");
    }

    /** Return an ERROR. */
    public static CheckMessage error(String message, String hint, Object obj, String id) {
        return new CheckMessage(Level.ERROR, message, hint, obj, id);
    }

    /** Return a WARNING. */
    public static CheckMessage warning(String message, String hint, Object obj, String id) {
        return new CheckMessage(Level.WARNING, message, hint, obj, id);
    }

    /** Return whether this message is at least as serious as {@code threshold}. */
    public boolean isSerious(Level threshold) {
        return level.compareTo(threshold) >= 0;
    }

    /** Return the message as the check report prints it: {@code obj: (id) message} and an indented hint. */
    @Override
    public String toString() {
        String subject = obj == null ? "?" : obj instanceof Class<?> type ? type.getName() : obj.toString();
        String text = subject + ": " + (id == null ? "" : "(" + id + ") ") + message;
        return hint == null ? text : text + "\n\tHINT: " + hint;
    }
}
