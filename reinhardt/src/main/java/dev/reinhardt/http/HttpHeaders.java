package dev.reinhardt.http;

import java.util.ArrayList;
import java.util.Arrays;
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
    private final int size;

    private HttpHeaders(String[] names, String[] values, int size) {
        this.names = names;
        this.values = values;
        this.size = size;
    }

    /** Return the first {@code size} lines of the arrays, which the caller hands over and must not change. */
    static HttpHeaders of(String[] names, String[] values, int size) {
        return new HttpHeaders(names, values, size);
    }

    /** Return the first value of header {@code name}, or null when absent. */
    public String get(String name) {
        // A linear scan beats hashing for the dozen headers a request carries, and allocates nothing.
        for (int i = 0; i < size; i++) {
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
        for (int i = 0; i < size; i++) {
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
        return java.util.Collections.unmodifiableSet(new LinkedHashSet<>(Arrays.asList(names).subList(0, size)));
    }

    /** Return the number of header lines. */
    public int size() {
        return size;
    }

    /** Return how many lines carry header {@code name}. */
    int count(String name) {
        int count = 0;
        for (int i = 0; i < size; i++) {
            if (names[i].equalsIgnoreCase(name)) {
                count++;
            }
        }
        return count;
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("HttpHeaders{");
        for (int i = 0; i < size; i++) {
            out.append(i == 0 ? "" : ", ").append(names[i]).append(": ").append(values[i]);
        }
        return out.append('}').toString();
    }
}
