package dev.reinhardt.db.migrations;

import dev.reinhardt.db.models.Options;
import dev.reinhardt.db.models.Relation;
import dev.reinhardt.db.models.fields.Field;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Order models so that the tables their keys refer to come first. */
final class ModelOrder {

    private ModelOrder() {
    }

    /**
     * Return {@code models} with each after the models its foreign keys,
     * one-to-one keys and parent links point at, keeping the given order
     * otherwise. Models in a cycle keep their given order; their keys are
     * deferred constraints, so any order works for them.
     */
    static List<Options<?>> targetsFirst(List<Options<?>> models) {
        List<Options<?>> remaining = new ArrayList<>(models);
        Set<Class<?>> pending = new LinkedHashSet<>();
        models.forEach(options -> pending.add(options.model()));
        List<Options<?>> ordered = new ArrayList<>();
        while (!remaining.isEmpty()) {
            Options<?> next = remaining.stream()
                    .filter(options -> targets(options).stream()
                            .noneMatch(target -> target != options.model() && pending.contains(target)))
                    .findFirst().orElse(remaining.getFirst());
            ordered.add(next);
            remaining.remove(next);
            pending.remove(next.model());
        }
        return ordered;
    }

    private static Set<Class<?>> targets(Options<?> options) {
        Set<Class<?>> targets = new LinkedHashSet<>();
        for (Field field : options.fields()) {
            if (field.isRelation()) {
                targets.add(Relation.of(field).targetOptions().concreteModel());
            }
        }
        options.parents().keySet().forEach(parent -> targets.add(parent.model()));
        return targets;
    }
}
