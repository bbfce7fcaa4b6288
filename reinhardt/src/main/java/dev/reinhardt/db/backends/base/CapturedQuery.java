package dev.reinhardt.db.backends.base;

import java.time.Duration;
import java.util.List;

/**
 * One executed statement, as recorded by a connection.
 *
 * @param sql      the SQL text with placeholders
 * @param params   the bound parameters
 * @param duration how long the driver took
 */
public record CapturedQuery(String sql, List<Object> params, Duration duration) {
}
