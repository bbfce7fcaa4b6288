package dev.reinhardt.db.migrations.state;

import dev.reinhardt.db.models.fields.OnDelete;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A field as migrations record it: the kind's name ({@code "CharField"},
 * {@code "ForeignKey"}) and the options the model sets explicitly, in a
 * stable order. Options left at their annotation default are not recorded,
 * as Django's {@code deconstruct()} leaves them out; {@link #option(String)}
 * answers with the default for those.
 *
 * <pre>{@code
 * field("CharField", "maxLength", 20, "dbIndex", true)
 * field("ForeignKey", "to", "orders.Customer", "onDelete", OnDelete.CASCADE, "relatedName", "orders")
 * }</pre>
 *
 * <p>Option values are strings, numbers, booleans, enum constants and lists
 * of strings. Relation fields name their target as {@code "app_label.ModelName"}
 * in the {@code to} option (and a many-to-many's join model in
 * {@code through}); {@code onDelete} is an {@link OnDelete} constant, also
 * accepted by name. Immutable and thread-safe.
 *
 * @param type    the field kind's name
 * @param options the explicit options in order
 */
public record FieldState(String type, Map<String, Object> options) {

    /** The relation kinds whose column is named {@code <field>_id} and holds the target's primary key. */
    public static final Set<String> FOREIGN_KEYS = Set.of("ForeignKey", "OneToOneField");
    /** The relation kind that has a join table instead of a column. */
    public static final String MANY_TO_MANY = "ManyToManyField";

    /** Options listed first, in this order, when present; the rest follow alphabetically. */
    private static final List<String> LEADING = List.of("to", "onDelete", "primaryKey", "maxLength", "maxDigits",
            "decimalPlaces", "nullable", "blank", "unique", "dbIndex", "dbColumn", "dbDefault");

    public FieldState {
        if (type == null || type.isBlank()) {
            throw new IllegalArgumentException("A field state needs the field kind's name, such as \"CharField\".");
        }
        Map<String, Object> given = options;
        Map<String, Object> ordered = new LinkedHashMap<>();
        for (String key : LEADING) {
            if (given.containsKey(key)) {
                ordered.put(key, normalize(key, given.get(key)));
            }
        }
        given.keySet().stream().filter(key -> !LEADING.contains(key)).sorted()
                .forEach(key -> ordered.put(key, normalize(key, given.get(key))));
        ordered.values().removeIf(java.util.Objects::isNull);
        options = Collections.unmodifiableMap(ordered);
    }

    /**
     * Return the state of a field of kind {@code type} with the options given
     * as name, value pairs.
     *
     * @throws IllegalArgumentException when the pairs are odd in number or a name is not a string
     */
    public static FieldState field(String type, Object... nameValuePairs) {
        if (nameValuePairs.length % 2 != 0) {
            throw new IllegalArgumentException("field(\"" + type + "\", ...) needs option names and values in pairs; "
                    + "got " + nameValuePairs.length + " arguments.");
        }
        Map<String, Object> options = new LinkedHashMap<>();
        for (int i = 0; i < nameValuePairs.length; i += 2) {
            if (!(nameValuePairs[i] instanceof String name)) {
                throw new IllegalArgumentException("field(\"" + type + "\", ...): argument " + (i + 2)
                        + " should be an option name, not " + nameValuePairs[i] + ".");
            }
            options.put(name, nameValuePairs[i + 1]);
        }
        return new FieldState(type, options);
    }

    /** Return a copy with {@code option} set to {@code value} (null removes it). */
    public FieldState with(String option, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(options);
        if (value == null) {
            copy.remove(option);
        } else {
            copy.put(option, value);
        }
        return new FieldState(type, copy);
    }

    /** Return the value of {@code name}: the explicit one, else the kind's default, else null. */
    public Object option(String name) {
        Object value = options.get(name);
        return value != null ? value : FieldDefaults.get(type, name);
    }

    /** Return whether the boolean option {@code name} is true (explicitly or by default). */
    public boolean flag(String name) {
        return Boolean.TRUE.equals(option(name));
    }

    /** Return the integer option {@code name}, or null. */
    public Integer intOption(String name) {
        return option(name) instanceof Number number ? number.intValue() : null;
    }

    /** Return the text option {@code name}, or null when absent or empty. */
    public String textOption(String name) {
        Object value = option(name);
        return value == null || value.toString().isEmpty() ? null : value.toString();
    }

    /** Return whether this field is the primary key. */
    public boolean primaryKey() {
        return flag("primaryKey");
    }

    /** Return whether the column accepts NULL. */
    public boolean nullable() {
        return flag("nullable");
    }

    /** Return whether values must be unique (a primary key is unique). */
    public boolean unique() {
        return flag("unique") || primaryKey() || type.equals("OneToOneField");
    }

    /** Return the database default literal, or null. */
    public String dbDefault() {
        Object value = option("dbDefault");
        return value == null ? null : value.toString();
    }

    /** Return whether this field points at another model. */
    public boolean isRelation() {
        return FOREIGN_KEYS.contains(type) || type.equals(MANY_TO_MANY);
    }

    /** Return whether this field is a foreign key or one-to-one key: a column holding the target's key. */
    public boolean isForeignKey() {
        return FOREIGN_KEYS.contains(type);
    }

    /** Return whether this field is a many-to-many relation, which has a join table instead of a column. */
    public boolean isManyToMany() {
        return type.equals(MANY_TO_MANY);
    }

    /** Return the related model as {@code "app_label.ModelName"}, or null for a plain field. */
    public String relatedModel() {
        return isRelation() ? textOption("to") : null;
    }

    /** Return whether the database generates this field's values. */
    public boolean isAuto() {
        return type.endsWith("AutoField");
    }

    /** Return the options a {@code dbColumn} change leaves alone: everything else. */
    FieldState withoutColumnName() {
        return with("dbColumn", null);
    }

    /** Return {@code value} in the form field states hold, or null for an option migrations do not record. */
    static Object normalize(String option, Object value) {
        if (option.equals("validators")) {
            return null;
        }
        return switch (value) {
            case null -> null;
            case String name when option.equals("onDelete") -> onDelete(name);
            case String[] array when option.equals("dbDefault") -> array.length == 0 ? null : array[0];
            case String[] array -> List.of(array);
            case Object other when option.equals("dbDefault") -> other.toString();
            // Object.class is the annotations' "not set" for class options (a many-to-many's through).
            case Class<?> type when type == Object.class -> null;
            case Class<?> type -> type.getName();
            case Object[] types when types instanceof Class<?>[] classes ->
                    Arrays.stream(classes).map(Class::getName).toList();
            case List<?> list -> {
                List<Object> copy = new ArrayList<>();
                list.forEach(item -> copy.add(item instanceof Class<?> type ? type.getName() : item));
                yield List.copyOf(copy);
            }
            case Short small -> (int) small;
            case Byte small -> (int) small;
            case Float single -> (double) single;
            case Character character -> character.toString();
            default -> value;
        };
    }

    /** Return the {@link OnDelete} constant called {@code name}, so a migration may write it as text. */
    private static OnDelete onDelete(String name) {
        try {
            return OnDelete.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("onDelete \"" + name + "\" is not a deletion mode. Choices are: "
                    + String.join(", ", Arrays.stream(OnDelete.values()).map(Enum::name).toList()) + ".");
        }
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(type).append('(');
        String separator = "";
        for (Map.Entry<String, Object> option : options.entrySet()) {
            out.append(separator).append(option.getKey()).append('=').append(option.getValue());
            separator = ", ";
        }
        return out.append(')').toString();
    }
}
