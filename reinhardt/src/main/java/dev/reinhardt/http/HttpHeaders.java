package dev.reinhardt.http;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A request's headers: immutable, looked up case-insensitively, with all
 * values of a repeated header kept in order.
 *
 * <p>Names are compared as sent, apart from case: {@code X_Auth_User} is not
 * {@code X-Auth-User}, so a client cannot smuggle a header a proxy would
 * have set by spelling it with underscores.
 */
public final class HttpHeaders {

    private final String[] names;
    private final String[] values;

    private HttpHeaders(String[] names, String[] values) {
        this.names = names;
        this.values = values;
    }

    static HttpHeaders of(List<String> names, List<String> values) {
        return new HttpHeaders(names.toArray(String[]::new), values.toArray(String[]::new));
    }

    /** Return the first value of header {@code name}, or null when absent. */
    public String get(String name) {
        // A linear scan beats hashing for the dozen headers a request carries, and allocates nothing.
        for (int i = 0; i < names.length; i++) {
            if (names[i].equalsIgnoreCase(name)) {
                return values[i];
            }
        }
        return null;
    }

    /** Return the first value of header {@code name}, or {@code defaultValue} when absent. */
    public String get(String name, String defaultValue) {
        String value = get(name);
        return value == null ? defaultValue : value;
    }

    /** Return every value of header {@code name}, in order. */
    public List<String> getAll(String name) {
        List<String> all = new ArrayList<>(1);
        for (int i = 0; i < names.length; i++) {
            if (names[i].equalsIgnoreCase(name)) {
                all.add(values[i]);
            }
        }
        return List.copyOf(all);
    }

    /** Return whether header {@code name} is present. */
    public boolean contains(String name) {
        return get(name) != null;
    }

    /** Return the header names as sent, without repeats, in order. */
    public Set<String> names() {
        return java.util.Collections.unmodifiableSet(new LinkedHashSet<>(List.of(names)));
    }

    /** Return the number of header lines. */
    public int size() {
        return names.length;
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("HttpHeaders{");
        for (int i = 0; i < names.length; i++) {
            out.append(i == 0 ? "" : ", ").append(names[i]).append(": ").append(values[i]);
        }
        return out.append('}').toString();
    }
}
