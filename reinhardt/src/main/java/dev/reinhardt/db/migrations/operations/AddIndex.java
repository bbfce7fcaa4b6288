package dev.reinhardt.db.migrations.operations;

import dev.reinhardt.db.backends.base.SchemaEditor;
import dev.reinhardt.db.migrations.state.IndexState;
import dev.reinhardt.db.migrations.state.ModelState;
import dev.reinhardt.db.migrations.state.ProjectState;
import dev.reinhardt.db.migrations.state.TableSpecs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Create a named index over a model's fields.
 *
 * @param model the model's class name
 * @param index the index
 */
public record AddIndex(String model, IndexState index) implements ModelOperation {

    /** Return the creation of index {@code name} on {@code model} over {@code fields} ({@code -} for descending). */
    public static AddIndex of(String model, String name, String... fields) {
        return new AddIndex(model, new IndexState(name, List.of(fields)));
    }

    @Override
    public ProjectState stateForwards(String appLabel, ProjectState state) {
        return state.with(state.model(appLabel, model).withIndex(index));
    }

    @Override
    public void databaseForwards(String appLabel, SchemaEditor editor, ProjectState from, ProjectState to) {
        ModelState state = to.model(appLabel, model);
        editor.addIndex(TableSpecs.table(from, from.model(appLabel, model), editor.connection()),
                TableSpecs.index(state, index));
    }

    @Override
    public void databaseBackwards(String appLabel, SchemaEditor editor, ProjectState from, ProjectState to) {
        ModelState state = from.model(appLabel, model);
        editor.removeIndex(TableSpecs.table(from, state, editor.connection()), TableSpecs.index(state, index));
    }

    @Override
    public String describe() {
        return "Create index " + index.name() + " on field(s) " + String.join(", ", index.fields()) + " of model "
                + model.toLowerCase(Locale.ROOT);
    }

    @Override
    public String migrationNameFragment() {
        return ModelOperation.nameFragment(index.name());
    }

    @Override
    public List<Operation> reduce(Operation later, String appLabel) {
        if (later instanceof RemoveIndex remove && onModel(remove.model()) && remove.name().equals(index.name())) {
            return List.of();
        }
        return reduceIntoDelete(later);
    }

    @Override
    public String toJava(JavaSource source) {
        return source.type(AddIndex.class) + ".of(" + arguments(source, index, model) + ")";
    }

    /** Return the arguments that rebuild {@code index}: {@code leading}, the index name, then its fields. */
    static String arguments(JavaSource source, IndexState index, Object... leading) {
        List<Object> arguments = new ArrayList<>(List.of(leading));
        arguments.add(index.name());
        arguments.addAll(index.fields());
        return source.arguments(arguments);
    }
}
