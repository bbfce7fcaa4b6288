package dev.reinhardt.core.management;

/**
 * Colours for command output (Django's {@code color_style()}); plain text
 * when colour is off.
 */
public final class Style {

    private final boolean color;

    Style(boolean color) {
        this.color = color;
    }

    /** Return {@code text} styled as a success. */
    public String success(String text) {
        return paint("32;1", text);
    }

    /** Return {@code text} styled as a warning. */
    public String warning(String text) {
        return paint("33", text);
    }

    /** Return {@code text} styled as an error. */
    public String error(String text) {
        return paint("31;1", text);
    }

    /** Return {@code text} styled as a notice. */
    public String notice(String text) {
        return paint("31", text);
    }

    /** Return {@code text} styled as a heading. */
    public String heading(String text) {
        return paint("1", text);
    }

    private String paint(String code, String text) {
        return color ? "\u001b[" + code + "m" + text + "\u001b[0m" : text;
    }
}
