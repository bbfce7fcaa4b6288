package dev.reinhardt.db.models;

import dev.reinhardt.db.models.fields.Field;
import dev.reinhardt.exceptions.ValidationError;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The check-constraint part of {@code fullClean()} (Django's {@code validate_constraints}):
 * each {@code @Meta.CheckConstraint} is evaluated in Java against the instance, so a
 * violation is reported before the database rejects the row. A null value satisfies
 * the check, as SQL's unknown does.
 */
final class CheckConstraints {

    private CheckConstraints() {
    }

    static void check(Model instance, Options<Model> options, Set<String> skipped, Map<String, List<String>> errors) {
        for (Meta.CheckConstraint constraint : options.checkConstraints()) {
            if (skipped.contains(constraint.field()) || errors.containsKey(constraint.field())) {
                continue;
            }
            Field field = options.getField(constraint.field());
            Object value = field.get(instance);
            if (value != null && !holds(constraint, value)) {
                errors.computeIfAbsent(ValidationError.NON_FIELD_ERRORS, k -> new ArrayList<>())
                        .add("Constraint “" + constraint.name() + "” is violated.");
            }
        }
    }

    private static boolean holds(Meta.CheckConstraint constraint, Object value) {
        int comparison = value instanceof Number number
                ? new BigDecimal(number.toString()).compareTo(new BigDecimal(constraint.value()))
                : (value instanceof Enum<?> constant ? constant.name() : value.toString()).compareTo(constraint.value());
        return switch (constraint.lookup()) {
            case "exact" -> comparison == 0;
            case "gt" -> comparison > 0;
            case "gte" -> comparison >= 0;
            case "lt" -> comparison < 0;
            case "lte" -> comparison <= 0;
            default -> throw new IllegalArgumentException("Check constraint '" + constraint.name() + "' uses lookup '"
                    + constraint.lookup() + "'. Choices are: exact, gt, gte, lt, lte.");
        };
    }
}
