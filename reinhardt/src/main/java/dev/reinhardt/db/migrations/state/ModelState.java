package dev.reinhardt.db.migrations.state;

import dev.reinhardt.db.models.fields.Field;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One model as its app's migrations describe it at some point in history
 * (Django's {@code ModelState}): name, fields in order, options, indexes and
 * constraints. Built by replaying operations, never from the live database.
 * Immutable and thread-safe; the {@code with...} methods return copies.
 *
 * @param appLabel    the app's label
 * @param name        the model's class name, such as {@code "Order"}
 * @param fields      the fields by name, in declaration order
 * @param options     the model options that differ from the defaults ({@link #OPTION_NAMES})
 * @param indexes     the named indexes beyond those of {@code dbIndex} fields
 * @param constraints the unique and check constraints
 * @param bases       the concrete models this one extends, as {@code "app_label.ModelName"}: a multi-table
 *                    child's parent, a proxy's model; empty for a model that extends {@code Model}
 */
public record ModelState(String appLabel, String name, Map<String, FieldState> fields, Map<String, Object> options,
                         List<IndexState> indexes, List<ConstraintState> constraints, List<String> bases) {

    /** The model options migrations track, as {@code @Meta} names them. */
    public static final List<String> OPTION_NAMES = List.of("dbTable", "ordering", "getLatestBy", "verboseName",
            "verboseNamePlural", "defaultManagerName", "baseManagerName", "proxy");

    /** The options that only change Java-side behaviour, which {@code AlterModelOptions} carries. */
    public static final Set<String> ALTERABLE_OPTIONS = Set.of("ordering", "getLatestBy", "verboseName",
            "verboseNamePlural", "defaultManagerName", "baseManagerName");

    public ModelState {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        Map<String, Object> ordered = new LinkedHashMap<>();
        for (String option : OPTION_NAMES) {
            Object value = options.get(option);
            if (value instanceof String[] array) {
                value = List.of(array);
            }
            boolean empty = value == null || value instanceof String text && text.isEmpty()
                    || value instanceof List<?> list && list.isEmpty() || Boolean.FALSE.equals(value);
            if (!empty) {
                ordered.put(option, value instanceof List<?> list ? List.copyOf(list) : value);
            }
        }
        for (String option : options.keySet()) {
            if (!OPTION_NAMES.contains(option)) {
                throw new IllegalArgumentException("Model " + name + " has unknown option '" + option
                        + "'. Known options: " + String.join(", ", OPTION_NAMES) + ".");
            }
        }
        options = Collections.unmodifiableMap(ordered);
        indexes = List.copyOf(indexes);
        constraints = List.copyOf(constraints);
        bases = List.copyOf(bases);
    }

    /** Describe a model that extends {@code Model} directly. */
    public ModelState(String appLabel, String name, Map<String, FieldState> fields, Map<String, Object> options,
                      List<IndexState> indexes, List<ConstraintState> constraints) {
        this(appLabel, name, fields, options, indexes, constraints, List.of());
    }

    /** Return a model state with {@code fields} and no options. */
    public static ModelState of(String appLabel, String name, Map<String, FieldState> fields) {
        return new ModelState(appLabel, name, fields, Map.of(), List.of(), List.of());
    }

    /** Return whether this is a proxy model: another class over its base's table, with no table of its own. */
    public boolean isProxy() {
        return Boolean.TRUE.equals(options.get("proxy"));
    }

    /** Return the model name in lower case, the key models are found by. */
    public String key() {
        return name.toLowerCase(Locale.ROOT);
    }

    /** Return {@code "app_label.ModelName"}. */
    public String label() {
        return appLabel + "." + name;
    }

    /** Return the table name: the {@code dbTable} option, else {@code <app_label>_<model name in lower case>}. */
    public String dbTable() {
        Object table = options.get("dbTable");
        return table != null ? table.toString() : appLabel + "_" + key();
    }

    /**
     * Return the field called {@code fieldName}.
     *
     * @throws IllegalArgumentException naming the model's fields when there is none
     */
    public FieldState field(String fieldName) {
        FieldState field = fields.get(fieldName);
        if (field == null) {
            throw new IllegalArgumentException(label() + " has no field '" + fieldName + "' in the migration state. "
                    + "Its fields are: " + String.join(", ", fields.keySet()) + ".");
        }
        return field;
    }

    /** Return the name of the primary key field. */
    public String pkName() {
        return fields.entrySet().stream().filter(entry -> entry.getValue().primaryKey()).map(Map.Entry::getKey)
                .findFirst().orElseThrow(() -> new IllegalStateException(label() + " has no primary key field."));
    }

    /** Return the column of field {@code fieldName}: {@code dbColumn}, else the name in snake_case ({@code _id} after a foreign key's). */
    public String column(String fieldName) {
        FieldState field = field(fieldName);
        String declared = field.textOption("dbColumn");
        if (declared != null) {
            return declared;
        }
        return Field.snakeCase(fieldName) + (FieldState.FOREIGN_KEYS.contains(field.type()) ? "_id" : "");
    }

    // ---------------------------------------------------------------- copies

    /** Return a copy with field {@code fieldName} added at the end, or replaced in place. */
    public ModelState withField(String fieldName, FieldState field) {
        Map<String, FieldState> copy = new LinkedHashMap<>(fields);
        copy.put(fieldName, field);
        return new ModelState(appLabel, name, copy, options, indexes, constraints, bases);
    }

    /** Return a copy without field {@code fieldName}. */
    public ModelState withoutField(String fieldName) {
        field(fieldName);
        Map<String, FieldState> copy = new LinkedHashMap<>(fields);
        copy.remove(fieldName);
        return new ModelState(appLabel, name, copy, options, indexes, constraints, bases);
    }

    /** Return a copy with field {@code from} renamed to {@code to}, in place, and its indexes and constraints following. */
    public ModelState withFieldRenamed(String from, String to) {
        field(from);
        Map<String, FieldState> copy = new LinkedHashMap<>();
        fields.forEach((key, value) -> copy.put(key.equals(from) ? to : key, value));
        Map<String, Object> newOptions = new LinkedHashMap<>(options);
        if (options.get("ordering") instanceof List<?> ordering) {
            newOptions.put("ordering", ConstraintState.rename(ordering.stream().map(Object::toString).toList(), from, to));
        }
        if (from.equals(options.get("getLatestBy"))) {
            newOptions.put("getLatestBy", to);
        }
        return new ModelState(appLabel, name, copy, newOptions,
                indexes.stream().map(index -> index.renameField(from, to)).toList(),
                constraints.stream().map(constraint -> constraint.renameField(from, to)).toList(), bases);
    }

    /** Return a copy called {@code newName}. */
    public ModelState withName(String newName) {
        return new ModelState(appLabel, newName, fields, options, indexes, constraints, bases);
    }

    /** Return a copy whose bases are {@code newBases}. */
    public ModelState withBases(List<String> newBases) {
        return new ModelState(appLabel, name, fields, options, indexes, constraints, newBases);
    }

    /** Return a copy with {@code newOptions} in place of the current options. */
    public ModelState withOptions(Map<String, Object> newOptions) {
        return new ModelState(appLabel, name, fields, newOptions, indexes, constraints, bases);
    }

    /** Return a copy with {@code index} added. */
    public ModelState withIndex(IndexState index) {
        List<IndexState> copy = new ArrayList<>(indexes);
        copy.add(index);
        return new ModelState(appLabel, name, fields, options, copy, constraints, bases);
    }

    /** Return a copy without the index called {@code indexName}. */
    public ModelState withoutIndex(String indexName) {
        index(indexName);
        return new ModelState(appLabel, name, fields, options,
                indexes.stream().filter(index -> !index.name().equals(indexName)).toList(), constraints, bases);
    }

    /** Return a copy with {@code constraint} added. */
    public ModelState withConstraint(ConstraintState constraint) {
        List<ConstraintState> copy = new ArrayList<>(constraints);
        copy.add(constraint);
        return new ModelState(appLabel, name, fields, options, indexes, copy, bases);
    }

    /** Return a copy without the constraint called {@code constraintName}. */
    public ModelState withoutConstraint(String constraintName) {
        constraint(constraintName);
        return new ModelState(appLabel, name, fields, options, indexes,
                constraints.stream().filter(constraint -> !constraint.name().equals(constraintName)).toList(), bases);
    }

    /** Return the index called {@code indexName}. */
    public IndexState index(String indexName) {
        return indexes.stream().filter(index -> index.name().equals(indexName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(label() + " has no index '" + indexName + "'. Its "
                        + "indexes are: " + String.join(", ", indexes.stream().map(IndexState::name).toList()) + "."));
    }

    /** Return the constraint called {@code constraintName}. */
    public ConstraintState constraint(String constraintName) {
        return constraints.stream().filter(constraint -> constraint.name().equals(constraintName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(label() + " has no constraint '" + constraintName
                        + "'. Its constraints are: "
                        + String.join(", ", constraints.stream().map(ConstraintState::name).toList()) + "."));
    }
}
