package dev.reinhardt.db.migrations.operations;

import dev.reinhardt.db.backends.base.SchemaEditor;
import dev.reinhardt.db.migrations.state.ConstraintState;
import dev.reinhardt.db.migrations.state.ModelState;
import dev.reinhardt.db.migrations.state.ProjectState;
import dev.reinhardt.db.migrations.state.TableSpecs;

import java.util.List;
import java.util.Locale;

/**
 * Add a unique or check constraint to a model. Rows that break it make the
 * migration fail, leaving the table as it was.
 *
 * @param model      the model's class name
 * @param constraint the constraint
 */
public record AddConstraint(String model, ConstraintState constraint) implements Operation {

    /** Return the addition of the unique constraint {@code name} over {@code fields} to {@code model}. */
    public static AddConstraint unique(String model, String name, String... fields) {
        return new AddConstraint(model, new ConstraintState.Unique(name, List.of(fields)));
    }

    /** Return the addition of the check {@code name} ({@code field} compared by {@code lookup} with {@code value}). */
    public static AddConstraint check(String model, String name, String field, String lookup, String value) {
        return new AddConstraint(model, new ConstraintState.Check(name, field, lookup, value));
    }

    @Override
    public ProjectState stateForwards(String appLabel, ProjectState state) {
        return state.with(state.model(appLabel, model).withConstraint(constraint));
    }

    @Override
    public void databaseForwards(String appLabel, SchemaEditor editor, ProjectState from, ProjectState to) {
        add(editor, from, from.model(appLabel, model), to.model(appLabel, model), constraint);
    }

    @Override
    public void databaseBackwards(String appLabel, SchemaEditor editor, ProjectState from, ProjectState to) {
        remove(editor, from, from.model(appLabel, model), constraint);
    }

    static void add(SchemaEditor editor, ProjectState from, ModelState before, ModelState after,
                    ConstraintState constraint) {
        var table = TableSpecs.table(from, before, editor.connection());
        switch (constraint) {
            case ConstraintState.Unique unique -> editor.addIndex(table, TableSpecs.unique(after, unique));
            case ConstraintState.Check check -> editor.addCheck(table, TableSpecs.check(after, check, editor.connection()));
        }
    }

    static void remove(SchemaEditor editor, ProjectState from, ModelState state, ConstraintState constraint) {
        var table = TableSpecs.table(from, state, editor.connection());
        switch (constraint) {
            case ConstraintState.Unique unique -> editor.removeIndex(table, TableSpecs.unique(state, unique));
            case ConstraintState.Check check -> editor.removeConstraint(table, check.name());
        }
    }

    @Override
    public String describe() {
        return "Create constraint " + constraint.name() + " on model " + model.toLowerCase(Locale.ROOT);
    }

    @Override
    public String migrationNameFragment() {
        return constraint.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean referencesModel(String appLabel, String modelName) {
        return model.equalsIgnoreCase(modelName);
    }

    @Override
    public List<Operation> reduce(Operation later, String appLabel) {
        if (later instanceof RemoveConstraint remove && remove.model().equalsIgnoreCase(model)
                && remove.name().equals(constraint.name())) {
            return List.of();
        }
        if (later instanceof DeleteModel delete && delete.name().equalsIgnoreCase(model)) {
            return List.of(delete);
        }
        return null;
    }

    @Override
    public String toJava(JavaSource source) {
        String type = source.type(AddConstraint.class);
        return switch (constraint) {
            case ConstraintState.Unique unique -> {
                StringBuilder out = new StringBuilder(type).append(".unique(").append(JavaSource.quote(model))
                        .append(", ").append(JavaSource.quote(unique.name()));
                unique.fields().forEach(field -> out.append(", ").append(JavaSource.quote(field)));
                yield out.append(')').toString();
            }
            case ConstraintState.Check check -> type + ".check(" + JavaSource.quote(model) + ", "
                    + JavaSource.quote(check.name()) + ", " + JavaSource.quote(check.field()) + ", "
                    + JavaSource.quote(check.lookup()) + ", " + JavaSource.quote(check.value()) + ")";
        };
    }
}
