package dev.reinhardt.urls;

/**
 * Turns one {@code <type:name>} part of a route into a typed value and back
 * (Django's path converters). Register your own with
 * {@link Urls#registerConverter}:
 *
 * <pre>{@code
 * Urls.registerConverter("yyyy", new PathConverter<Integer>() {
 *     public String regex() { return "[0-9]{4}"; }
 *     public Integer toJava(String value) { return Integer.valueOf(value); }
 * });
 * }</pre>
 *
 * <p>Implementations must be thread-safe; one instance serves every request.
 *
 * @param <T> the type views receive
 */
public interface PathConverter<T> {

    /** Return the regular expression a matching part satisfies, without anchors or groups' names. */
    String regex();

    /** Convert a matched part; throw {@link IllegalArgumentException} to make the pattern not match. */
    T toJava(String value);

    /** Convert a value for {@code reverse()}; throw {@link IllegalArgumentException} when it does not fit. */
    default String toUrl(Object value) {
        return String.valueOf(value);
    }
}
