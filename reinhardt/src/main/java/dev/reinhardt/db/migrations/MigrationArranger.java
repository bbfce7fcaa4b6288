package dev.reinhardt.db.migrations;

import dev.reinhardt.db.migrations.operations.AddField;
import dev.reinhardt.db.migrations.operations.AlterField;
import dev.reinhardt.db.migrations.operations.CreateModel;
import dev.reinhardt.db.migrations.operations.Operation;
import dev.reinhardt.db.migrations.state.FieldState;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Put the operations the {@link Autodetector} found for several apps into
 * numbered migrations, each after the migrations that create what it points
 * at (Django's {@code _build_migration_list} and {@code arrange_for_graph}).
 *
 * <p>An app's operations go into one migration when they can. When new models
 * of two apps point at each other, neither app's migration can come first:
 * a relation to a model another app creates is taken out of its
 * {@code CreateModel} as an {@code AddField}, the app's migration is cut
 * before that field, and the field is added in a second migration of the app
 * that depends on the other app's. A field that lands in the same migration
 * as its model goes back into the model's {@code CreateModel}, in its
 * declared place, so migrations without such a cycle look as they always did.
 */
final class MigrationArranger {

    /**
     * One operation waiting for its migration.
     *
     * @param operation the operation
     * @param needs     the models (lower-case labels) other apps create in these migrations that it points at
     * @param apps      the other apps whose models it points at
     */
    private record Step(Operation operation, Set<String> needs, Set<String> apps) {
    }

    private final MigrationGraph graph;
    private final String name;
    private final Map<String, Deque<Step>> pending = new TreeMap<>();
    /** The app that creates each model created in these migrations, by lower-case label. */
    private final Map<String, String> creators = new HashMap<>();
    /** Those of them whose creation is in a migration made already. */
    private final Set<String> arrangedModels = new HashSet<>();
    /** The fields taken out of their model's creation, with the full creation they came from. */
    private final Map<AddField, CreateModel> splitOff = new IdentityHashMap<>();
    private final Map<String, List<Migration>> migrations = new TreeMap<>();

    private MigrationArranger(MigrationGraph graph, String name) {
        this.graph = graph;
        this.name = name;
    }

    /**
     * Return the migrations of {@code operations} (per app, in order): each
     * app's in order, numbered after its leaf in {@code graph}, named
     * {@code name} or after their operations.
     *
     * @throws MigrationError when the apps' operations wait for each other in a way no split resolves
     */
    static Map<String, List<Migration>> arrange(Map<String, List<Operation>> operations, MigrationGraph graph,
                                                String name) {
        MigrationArranger arranger = new MigrationArranger(graph, name);
        operations.forEach((app, list) -> list.forEach(operation -> {
            if (operation instanceof CreateModel create) {
                arranger.creators.put(label(app, create.name()), app);
            }
        }));
        operations.forEach(arranger::queue);
        arranger.arrangeAll();
        return arranger.migrations;
    }

    private static String label(String app, String model) {
        return (app + "." + model).toLowerCase(Locale.ROOT);
    }

    // ---------------------------------------------------------------- steps

    /** Queue {@code app}'s operations, with its new models' relations to other apps' new models split off. */
    private void queue(String app, List<Operation> operations) {
        List<Step> steps = new ArrayList<>();
        List<Step> split = new ArrayList<>();
        int afterCreates = 0;
        for (Operation operation : operations) {
            if (operation instanceof CreateModel create) {
                Map<String, FieldState> kept = new LinkedHashMap<>();
                create.fields().forEach((field, state) -> {
                    if (createdByOtherApp(app, state.relatedModel())) {
                        AddField add = AddField.of(create.name(), field, state);
                        splitOff.put(add, create);
                        split.add(step(app, add));
                    } else {
                        kept.put(field, state);
                    }
                });
                steps.add(step(app, new CreateModel(create.name(), kept, create.options(), create.indexes(),
                        create.constraints(), create.bases())));
                afterCreates = steps.size();
            } else {
                steps.add(step(app, operation));
            }
        }
        // After all the app's creations, where a relation between its own new models waits too.
        steps.addAll(afterCreates, split);
        pending.put(app, new ArrayDeque<>(steps));
    }

    private boolean createdByOtherApp(String app, String related) {
        String creator = related == null ? null : creators.get(related.toLowerCase(Locale.ROOT));
        return creator != null && !creator.equals(app);
    }

    private Step step(String app, Operation operation) {
        List<String> related = new ArrayList<>();
        switch (operation) {
            case CreateModel create -> {
                create.fields().values().forEach(field -> related.add(field.relatedModel()));
                related.addAll(create.bases());
            }
            case AddField add -> related.add(add.field().relatedModel());
            case AlterField alter -> related.add(alter.field().relatedModel());
            default -> {
            }
        }
        Set<String> needs = new TreeSet<>();
        Set<String> apps = new TreeSet<>();
        for (String model : related) {
            if (model == null) {
                continue;
            }
            String otherApp = model.substring(0, model.indexOf('.'));
            if (otherApp.equals(app)) {
                continue;
            }
            apps.add(otherApp);
            if (createdByOtherApp(app, model)) {
                needs.add(model.toLowerCase(Locale.ROOT));
            }
        }
        return new Step(operation, needs, apps);
    }

    // ---------------------------------------------------------------- arranging

    /**
     * Make migrations until every step is in one. An app's ready steps make a
     * migration once all its steps are ready; when no app gets that far, the
     * first app with ready steps makes a migration of those (the cut).
     */
    private void arrangeAll() {
        int remaining = remaining();
        boolean cut = false;
        while (remaining > 0) {
            for (Map.Entry<String, Deque<Step>> entry : pending.entrySet()) {
                Deque<Step> steps = entry.getValue();
                List<Step> ready = new ArrayList<>();
                while (!steps.isEmpty() && ready(steps.peekFirst(), cut)) {
                    ready.add(steps.pollFirst());
                }
                if (!ready.isEmpty() && (steps.isEmpty() || cut)) {
                    add(entry.getKey(), ready);
                    cut = false;
                } else {
                    ready.reversed().forEach(steps::addFirst);
                }
            }
            int now = remaining();
            if (now == remaining) {
                if (cut) {
                    throw new MigrationError("The new migrations of " + String.join(", ", stuckApps())
                            + " wait for each other's models: their new models extend each other's in an order no "
                            + "split resolves. Add the models of one app first, run makemigrations, then add the "
                            + "others and run it again.");
                }
                cut = true;
            }
            remaining = now;
        }
    }

    /**
     * Return whether {@code step} can go into a migration now: the models it
     * needs are created in migrations already made, and the other apps it
     * points at have no steps left (or, when cutting, whatever they have left).
     */
    private boolean ready(Step step, boolean cut) {
        return arrangedModels.containsAll(step.needs())
                && (cut || step.apps().stream().allMatch(this::arranged));
    }

    /** Return whether all of {@code app}'s steps are in migrations (or it had none). */
    private boolean arranged(String app) {
        Deque<Step> steps = pending.get(app);
        return steps == null || steps.isEmpty();
    }

    private int remaining() {
        return pending.values().stream().mapToInt(Deque::size).sum();
    }

    private List<String> stuckApps() {
        return pending.entrySet().stream().filter(entry -> !entry.getValue().isEmpty())
                .map(entry -> "'" + entry.getKey() + "'").toList();
    }

    /** Make {@code app}'s next migration of {@code steps}. */
    private void add(String app, List<Step> steps) {
        List<Migration> made = migrations.computeIfAbsent(app, key -> new ArrayList<>());
        List<MigrationKey> leaves = graph.leafNodes(app);
        List<Operation> operations = joinSplitFields(steps);
        int number = (leaves.isEmpty() ? 1 : Autodetector.nextNumber(graph, app, leaves.getFirst())) + made.size();
        String suffix = name != null ? name : leaves.isEmpty() && made.isEmpty() ? "initial"
                : Autodetector.suggestName(operations);
        String migrationName = String.format("%04d_%s", number, suffix);

        List<String> dependencies = new ArrayList<>();
        if (!made.isEmpty()) {
            dependencies.add(made.getLast().key().toString());
        } else if (!leaves.isEmpty()) {
            dependencies.add(leaves.getFirst().toString());
        }
        // The other apps' latest migrations: those create what the steps need, as they were ready.
        Set<String> others = new TreeSet<>();
        for (Step step : steps) {
            for (String otherApp : step.apps()) {
                List<Migration> theirs = migrations.get(otherApp);
                if (theirs != null && !theirs.isEmpty()) {
                    others.add(theirs.getLast().key().toString());
                } else if (!graph.leafNodes(otherApp).isEmpty()) {
                    others.add(graph.leafNodes(otherApp).getFirst().toString());
                }
            }
        }
        dependencies.addAll(others);
        made.add(Migration.of(app, migrationName, dependencies, operations, leaves.isEmpty(), List.of()));
        for (Operation operation : operations) {
            if (operation instanceof CreateModel create) {
                arrangedModels.add(label(app, create.name()));
            }
        }
    }

    /** Return the operations of {@code steps}, a split-off field back in its model's creation when that is there. */
    private List<Operation> joinSplitFields(List<Step> steps) {
        Set<String> created = new HashSet<>();
        steps.forEach(step -> {
            if (step.operation() instanceof CreateModel create) {
                created.add(create.name());
            }
        });
        Map<String, Set<String>> rejoined = new HashMap<>();
        Map<String, CreateModel> full = new HashMap<>();
        List<Operation> operations = new ArrayList<>();
        for (Step step : steps) {
            if (step.operation() instanceof AddField add && splitOff.containsKey(add)
                    && created.contains(add.model())) {
                rejoined.computeIfAbsent(add.model(), key -> new HashSet<>()).add(add.name());
                full.put(add.model(), splitOff.get(add));
            } else {
                operations.add(step.operation());
            }
        }
        operations.replaceAll(operation -> operation instanceof CreateModel create && full.containsKey(create.name())
                ? withFields(create, full.get(create.name()), rejoined.get(create.name())) : operation);
        return operations;
    }

    /** Return {@code create} with {@code fields} of its {@code full} creation back, in their declared order. */
    private static CreateModel withFields(CreateModel create, CreateModel full, Set<String> fields) {
        Map<String, FieldState> ordered = new LinkedHashMap<>();
        full.fields().forEach((field, state) -> {
            if (create.fields().containsKey(field) || fields.contains(field)) {
                ordered.put(field, state);
            }
        });
        return new CreateModel(create.name(), ordered, create.options(), create.indexes(), create.constraints(),
                create.bases());
    }
}
