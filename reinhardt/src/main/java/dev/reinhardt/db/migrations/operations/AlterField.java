package dev.reinhardt.db.migrations.operations;

import dev.reinhardt.db.backends.base.SchemaEditor;
import dev.reinhardt.db.migrations.state.FieldState;
import dev.reinhardt.db.migrations.state.ProjectState;

import java.util.List;
import java.util.Locale;

/**
 * Change a field's definition: type, length, precision, nullability,
 * database default, uniqueness, index or column name. Rows keep their
 * values (SQLite rebuilds the table and copies them).
 *
 * <p>Making a nullable field required needs a value for rows holding NULL:
 * {@link #withOneOffDefault} gives one, written into those rows first.
 *
 * @param model         the model's class name
 * @param name          the field name
 * @param field         the new definition
 * @param oneOffDefault the literal NULLs are replaced with, or null
 */
public record AlterField(String model, String name, FieldState field, String oneOffDefault) implements FieldOperation {

    /** Return the change of {@code model}'s field {@code name} to {@code field}. */
    public static AlterField of(String model, String name, FieldState field) {
        return new AlterField(model, name, field, null);
    }

    /** Return a copy that first replaces NULLs in the column with {@code literal}. */
    public AlterField withOneOffDefault(String literal) {
        return new AlterField(model, name, field, literal);
    }

    @Override
    public ProjectState stateForwards(String appLabel, ProjectState state) {
        var current = state.model(appLabel, model);
        current.field(name);
        return state.with(current.withField(name, field));
    }

    @Override
    public void databaseForwards(String appLabel, SchemaEditor editor, ProjectState from, ProjectState to) {
        Schema.alterField(editor, from, to, from.model(appLabel, model), to.model(appLabel, model), name, oneOffDefault);
    }

    @Override
    public void databaseBackwards(String appLabel, SchemaEditor editor, ProjectState from, ProjectState to) {
        Schema.alterField(editor, from, to, from.model(appLabel, model), to.model(appLabel, model), name, null);
    }

    @Override
    public String describe() {
        return "Alter field " + name + " on " + model.toLowerCase(Locale.ROOT);
    }

    @Override
    public String migrationNameFragment() {
        return ModelOperation.nameFragment("alter", model, name);
    }

    @Override
    public List<Operation> reduce(Operation later, String appLabel) {
        return switch (later) {
            case AlterField alter when onField(alter.model(), alter.name()) -> List.of(alter);
            case RemoveField remove when onField(remove.model(), remove.name()) -> List.of(remove);
            default -> reduceIntoDelete(later);
        };
    }
}
