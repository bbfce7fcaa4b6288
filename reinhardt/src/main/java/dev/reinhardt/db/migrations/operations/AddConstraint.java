package dev.reinhardt.db.migrations.operations;

import dev.reinhardt.db.backends.base.SchemaEditor;
import dev.reinhardt.db.migrations.state.ConstraintState;
import dev.reinhardt.db.migrations.state.ModelState;
import dev.reinhardt.db.migrations.state.ProjectState;
import dev.reinhardt.db.migrations.state.TableSpecs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Add a unique or check constraint to a model. Rows that break it make the
 * migration fail, leaving the table as it was.
 *
 * @param model      the model's class name
 * @param constraint the constraint
 */
public record AddConstraint(String model, ConstraintState constraint) implements ModelOperation {

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
        ModelState after = to.model(appLabel, model);
        var table = TableSpecs.table(from, from.model(appLabel, model), editor.connection());
        switch (constraint) {
            case ConstraintState.Unique unique -> editor.addIndex(table, TableSpecs.unique(after, unique));
            case ConstraintState.Check check -> editor.addCheck(table, TableSpecs.check(after, check, editor.connection()));
        }
    }

    @Override
    public void databaseBackwards(String appLabel, SchemaEditor editor, ProjectState from, ProjectState to) {
        ModelState state = from.model(appLabel, model);
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
        return ModelOperation.nameFragment(constraint.name());
    }

    @Override
    public List<Operation> reduce(Operation later, String appLabel) {
        if (later instanceof RemoveConstraint remove && onModel(remove.model())
                && remove.name().equals(constraint.name())) {
            return List.of();
        }
        return reduceIntoDelete(later);
    }

    @Override
    public String toJava(JavaSource source) {
        return source.type(AddConstraint.class) + "." + builder(source, constraint, model);
    }

    /**
     * Return the builder call that rebuilds {@code constraint}, {@code unique(...)} or {@code check(...)},
     * with {@code leading} as its first arguments.
     */
    static String builder(JavaSource source, ConstraintState constraint, Object... leading) {
        List<Object> arguments = new ArrayList<>(List.of(leading));
        arguments.add(constraint.name());
        String method = switch (constraint) {
            case ConstraintState.Unique unique -> {
                arguments.addAll(unique.fields());
                yield "unique";
            }
            case ConstraintState.Check check -> {
                arguments.addAll(List.of(check.field(), check.lookup(), check.value()));
                yield "check";
            }
        };
        return method + "(" + source.arguments(arguments) + ")";
    }
}
