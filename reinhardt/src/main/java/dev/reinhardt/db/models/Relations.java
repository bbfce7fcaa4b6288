package dev.reinhardt.db.models;

import dev.reinhardt.apps.Apps;
import dev.reinhardt.db.models.fields.Field;
import dev.reinhardt.exceptions.ImproperlyConfigured;

import java.util.HashMap;
import java.util.Map;

/**
 * Resolve every relation of a populated app registry at start-up, so that a
 * mistake stops the project with a message naming the field and the fix
 * instead of failing at the first query: targets named by string
 * ({@code "auth.User"}) that are not installed, {@code toField}s that are not
 * unique, join models without the keys they need, reverse accessors and
 * query names that clash, related-manager fields that match no relation, and
 * managers declared wrongly or named by {@code @Meta} but missing.
 */
public final class Relations {

    private Relations() {
    }

    /**
     * Resolve and check the relations of every model of {@code apps}.
     *
     * @throws ImproperlyConfigured naming the model, the field and the fix
     */
    public static void check(Apps apps) {
        Apps.callWith(apps, () -> {
            Map<String, String> accessors = new HashMap<>();
            Map<String, String> queryNames = new HashMap<>();
            for (Class<?> type : apps.getModels()) {
                Options<?> options = Options.of(type.asSubclass(Model.class));
                if (options.isProxy()) {
                    // A proxy's relations are its concrete model's, checked with that model.
                    continue;
                }
                for (Field field : options.relationFields()) {
                    Relation relation = Relation.of(field);
                    if (relation.isManyToMany()) {
                        relation.throughSource();
                    } else {
                        relation.targetField();
                    }
                    if (!relation.isHidden()) {
                        String where = relation.targetOptions().model().getSimpleName();
                        checkClash(accessors, where + "." + relation.accessorName(), "Reverse accessor", relation,
                                "fields.E304");
                        checkClash(queryNames, where + "." + relation.queryName(), "Reverse query name", relation,
                                "fields.E305");
                        checkFieldClash(relation);
                    }
                }
            }
            for (Class<?> type : apps.getModels()) {
                Options<?> options = Options.of(type.asSubclass(Model.class));
                options.checkHolders();
                options.managerSet();
            }
            return null;
        });
    }

    private static void checkClash(Map<String, String> seen, String name, String what, Relation relation, String id) {
        String owner = relation.owner().label() + "." + relation.field().name();
        String earlier = seen.putIfAbsent(name, owner);
        if (earlier != null) {
            throw new ImproperlyConfigured(what + " '" + name + "' for '" + owner + "' clashes with " + what.toLowerCase()
                    + " for '" + earlier + "' (" + id + "). Add or change relatedName on one of them.");
        }
    }

    private static void checkFieldClash(Relation relation) {
        Options<?> target = relation.targetOptions();
        String accessor = relation.accessorName();
        if (target.findField(accessor) != null || target.findManyToMany(accessor) != null) {
            throw new ImproperlyConfigured("Reverse accessor '" + target.model().getSimpleName() + "." + accessor
                    + "' for '" + relation.owner().label() + "." + relation.field().name() + "' clashes with field "
                    + "name '" + target.label() + "." + accessor + "' (fields.E302). Rename the field, or add or "
                    + "change relatedName on " + relation.owner().model().getSimpleName() + "."
                    + relation.field().name() + ".");
        }
    }
}
