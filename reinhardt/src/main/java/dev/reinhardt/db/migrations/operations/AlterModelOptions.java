package dev.reinhardt.db.migrations.operations;

import dev.reinhardt.db.backends.base.SchemaEditor;
import dev.reinhardt.db.migrations.state.ModelState;
import dev.reinhardt.db.migrations.state.ProjectState;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Set the model options that do not touch the database ({@code ordering},
 * {@code getLatestBy}, the verbose names, {@code defaultManagerName},
 * {@code baseManagerName}). The options given replace all of those; an option
 * left out returns to its default.
 *
 * @param model   the model's class name
 * @param options the new values of the alterable options
 */
public record AlterModelOptions(String model, Map<String, Object> options) implements ModelOptionOperation {

    public AlterModelOptions {
        options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
        for (String option : options.keySet()) {
            if (!ModelState.ALTERABLE_OPTIONS.contains(option)) {
                throw new IllegalArgumentException("AlterModelOptions cannot change '" + option + "'. It changes: "
                        + String.join(", ", ModelState.ALTERABLE_OPTIONS.stream().sorted().toList()) + ".");
            }
        }
    }

    /** Return the change of {@code model}'s options to none set. */
    public static AlterModelOptions of(String model) {
        return new AlterModelOptions(model, Map.of());
    }

    /** Return a copy with {@code option} set to {@code value}. */
    public AlterModelOptions option(String option, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(options);
        copy.put(option, value);
        return new AlterModelOptions(model, copy);
    }

    /** Return {@code state} with this operation's options. */
    public ModelState apply(ModelState state) {
        Map<String, Object> merged = new LinkedHashMap<>(state.options());
        ModelState.ALTERABLE_OPTIONS.forEach(merged::remove);
        merged.putAll(options);
        return state.withOptions(merged);
    }

    @Override
    public ProjectState stateForwards(String appLabel, ProjectState state) {
        return state.with(apply(state.model(appLabel, model)));
    }

    @Override
    public void databaseForwards(String appLabel, SchemaEditor editor, ProjectState from, ProjectState to) {
        // Ordering and names live in Java only: nothing changes in the database.
    }

    @Override
    public void databaseBackwards(String appLabel, SchemaEditor editor, ProjectState from, ProjectState to) {
        // As forwards: nothing in the database.
    }

    @Override
    public String describe() {
        return "Change Meta options on " + model.toLowerCase(Locale.ROOT);
    }

    @Override
    public String migrationNameFragment() {
        return ModelOperation.nameFragment("alter", model, "options");
    }

    @Override
    public String toJava(JavaSource source) {
        StringBuilder out = new StringBuilder(source.call(AlterModelOptions.class, "of", model));
        options.forEach((option, value) -> out.append(source.chained("option", option, value)));
        return out.toString();
    }
}
