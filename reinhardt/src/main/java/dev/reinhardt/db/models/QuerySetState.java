package dev.reinhardt.db.models;

import dev.reinhardt.db.models.sql.Query;

/**
 * What a model queryset is made of, handed to a custom queryset's constructor.
 *
 * @param options the model's metadata
 * @param query   the plan
 * @param db      the database alias, or null for the default
 */
public record QuerySetState<T extends Model>(Options<T> options, Query query, String db) {
}
