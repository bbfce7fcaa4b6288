package dev.reinhardt.urls;

/** Thrown when reverse() finds no pattern for a name and arguments; the message says what was tried. */
public class NoReverseMatch extends RuntimeException {

    public NoReverseMatch(String message) {
        super(message);
    }
}
