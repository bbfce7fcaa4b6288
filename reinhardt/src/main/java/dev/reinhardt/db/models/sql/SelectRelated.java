package dev.reinhardt.db.models.sql;

import dev.reinhardt.db.models.JoinHop;
import dev.reinhardt.db.models.Options;
import dev.reinhardt.db.models.PathPart;
import dev.reinhardt.db.models.ReverseRelation;
import dev.reinhardt.db.models.fields.Field;
import dev.reinhardt.exceptions.FieldError;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Plan {@code selectRelated}: check its paths and join each followed model,
 * LEFT OUTER where the relation is nullable (Django's {@code get_related_selections}).
 */
final class SelectRelated {

    /** How deep {@code selectRelated()} without names follows non-nullable keys. */
    private static final int MAX_DEPTH = 5;

    private SelectRelated() {
    }

    /**
     * Check that every part of {@code path} is a forward key or a reverse
     * one-to-one relation.
     *
     * @throws FieldError naming the choices and, for multi-valued relations, pointing to {@code prefetchRelated}
     */
    static void check(Options<?> options, String path) {
        Options<?> current = options;
        for (String name : path.split("__", -1)) {
            PathPart part = current.pathPart(name);
            if (part == null || !followable(part)) {
                String hint = part != null && part.isMultiValued()
                        ? " '" + name + "' is a many-to-many or reverse relation: load it with prefetchRelated(\""
                        + path + "\") instead."
                        : "";
                throw new FieldError("Invalid field name(s) given in selectRelated: '" + name + "'. Choices are: "
                        + (choices(current).isEmpty() ? "(none)" : String.join(", ", choices(current))) + "." + hint);
            }
            current = part.target();
        }
    }

    private static boolean followable(PathPart part) {
        return part.isRelation() && !part.isMultiValued()
                && (part.relation() != null || part.reverse() != null);
    }

    private static Set<String> choices(Options<?> options) {
        Set<String> names = new TreeSet<>();
        for (Field field : options.fields()) {
            if (field.isRelation()) {
                names.add(field.name());
            }
        }
        for (ReverseRelation reverse : options.relatedObjects()) {
            if (!reverse.isHidden() && !reverse.isMultiValued()) {
                names.add(reverse.queryName());
            }
        }
        return names;
    }

    /** Join the models {@code paths} (or, with {@code all}, every non-nullable key chain) follow; return the plan. */
    static List<RelatedSelection> plan(Query query, List<String> paths, boolean all) {
        Map<String, Object> tree = new LinkedHashMap<>();
        for (String path : paths) {
            Map<String, Object> level = tree;
            for (String name : path.split("__")) {
                @SuppressWarnings("unchecked")
                Map<String, Object> next = (Map<String, Object>) level.computeIfAbsent(name,
                        key -> new LinkedHashMap<String, Object>());
                level = next;
            }
        }
        return all ? followAll(query, query.options(), query.baseAlias(), 0)
                : follow(query, query.options(), query.baseAlias(), tree);
    }

    private static List<RelatedSelection> follow(Query query, Options<?> options, String alias,
                                                 Map<String, Object> tree) {
        List<RelatedSelection> selections = new ArrayList<>();
        for (Map.Entry<String, Object> entry : tree.entrySet()) {
            PathPart part = options.pathPart(entry.getKey());
            String joined = joinAll(query, part, alias);
            @SuppressWarnings("unchecked")
            Map<String, Object> children = (Map<String, Object>) entry.getValue();
            Options<?> target = part.target();
            selections.add(new RelatedSelection(part, target, joined, target.fields(),
                    follow(query, target, joined, children), query.isOuter(joined)));
        }
        return selections;
    }

    private static List<RelatedSelection> followAll(Query query, Options<?> options, String alias, int depth) {
        List<RelatedSelection> selections = new ArrayList<>();
        if (depth >= MAX_DEPTH) {
            return selections;
        }
        for (Field field : options.fields()) {
            if (!field.isRelation() || field.nullable() || Boolean.TRUE.equals(field.option("parentLink"))) {
                continue;
            }
            PathPart part = options.pathPart(field.name());
            String joined = joinAll(query, part, alias);
            Options<?> target = part.target();
            selections.add(new RelatedSelection(part, target, joined, target.fields(),
                    followAll(query, target, joined, depth + 1), query.isOuter(joined)));
        }
        return selections;
    }

    private static String joinAll(Query query, PathPart part, String alias) {
        String current = alias;
        for (JoinHop hop : part.hops()) {
            current = query.join(hop, current, null);
        }
        return current;
    }
}
