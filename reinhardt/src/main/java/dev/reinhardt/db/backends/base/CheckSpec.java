package dev.reinhardt.db.backends.base;

/**
 * A check constraint whose condition is already rendered to SQL with literal values.
 *
 * @param name      the constraint name
 * @param condition the SQL condition
 */
public record CheckSpec(String name, String condition) {
}
