package dev.reinhardt.db.migrations.state;

import dev.reinhardt.apps.AppConfig;
import dev.reinhardt.apps.Apps;
import dev.reinhardt.db.models.Model;
import dev.reinhardt.db.models.Options;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every model of a project at one point of its migration history (Django's
 * {@code ProjectState}): the result of replaying migrations, or of reading
 * the current model classes. Operations never change a state; they return a
 * new one. Immutable and thread-safe.
 */
public final class ProjectState {

    private static final ProjectState EMPTY = new ProjectState(Map.of());

    private final Map<String, ModelState> models;

    private ProjectState(Map<String, ModelState> models) {
        this.models = Collections.unmodifiableMap(models);
    }

    /** Return the state with no models, where every replay starts. */
    public static ProjectState empty() {
        return EMPTY;
    }

    /** Return the state of the current model classes of every app in {@code apps}. */
    public static ProjectState fromApps(Apps apps) {
        return Apps.callWith(apps, () -> {
            ProjectState state = EMPTY;
            for (AppConfig app : apps.getAppConfigs()) {
                for (Class<?> model : app.getModels()) {
                    state = state.with(ModelStates.of(Options.of(model.asSubclass(Model.class))));
                }
            }
            return state;
        });
    }

    private static String key(String appLabel, String modelName) {
        return appLabel + "." + modelName.toLowerCase(Locale.ROOT);
    }

    /** Return every model, app by app in the order they were added. */
    public Collection<ModelState> models() {
        return models.values();
    }

    /** Return the models of {@code appLabel}. */
    public List<ModelState> modelsOf(String appLabel) {
        return models.values().stream().filter(model -> model.appLabel().equals(appLabel)).toList();
    }

    /** Return the app labels that have models, in order. */
    public List<String> appLabels() {
        return models.values().stream().map(ModelState::appLabel).distinct().toList();
    }

    /** Return the model {@code modelName} (case-insensitive) of {@code appLabel}, or null. */
    public ModelState find(String appLabel, String modelName) {
        return models.get(key(appLabel, modelName));
    }

    /**
     * Return the model {@code modelName} (case-insensitive) of {@code appLabel}.
     *
     * @throws IllegalArgumentException naming the app's models when there is none
     */
    public ModelState model(String appLabel, String modelName) {
        ModelState model = find(appLabel, modelName);
        if (model == null) {
            List<String> names = modelsOf(appLabel).stream().map(ModelState::name).toList();
            throw new IllegalArgumentException("The migration state has no model '" + appLabel + "." + modelName
                    + "'. Models of '" + appLabel + "' at this point: "
                    + (names.isEmpty() ? "none" : String.join(", ", names)) + ". Check the operation's model name "
                    + "and the migration's dependencies.");
        }
        return model;
    }

    /** Return the model named {@code "app_label.ModelName"}. */
    public ModelState model(String label) {
        int dot = label.indexOf('.');
        if (dot < 0) {
            throw new IllegalArgumentException("Model reference '" + label + "' must be 'app_label.ModelName'.");
        }
        return model(label.substring(0, dot), label.substring(dot + 1));
    }

    /** Return a state with {@code model} added, or replacing the model of the same name. */
    public ProjectState with(ModelState model) {
        Map<String, ModelState> copy = new LinkedHashMap<>(models);
        copy.put(key(model.appLabel(), model.name()), model);
        return new ProjectState(copy);
    }

    /** Return a state without the model {@code modelName} of {@code appLabel}. */
    public ProjectState without(String appLabel, String modelName) {
        model(appLabel, modelName);
        Map<String, ModelState> copy = new LinkedHashMap<>(models);
        copy.remove(key(appLabel, modelName));
        return new ProjectState(copy);
    }

    /** Return a state where model {@code from} of {@code appLabel} is called {@code to}, relations following it. */
    public ProjectState withModelRenamed(String appLabel, String from, String to) {
        ModelState old = model(appLabel, from);
        String oldLabel = old.label();
        String newLabel = appLabel + "." + to;
        Map<String, ModelState> copy = new LinkedHashMap<>();
        for (Map.Entry<String, ModelState> entry : models.entrySet()) {
            ModelState model = entry.getValue();
            if (model == old) {
                model = model.withName(to);
            }
            for (Map.Entry<String, FieldState> field : model.fields().entrySet()) {
                FieldState renamed = field.getValue();
                for (String option : List.of("to", "through")) {
                    if (renamed.isRelation() && oldLabel.equalsIgnoreCase(renamed.textOption(option))) {
                        renamed = renamed.with(option, newLabel);
                    }
                }
                if (renamed != field.getValue()) {
                    model = model.withField(field.getKey(), renamed);
                }
            }
            if (model.bases().stream().anyMatch(oldLabel::equalsIgnoreCase)) {
                model = model.withBases(model.bases().stream()
                        .map(base -> base.equalsIgnoreCase(oldLabel) ? newLabel : base).toList());
            }
            copy.put(entry.getKey().equals(key(appLabel, from)) ? key(appLabel, to) : entry.getKey(), model);
        }
        return new ProjectState(copy);
    }

    /**
     * Return the model whose table {@code model}'s rows live in: itself, or
     * for a proxy the concrete model its bases lead to.
     *
     * @throws IllegalArgumentException when a proxy's bases name no model of this state
     */
    public ModelState concrete(ModelState model) {
        ModelState current = model;
        for (int hops = 0; current.isProxy(); hops++) {
            if (current.bases().isEmpty() || hops > models.size()) {
                throw new IllegalArgumentException("Proxy model " + model.label() + " has no concrete base in the "
                        + "migration state; give its CreateModel the model it stands for with .bases(...).");
            }
            current = model(current.bases().getFirst());
        }
        return current;
    }

    /** Return the fields of every model that point at {@code label} ("app_label.ModelName"), as model and field name. */
    public List<Map.Entry<ModelState, String>> relationsTo(String label) {
        List<Map.Entry<ModelState, String>> found = new ArrayList<>();
        for (ModelState model : models.values()) {
            model.fields().forEach((name, field) -> {
                if (label.equalsIgnoreCase(field.relatedModel())) {
                    found.add(Map.entry(model, name));
                }
            });
        }
        return found;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ProjectState state && state.models.equals(models);
    }

    @Override
    public int hashCode() {
        return models.hashCode();
    }

    @Override
    public String toString() {
        return "ProjectState" + models.keySet();
    }
}
