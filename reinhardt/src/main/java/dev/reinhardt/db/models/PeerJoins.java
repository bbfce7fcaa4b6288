package dev.reinhardt.db.models;

import dev.reinhardt.conf.Settings;
import dev.reinhardt.db.models.fields.Field;
import dev.reinhardt.db.models.sql.Query;

import java.util.ArrayList;
import java.util.List;

/**
 * The joins a {@link FetchMode#FETCH_PEERS} load of a to-many relation adds:
 * the loaded rows' non-nullable forward keys, one level deep, as an
 * argument-less {@code selectRelated()} would follow them. A naive nested
 * loop ({@code for item in order.items: item.product}) reads exactly those
 * keys next, so they arrive with the rows instead of costing one more query.
 */
final class PeerJoins {

    private PeerJoins() {
    }

    /**
     * Return the plan of the related rows of a batch with the joins added, or
     * null to load them plainly: when the setting turns the joins off, when
     * the related model's default queryset already plans its own joins, or
     * when the rows have no key to join.
     */
    static Query plan(RelatedAccess access) {
        Query base = access.relatedOptions().defaultManager().getQuerySet().query();
        List<String> keys = keys(access, base);
        if (keys.isEmpty()) {
            return null;
        }
        Query query = base.copy();
        query.addSelectRelated(keys);
        return query;
    }

    /** Return the related objects of one instance with the joins added, as for a batch of one. */
    static <T extends Model> QuerySet<T> onto(QuerySet<T> related, RelatedAccess access) {
        List<String> keys = keys(access, related.query());
        return keys.isEmpty() ? related : related.selectRelated(keys.toArray(String[]::new));
    }

    /** Return the keys to join: non-nullable, not a parent link, and not the key back to the owner (cached anyway). */
    private static List<String> keys(RelatedAccess access, Query base) {
        if (!enabled() || base.followsRelations()) {
            return List.of();
        }
        Field back = access.isManyToMany() ? null : access.relation().field();
        List<String> keys = new ArrayList<>();
        for (Field field : access.relatedOptions().fields()) {
            if (field.isRelation() && field.hasColumn() && !field.nullable() && field != back
                    && !Boolean.TRUE.equals(field.option("parentLink"))) {
                keys.add(field.name());
            }
        }
        return keys;
    }

    private static boolean enabled() {
        return !Settings.isConfigured() || Settings.current().extra(FetchMode.PEERS_JOIN_SETTING, Boolean.TRUE);
    }
}
