package dev.reinhardt.db.migrations;

import dev.reinhardt.db.migrations.operations.AddConstraint;
import dev.reinhardt.db.migrations.operations.AddField;
import dev.reinhardt.db.migrations.operations.AddIndex;
import dev.reinhardt.db.migrations.operations.AlterField;
import dev.reinhardt.db.migrations.operations.AlterModelOptions;
import dev.reinhardt.db.migrations.operations.AlterModelTable;
import dev.reinhardt.db.migrations.operations.CreateModel;
import dev.reinhardt.db.migrations.operations.DeleteModel;
import dev.reinhardt.db.migrations.operations.Operation;
import dev.reinhardt.db.migrations.operations.RemoveConstraint;
import dev.reinhardt.db.migrations.operations.RemoveField;
import dev.reinhardt.db.migrations.operations.RemoveIndex;
import dev.reinhardt.db.migrations.operations.RenameField;
import dev.reinhardt.db.migrations.operations.RenameModel;
import dev.reinhardt.db.migrations.state.ConstraintState;
import dev.reinhardt.db.migrations.state.FieldState;
import dev.reinhardt.db.migrations.state.IndexState;
import dev.reinhardt.db.migrations.state.ModelState;
import dev.reinhardt.db.migrations.state.ProjectState;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Compare the state the migrations build with the state of the current
 * models, and say which operations turn one into the other (Django's
 * {@code MigrationAutodetector}).
 *
 * <p>It finds created, deleted and renamed models; added, removed, altered
 * and renamed fields; index, constraint, table-name and option changes.
 * Renames are guesses, so the {@link MigrationQuestioner} confirms each.
 * Within an app, operations are ordered so that each finds what it needs
 * (a model is created before a field points at it, or a child or proxy
 * extends it); across apps, {@link #changes} orders the new migrations
 * after the migrations that create the models they point at. A proxy is
 * created and deleted, never renamed; a model that becomes a proxy, or stops
 * being one, is deleted and created anew.
 */
public final class Autodetector {

    private static final int MAX_NAME_LENGTH = 52;

    private final ProjectState from;
    private final ProjectState to;
    private final MigrationQuestioner questioner;

    /** Create a detector of the changes from {@code from} (the migrations) to {@code to} (the models). */
    public Autodetector(ProjectState from, ProjectState to, MigrationQuestioner questioner) {
        this.from = from;
        this.to = to;
        this.questioner = questioner;
    }

    /**
     * Return the new migrations of the apps {@code appLabels} that have
     * changes, numbered after {@code graph}'s leaves, named {@code name} (or
     * a name made from the operations), with their dependencies; each app's in
     * order. An app gets two migrations when its new models and another app's
     * point at each other: the second adds the relations to the other app's
     * models, after the other app's migration.
     *
     * @throws MigrationError when the apps' new migrations cannot be ordered
     */
    public Map<String, List<Migration>> changes(MigrationGraph graph, Collection<String> appLabels, String name) {
        return MigrationArranger.arrange(operations(appLabels), graph, name);
    }

    /** Return the number after {@code leaf}'s, read from its name's leading digits. */
    static int nextNumber(MigrationGraph graph, String app, MigrationKey leaf) {
        return leaf.number().orElseGet(() -> (int) graph.nodes().stream().filter(key -> key.app().equals(app)).count())
                + 1;
    }

    /** Return the name Django would suggest for a migration of {@code operations}. */
    static String suggestName(List<Operation> operations) {
        List<String> fragments = operations.stream().map(Operation::migrationNameFragment).filter(Objects::nonNull)
                .toList();
        if (fragments.isEmpty() || fragments.size() != operations.size()) {
            return "auto_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd_HHmm"));
        }
        String name = fragments.getFirst();
        for (String fragment : fragments.subList(1, fragments.size())) {
            String longer = name + "_" + fragment;
            if (longer.length() > MAX_NAME_LENGTH) {
                return name + "_and_more";
            }
            name = longer;
        }
        return name;
    }

    /** Return the operations per app of {@code appLabels}, for the apps that changed. */
    public Map<String, List<Operation>> operations(Collection<String> appLabels) {
        Set<String> apps = new TreeSet<>(appLabels);
        ProjectState renamed = from;
        Map<String, List<Operation>> renames = new TreeMap<>();
        for (String app : apps) {
            List<Operation> appRenames = detectRenamedModels(app, renamed);
            for (Operation rename : appRenames) {
                renamed = rename.stateForwards(app, renamed);
            }
            renames.put(app, appRenames);
        }
        Map<String, List<Operation>> result = new TreeMap<>();
        for (String app : apps) {
            List<Operation> operations = new ArrayList<>(renames.get(app));
            operations.addAll(detectApp(app, renamed));
            if (!operations.isEmpty()) {
                result.put(app, operations);
            }
        }
        return result;
    }

    // ---------------------------------------------------------------- models

    private List<Operation> detectRenamedModels(String app, ProjectState state) {
        List<Operation> renames = new ArrayList<>();
        // A proxy has no fields to recognise it by: proxies are created and deleted, never renamed.
        List<ModelState> removed = new ArrayList<>(state.modelsOf(app).stream()
                .filter(model -> to.find(app, model.name()) == null && !model.isProxy()).toList());
        for (ModelState added : to.modelsOf(app)) {
            if (state.find(app, added.name()) != null || added.isProxy()) {
                continue;
            }
            for (ModelState old : removed) {
                ProjectState candidate = state.withModelRenamed(app, old.name(), added.name());
                ModelState renamedModel = candidate.model(app, added.name());
                if (renamedModel.fields().equals(added.fields())
                        && questioner.askRenameModel(old.label(), added.name())) {
                    renames.add(RenameModel.of(old.name(), added.name()));
                    state = candidate;
                    removed.remove(old);
                    break;
                }
            }
        }
        return renames;
    }

    private List<Operation> detectApp(String app, ProjectState before) {
        Buckets buckets = new Buckets();
        List<ModelState> created = to.modelsOf(app).stream().filter(m -> !existsAlike(before, m)).toList();
        List<ModelState> deleted = before.modelsOf(app).stream().filter(m -> !existsAlike(to, m)).toList();
        createModels(created, buckets);
        for (ModelState model : orderForDeletion(deleted)) {
            buckets.deleteModels.add(DeleteModel.of(model.name()));
        }
        for (ModelState model : to.modelsOf(app)) {
            ModelState old = before.find(app, model.name());
            if (old != null && existsAlike(before, model)) {
                compareModels(old, model, buckets);
            }
        }
        return buckets.all();
    }

    /** Return whether {@code state} has {@code model}, both proxies or both concrete (a change between is a new model). */
    private static boolean existsAlike(ProjectState state, ModelState model) {
        ModelState other = state.find(model.appLabel(), model.name());
        return other != null && other.isProxy() == model.isProxy();
    }

    private void createModels(List<ModelState> created, Buckets buckets) {
        Set<String> pending = new LinkedHashSet<>();
        created.forEach(model -> pending.add(model.label().toLowerCase(Locale.ROOT)));
        List<ModelState> remaining = new ArrayList<>(created);
        while (!remaining.isEmpty()) {
            ModelState model = remaining.stream()
                    .filter(candidate -> relatedLabels(candidate).stream().noneMatch(label -> pending.contains(label)
                            && !label.equals(candidate.label().toLowerCase(Locale.ROOT))))
                    .findFirst()
                    // In a cycle, start with a model whose bases exist: only fields can be added later.
                    .orElseGet(() -> remaining.stream().filter(candidate -> candidate.bases().stream()
                            .noneMatch(base -> pending.contains(base.toLowerCase(Locale.ROOT)))).findFirst()
                            .orElse(remaining.getFirst()));
            Map<String, FieldState> fields = new LinkedHashMap<>();
            model.fields().forEach((name, field) -> {
                String related = field.relatedModel() == null ? null : field.relatedModel().toLowerCase(Locale.ROOT);
                if (related != null && pending.contains(related) && !related.equals(model.label().toLowerCase(Locale.ROOT))) {
                    // A cycle between new models: create this one without the field, and add it afterwards.
                    buckets.deferredFields.add(AddField.of(model.name(), name, field));
                } else {
                    fields.put(name, field);
                }
            });
            buckets.createModels.add(new CreateModel(model.name(), fields, model.options(), model.indexes(),
                    model.constraints(), model.bases()));
            remaining.remove(model);
            pending.remove(model.label().toLowerCase(Locale.ROOT));
        }
    }

    private List<ModelState> orderForDeletion(List<ModelState> deleted) {
        List<ModelState> ordered = new ArrayList<>();
        List<ModelState> remaining = new ArrayList<>(deleted);
        while (!remaining.isEmpty()) {
            ModelState next = remaining.stream().filter(candidate -> remaining.stream()
                            .noneMatch(other -> other != candidate && relatedLabels(other)
                                    .contains(candidate.label().toLowerCase(Locale.ROOT))))
                    .findFirst().orElse(remaining.getFirst());
            ordered.add(next);
            remaining.remove(next);
        }
        return ordered;
    }

    /** Return the models {@code model} needs first, in lower case: what its relations point at, and its bases. */
    private static Set<String> relatedLabels(ModelState model) {
        Set<String> labels = new LinkedHashSet<>();
        model.fields().values().forEach(field -> {
            if (field.relatedModel() != null) {
                labels.add(field.relatedModel().toLowerCase(Locale.ROOT));
            }
        });
        model.bases().forEach(base -> labels.add(base.toLowerCase(Locale.ROOT)));
        return labels;
    }

    // ---------------------------------------------------------------- fields and options

    private void compareModels(ModelState old, ModelState model, Buckets buckets) {
        String name = model.name();
        String lower = name.toLowerCase(Locale.ROOT);
        List<String> added = new ArrayList<>(model.fields().keySet().stream()
                .filter(field -> !old.fields().containsKey(field)).toList());
        List<String> removed = new ArrayList<>(old.fields().keySet().stream()
                .filter(field -> !model.fields().containsKey(field)).toList());
        ModelState renamedOld = old;
        for (String newName : List.copyOf(added)) {
            FieldState field = model.field(newName);
            for (String oldName : removed) {
                FieldState oldField = old.field(oldName);
                boolean same = oldField.equals(field) || oldField.with("dbColumn", null).equals(field.with("dbColumn", null))
                        && old.column(oldName).equals(model.column(newName));
                if (same && questioner.askRenameField(lower, oldName, newName, field)) {
                    buckets.renameFields.add(RenameField.of(name, oldName, newName));
                    renamedOld = renamedOld.withFieldRenamed(oldName, newName);
                    if (!oldField.equals(field)) {
                        buckets.alterFields.add(AlterField.of(name, newName, field));
                    }
                    added.remove(newName);
                    removed.remove(oldName);
                    break;
                }
            }
        }
        for (String fieldName : removed) {
            buckets.removeFields.add(RemoveField.of(name, fieldName));
        }
        for (String fieldName : added) {
            buckets.addFields.add(addField(name, fieldName, model.field(fieldName)));
        }
        for (String fieldName : model.fields().keySet()) {
            if (!old.fields().containsKey(fieldName)) {
                continue;
            }
            FieldState oldField = old.field(fieldName);
            FieldState field = model.field(fieldName);
            if (oldField.equals(field)) {
                continue;
            }
            if (oldField.isManyToMany() != field.isManyToMany()) {
                buckets.removeFields.add(RemoveField.of(name, fieldName));
                buckets.addFields.add(addField(name, fieldName, field));
                continue;
            }
            AlterField alter = AlterField.of(name, fieldName, field);
            if (oldField.nullable() && !field.nullable() && field.dbDefault() == null && !field.isManyToMany()) {
                String literal = questioner.askNotNullAlteration(lower, fieldName);
                if (literal != null) {
                    alter = alter.withOneOffDefault(literal);
                }
            }
            buckets.alterFields.add(alter);
        }
        compareOptions(renamedOld, model, buckets);
        compareIndexes(renamedOld, model, buckets);
        compareConstraints(renamedOld, model, buckets);
    }

    private AddField addField(String model, String fieldName, FieldState field) {
        AddField add = AddField.of(model, fieldName, field);
        boolean needsValue = !field.nullable() && field.dbDefault() == null && !field.isAuto() && !field.isManyToMany();
        if (needsValue) {
            add = add.withOneOffDefault(questioner.askNotNullAddition(model.toLowerCase(Locale.ROOT), fieldName));
        }
        return add;
    }

    private void compareOptions(ModelState old, ModelState model, Buckets buckets) {
        Object oldTable = old.options().get("dbTable");
        Object newTable = model.options().get("dbTable");
        if (!Objects.equals(oldTable, newTable)) {
            buckets.alterTables.add(AlterModelTable.of(model.name(), newTable == null ? null : newTable.toString()));
        }
        Map<String, Object> oldOptions = alterable(old);
        Map<String, Object> newOptions = alterable(model);
        if (!oldOptions.equals(newOptions)) {
            buckets.alterOptions.add(new AlterModelOptions(model.name(), newOptions));
        }
    }

    private static Map<String, Object> alterable(ModelState model) {
        Map<String, Object> options = new LinkedHashMap<>();
        model.options().forEach((key, value) -> {
            if (ModelState.ALTERABLE_OPTIONS.contains(key)) {
                options.put(key, value);
            }
        });
        return options;
    }

    private void compareIndexes(ModelState old, ModelState model, Buckets buckets) {
        for (IndexState index : old.indexes()) {
            if (!model.indexes().contains(index)) {
                buckets.removeIndexes.add(RemoveIndex.of(model.name(), index.name()));
            }
        }
        for (IndexState index : model.indexes()) {
            if (!old.indexes().contains(index)) {
                buckets.addIndexes.add(new AddIndex(model.name(), index));
            }
        }
    }

    private void compareConstraints(ModelState old, ModelState model, Buckets buckets) {
        for (ConstraintState constraint : old.constraints()) {
            if (!model.constraints().contains(constraint)) {
                buckets.removeConstraints.add(RemoveConstraint.of(model.name(), constraint.name()));
            }
        }
        for (ConstraintState constraint : model.constraints()) {
            if (!old.constraints().contains(constraint)) {
                buckets.addConstraints.add(new AddConstraint(model.name(), constraint));
            }
        }
    }

    /** The operations of one app, kept apart by kind and put in an order where each finds what it needs. */
    private static final class Buckets {
        final List<Operation> createModels = new ArrayList<>();
        final List<Operation> deferredFields = new ArrayList<>();
        final List<Operation> removeIndexes = new ArrayList<>();
        final List<Operation> removeConstraints = new ArrayList<>();
        final List<Operation> renameFields = new ArrayList<>();
        final List<Operation> removeFields = new ArrayList<>();
        final List<Operation> deleteModels = new ArrayList<>();
        final List<Operation> addFields = new ArrayList<>();
        final List<Operation> alterFields = new ArrayList<>();
        final List<Operation> alterTables = new ArrayList<>();
        final List<Operation> alterOptions = new ArrayList<>();
        final List<Operation> addIndexes = new ArrayList<>();
        final List<Operation> addConstraints = new ArrayList<>();

        List<Operation> all() {
            List<Operation> all = new ArrayList<>();
            for (List<Operation> bucket : List.of(createModels, deferredFields, removeIndexes, removeConstraints,
                    renameFields, removeFields, deleteModels, addFields, alterFields, alterTables, alterOptions,
                    addIndexes, addConstraints)) {
                all.addAll(bucket);
            }
            return all;
        }
    }
}
