package dev.reinhardt.db.migrations;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The identity of one migration: its app's label and its name, such as
 * {@code orders.0002_order_status}.
 *
 * @param app  the app label
 * @param name the migration name (the class name without its leading {@code M})
 */
public record MigrationKey(String app, String name) implements Comparable<MigrationKey> {

    private static final Pattern NUMBER = Pattern.compile("^(\\d+)");

    /**
     * Return the key written as {@code "app_label.name"}.
     *
     * @throws MigrationError when there is no dot
     */
    public static MigrationKey parse(String text) {
        int dot = text.indexOf('.');
        if (dot <= 0 || dot == text.length() - 1) {
            throw new MigrationError("Migration reference '" + text + "' must be 'app_label.migration_name', such as "
                    + "'orders.0001_initial'.");
        }
        return new MigrationKey(text.substring(0, dot), text.substring(dot + 1));
    }

    /** Return the number the name starts with ({@code 2} for {@code 0002_order_status}), or empty when it has none. */
    public OptionalInt number() {
        Matcher digits = NUMBER.matcher(name);
        return digits.find() ? OptionalInt.of(Integer.parseInt(digits.group(1))) : OptionalInt.empty();
    }

    @Override
    public int compareTo(MigrationKey other) {
        int byApp = app.compareTo(other.app);
        return byApp != 0 ? byApp : name.compareTo(other.name);
    }

    @Override
    public String toString() {
        return app + "." + name;
    }
}
