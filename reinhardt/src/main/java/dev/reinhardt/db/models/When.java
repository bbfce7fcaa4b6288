package dev.reinhardt.db.models;

/**
 * One branch of a {@link Case}: when {@code condition} holds, the value is {@code then}.
 *
 * @param condition the condition
 * @param then      the value: an expression, or a constant
 */
public record When(Q condition, Object then) {

    /** Return a branch for the single condition {@code path = value}. */
    public static When of(String path, Object value, Object then) {
        return new When(Q.of(path, value), then);
    }
}
