package dev.reinhardt.db.migrations.operations;

import dev.reinhardt.db.backends.base.SchemaEditor;
import dev.reinhardt.db.migrations.state.ConstraintState;
import dev.reinhardt.db.migrations.state.FieldState;
import dev.reinhardt.db.migrations.state.IndexState;
import dev.reinhardt.db.migrations.state.ModelState;
import dev.reinhardt.db.migrations.state.ProjectState;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Create a model and its table (with its indexes, constraints and
 * many-to-many join tables).
 *
 * <pre>{@code
 * CreateModel.of("Order")
 *         .field("id", field("BigAutoField"))
 *         .field("status", field("CharField", "maxLength", 20))
 *         .option("ordering", List.of("-id"))
 *         .index("order_status_idx", "status")
 * }</pre>
 *
 * @param name        the model's class name
 * @param fields      the fields in order
 * @param options     the model options ({@code dbTable}, {@code ordering}, ...)
 * @param indexes     the named indexes
 * @param constraints the unique and check constraints
 * @param bases       the concrete models it extends ({@code "app_label.ModelName"}): a multi-table child's
 *                    parent or a proxy's model; empty for a model extending {@code Model}
 */
public record CreateModel(String name, Map<String, FieldState> fields, Map<String, Object> options,
                          List<IndexState> indexes, List<ConstraintState> constraints, List<String> bases)
        implements Operation {

    public CreateModel {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
        indexes = List.copyOf(indexes);
        constraints = List.copyOf(constraints);
        bases = List.copyOf(bases);
    }

    /** Describe the creation of a model that extends {@code Model} directly. */
    public CreateModel(String name, Map<String, FieldState> fields, Map<String, Object> options,
                       List<IndexState> indexes, List<ConstraintState> constraints) {
        this(name, fields, options, indexes, constraints, List.of());
    }

    /** Return the creation of model {@code name}, without fields yet. */
    public static CreateModel of(String name) {
        return new CreateModel(name, Map.of(), Map.of(), List.of(), List.of());
    }

    /** Return the creation of the model {@code state} describes. */
    public static CreateModel of(ModelState state) {
        return new CreateModel(state.name(), state.fields(), state.options(), state.indexes(), state.constraints(),
                state.bases());
    }

    /** Return a copy extending {@code baseLabels} ({@code "app_label.ModelName"}), as Django's {@code bases}. */
    public CreateModel bases(String... baseLabels) {
        return new CreateModel(name, fields, options, indexes, constraints, List.of(baseLabels));
    }

    /** Return a copy with field {@code fieldName} added (or replaced in place). */
    public CreateModel field(String fieldName, FieldState field) {
        Map<String, FieldState> copy = new LinkedHashMap<>(fields);
        copy.put(fieldName, field);
        return new CreateModel(name, copy, options, indexes, constraints, bases);
    }

    /** Return a copy with model option {@code option} set (null removes it). */
    public CreateModel option(String option, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(options);
        if (value == null) {
            copy.remove(option);
        } else {
            copy.put(option, value);
        }
        return new CreateModel(name, fields, copy, indexes, constraints, bases);
    }

    /** Return a copy with the index {@code indexName} over {@code indexFields} ({@code -} for descending). */
    public CreateModel index(String indexName, String... indexFields) {
        List<IndexState> copy = new ArrayList<>(indexes);
        copy.add(new IndexState(indexName, List.of(indexFields)));
        return new CreateModel(name, fields, options, copy, constraints, bases);
    }

    /** Return a copy with the unique constraint {@code constraintName} over {@code uniqueFields}. */
    public CreateModel unique(String constraintName, String... uniqueFields) {
        return constraint(new ConstraintState.Unique(constraintName, List.of(uniqueFields)));
    }

    /** Return a copy with the check {@code constraintName}: {@code field} compared by {@code lookup} with {@code value}. */
    public CreateModel check(String constraintName, String field, String lookup, String value) {
        return constraint(new ConstraintState.Check(constraintName, field, lookup, value));
    }

    CreateModel constraint(ConstraintState constraint) {
        List<ConstraintState> copy = new ArrayList<>(constraints);
        copy.add(constraint);
        return new CreateModel(name, fields, options, indexes, copy, bases);
    }

    /** Return the model state this operation creates in {@code appLabel}. */
    public ModelState modelState(String appLabel) {
        return new ModelState(appLabel, name, fields, options, indexes, constraints, bases);
    }

    @Override
    public ProjectState stateForwards(String appLabel, ProjectState state) {
        if (state.find(appLabel, name) != null) {
            throw new IllegalStateException("Cannot create model " + appLabel + "." + name + ": the migration state "
                    + "already has it. Check the migration's dependencies.");
        }
        return state.with(modelState(appLabel));
    }

    @Override
    public void databaseForwards(String appLabel, SchemaEditor editor, ProjectState from, ProjectState to) {
        Schema.createModel(editor, to, to.model(appLabel, name));
    }

    @Override
    public void databaseBackwards(String appLabel, SchemaEditor editor, ProjectState from, ProjectState to) {
        Schema.deleteModel(editor, from, from.model(appLabel, name));
    }

    @Override
    public String describe() {
        return "Create model " + name;
    }

    @Override
    public String migrationNameFragment() {
        return name.toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean referencesModel(String appLabel, String modelName) {
        String label = appLabel + "." + modelName;
        return name.equalsIgnoreCase(modelName) || bases.stream().anyMatch(label::equalsIgnoreCase)
                || fields.values().stream().anyMatch(field -> label.equalsIgnoreCase(field.relatedModel())
                || label.equalsIgnoreCase(field.textOption("through")));
    }

    @Override
    public List<Operation> reduce(Operation later, String appLabel) {
        return switch (later) {
            case DeleteModel delete when delete.name().equalsIgnoreCase(name) -> List.of();
            case RenameModel rename when rename.oldName().equalsIgnoreCase(name) ->
                    List.of(new CreateModel(rename.newName(), fields, options, indexes, constraints, bases));
            case ModelOperation change when change.onModel(name) -> List.of(with(change, appLabel));
            default -> null;
        };
    }

    /** Return this creation with {@code change}, a later change of the same model, folded in. */
    private CreateModel with(ModelOperation change, String appLabel) {
        return switch (change) {
            case AddField add -> field(add.name(), add.field());
            case AlterField alter -> field(alter.name(), alter.field());
            case RemoveField remove -> of(modelState(appLabel).withoutField(remove.name()));
            case RenameField rename -> of(modelState(appLabel).withFieldRenamed(rename.oldName(), rename.newName()));
            case AlterModelOptions alter -> of(alter.apply(modelState(appLabel)));
            case AlterModelTable alter -> option("dbTable", alter.table());
            case AddIndex add -> of(modelState(appLabel).withIndex(add.index()));
            case RemoveIndex remove -> of(modelState(appLabel).withoutIndex(remove.name()));
            case AddConstraint add -> constraint(add.constraint());
            case RemoveConstraint remove -> of(modelState(appLabel).withoutConstraint(remove.name()));
        };
    }

    @Override
    public String toJava(JavaSource source) {
        StringBuilder out = new StringBuilder(source.call(CreateModel.class, "of", name));
        fields.forEach((fieldName, field) -> out.append(source.chained("field", fieldName, field)));
        options.forEach((option, value) -> out.append(source.chained("option", option, value)));
        if (!bases.isEmpty()) {
            out.append(source.chained("bases", bases.toArray()));
        }
        indexes.forEach(index -> out.append("\n        .index(").append(AddIndex.arguments(source, index)).append(')'));
        constraints.forEach(constraint -> out.append("\n        .").append(AddConstraint.builder(source, constraint)));
        return out.toString();
    }
}
