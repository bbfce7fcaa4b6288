package dev.reinhardt.db.models;

import java.util.Map;

/**
 * What a delete removed (Django's {@code (total, {label: count})}).
 *
 * @param total    the rows deleted, cascades included
 * @param perModel the rows deleted by model label, such as {@code "shop.Order"}, in deletion order
 */
public record DeleteResult(long total, Map<String, Long> perModel) {

    public DeleteResult {
        perModel = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(perModel));
    }
}
