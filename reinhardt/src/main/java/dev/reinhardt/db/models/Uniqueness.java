package dev.reinhardt.db.models;

import dev.reinhardt.db.models.fields.Field;
import dev.reinhardt.exceptions.ValidationError;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The uniqueness part of {@code fullClean()}: one query per unique field or constraint. */
final class Uniqueness {

    private Uniqueness() {
    }

    static void check(Model instance, Options<Model> options, Set<String> skipped, Map<String, List<String>> errors) {
        String alias = ModelPersistence.alias(instance, null);
        for (Field field : options.fields()) {
            if (!field.unique() || skipped.contains(field.name()) || errors.containsKey(field.name())) {
                continue;
            }
            Object value = field.get(instance);
            if (value == null || field.primaryKey() && instance.state().adding() && field.isAuto()) {
                continue;
            }
            if (taken(instance, options, alias, Map.of(field.name(), value))) {
                errors.computeIfAbsent(field.name(), k -> new ArrayList<>()).add(capitalize(options.verboseName())
                        + " with this " + capitalize(field.verboseName()) + " already exists.");
            }
        }
        for (List<String> group : options.uniqueTogether()) {
            if (group.stream().anyMatch(name -> skipped.contains(name) || errors.containsKey(name))) {
                continue;
            }
            Map<String, Object> values = new LinkedHashMap<>();
            List<String> labels = new ArrayList<>();
            for (String name : group) {
                Field field = options.getField(name);
                values.put(name, field.get(instance));
                labels.add(capitalize(field.verboseName()));
            }
            if (values.containsValue(null)) {
                continue;
            }
            if (taken(instance, options, alias, values)) {
                String joined = labels.size() == 1 ? labels.getFirst()
                        : String.join(", ", labels.subList(0, labels.size() - 1)) + " and " + labels.getLast();
                errors.computeIfAbsent(ValidationError.NON_FIELD_ERRORS, k -> new ArrayList<>())
                        .add(capitalize(options.verboseName()) + " with this " + joined + " already exists.");
            }
        }
    }

    private static boolean taken(Model instance, Options<Model> options, String alias, Map<String, Object> values) {
        QuerySet<Model> query = QuerySet.of(options.model()).using(alias).filter(Q.of(values));
        if (!instance.state().adding() && instance.pk() != null) {
            query = query.exclude("pk", instance.pk());
        }
        return query.exists();
    }

    private static String capitalize(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
