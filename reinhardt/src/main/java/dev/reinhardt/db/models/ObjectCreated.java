package dev.reinhardt.db.models;

/**
 * The result of {@code getOrCreate} and {@code updateOrCreate}.
 *
 * @param object  the found or created object
 * @param created whether it was created
 */
public record ObjectCreated<T extends Model>(T object, boolean created) {
}
