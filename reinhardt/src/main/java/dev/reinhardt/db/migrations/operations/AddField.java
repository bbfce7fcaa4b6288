package dev.reinhardt.db.migrations.operations;

import dev.reinhardt.db.backends.base.SchemaEditor;
import dev.reinhardt.db.migrations.state.FieldState;
import dev.reinhardt.db.migrations.state.ProjectState;

import java.util.List;
import java.util.Locale;

/**
 * Add a field to a model: a column (with its index), or a join table for a
 * many-to-many field.
 *
 * <p>A field that is neither nullable nor has a database default needs a
 * value for the rows already in the table: {@link #withOneOffDefault} gives
 * one, used while the column is added and not kept afterwards (Django's
 * {@code preserve_default=False}).
 *
 * @param model         the model's class name
 * @param name          the field name
 * @param field         the field
 * @param oneOffDefault the literal existing rows get, or null
 */
public record AddField(String model, String name, FieldState field, String oneOffDefault) implements FieldOperation {

    /** Return the addition of {@code field} as {@code name} to {@code model}. */
    public static AddField of(String model, String name, FieldState field) {
        return new AddField(model, name, field, null);
    }

    /** Return a copy that fills existing rows with {@code literal}, which the column does not keep as its default. */
    public AddField withOneOffDefault(String literal) {
        return new AddField(model, name, field, literal);
    }

    @Override
    public ProjectState stateForwards(String appLabel, ProjectState state) {
        var current = state.model(appLabel, model);
        if (current.fields().containsKey(name)) {
            throw new IllegalStateException("Cannot add field " + name + " to " + current.label() + ": it already has "
                    + "one of that name.");
        }
        return state.with(current.withField(name, field));
    }

    @Override
    public void databaseForwards(String appLabel, SchemaEditor editor, ProjectState from, ProjectState to) {
        Schema.addField(editor, from, to, to.model(appLabel, model), name, oneOffDefault);
    }

    @Override
    public void databaseBackwards(String appLabel, SchemaEditor editor, ProjectState from, ProjectState to) {
        Schema.removeField(editor, from, from.model(appLabel, model), name);
    }

    @Override
    public String describe() {
        return "Add field " + name + " to " + model.toLowerCase(Locale.ROOT);
    }

    @Override
    public String migrationNameFragment() {
        return ModelOperation.nameFragment(model, name);
    }

    @Override
    public List<Operation> reduce(Operation later, String appLabel) {
        return switch (later) {
            case AlterField alter when onField(alter.model(), alter.name()) ->
                    List.of(new AddField(model, name, alter.field(), oneOffDefault));
            case RemoveField remove when onField(remove.model(), remove.name()) -> List.of();
            case RenameField rename when onField(rename.model(), rename.oldName()) ->
                    List.of(new AddField(model, rename.newName(), field, oneOffDefault));
            default -> reduceIntoDelete(later);
        };
    }
}
