package dev.reinhardt.db.migrations;

import dev.reinhardt.apps.Apps;
import dev.reinhardt.db.backends.base.DatabaseWrapper;
import dev.reinhardt.db.backends.base.Introspection;
import dev.reinhardt.db.backends.base.SchemaEditor;
import dev.reinhardt.db.migrations.operations.AddField;
import dev.reinhardt.db.migrations.operations.CreateModel;
import dev.reinhardt.db.migrations.operations.IrreversibleError;
import dev.reinhardt.db.migrations.operations.Operation;
import dev.reinhardt.db.migrations.state.ModelState;
import dev.reinhardt.db.migrations.state.ProjectState;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Apply and unapply migrations on one database (Django's
 * {@code MigrationExecutor}). Each migration runs in its own transaction
 * where the backend can roll back schema changes, together with its row in
 * {@code reinhardt_migrations}: a migration that fails leaves the database
 * and the record as they were before it. Foreign-key constraints the schema
 * editor defers are added at the end of each migration, inside its
 * transaction.
 *
 * <pre>{@code
 * MigrationExecutor executor = new MigrationExecutor(connection, apps);
 * executor.migrate(executor.plan(List.of(Target.zero("orders"))), false, false);
 * }</pre>
 */
public final class MigrationExecutor {

    /**
     * Where to migrate an app: to migration {@code name}, or to before its first
     * migration when {@code name} is null ({@code migrate orders zero}).
     *
     * @param app  the app label
     * @param name the migration name, or null for zero
     */
    public record Target(String app, String name) {

        /** Return the target that unapplies every migration of {@code app}. */
        public static Target zero(String app) {
            return new Target(app, null);
        }

        /** Return the key of this target; only for a non-zero target. */
        public MigrationKey key() {
            return new MigrationKey(app, name);
        }
    }

    /** Hears how a migration run progresses, for output. */
    public interface Progress {
        /** Called before a migration is applied or unapplied. */
        default void starting(PlanStep step) {
        }

        /** Called after a migration was applied or unapplied; {@code fake} when only recorded. */
        default void finished(PlanStep step, boolean fake) {
        }
    }

    private final DatabaseWrapper connection;
    private final MigrationRecorder recorder;
    private MigrationLoader loader;
    private Progress progress = new Progress() {
    };

    /** Create an executor for {@code connection}, loading the migrations of {@code apps}. */
    public MigrationExecutor(DatabaseWrapper connection, Apps apps) {
        this(connection, new MigrationLoader(apps, connection));
    }

    /** Create an executor for {@code connection} with migrations already loaded by {@code loader}. */
    public MigrationExecutor(DatabaseWrapper connection, MigrationLoader loader) {
        this.connection = connection;
        this.loader = loader;
        this.recorder = new MigrationRecorder(connection);
    }

    /** Report progress to {@code listener}; return this executor. */
    public MigrationExecutor progress(Progress listener) {
        this.progress = listener;
        return this;
    }

    /** Return the loader, with the graph and the applied migrations. */
    public MigrationLoader loader() {
        return loader;
    }

    /** Return the targets that apply every migration of every app. */
    public List<Target> allTargets() {
        return loader.graph().leafNodes().stream().map(key -> new Target(key.app(), key.name())).toList();
    }

    /** Return the steps that bring the database to {@code targets}. */
    public List<PlanStep> plan(List<Target> targets) {
        MigrationGraph graph = loader.graph();
        Set<MigrationKey> applied = new LinkedHashSet<>(loader.applied());
        List<PlanStep> plan = new ArrayList<>();
        for (Target target : targets) {
            if (target.name() == null) {
                for (MigrationKey root : graph.rootNodes(target.app())) {
                    for (MigrationKey key : graph.backwardsPlan(root)) {
                        if (applied.remove(key)) {
                            plan.add(new PlanStep(graph.migration(key), true));
                        }
                    }
                }
            } else if (applied.contains(target.key())) {
                List<MigrationKey> next = graph.children(target.key()).stream()
                        .filter(child -> child.app().equals(target.app())).sorted().toList();
                for (MigrationKey child : next) {
                    for (MigrationKey key : graph.backwardsPlan(child)) {
                        if (applied.remove(key)) {
                            plan.add(new PlanStep(graph.migration(key), true));
                        }
                    }
                }
            } else {
                for (MigrationKey key : graph.forwardsPlan(target.key())) {
                    if (applied.add(key)) {
                        plan.add(new PlanStep(graph.migration(key), false));
                    }
                }
            }
        }
        return plan;
    }

    /**
     * Run {@code plan}. With {@code fake}, only record it. With
     * {@code fakeInitial}, record without running an initial migration whose
     * tables and columns all exist already.
     *
     * @throws MigrationError when the plan mixes applying and unapplying
     * @throws IrreversibleError when a migration to unapply cannot be undone (before anything runs)
     */
    public void migrate(List<PlanStep> plan, boolean fake, boolean fakeInitial) {
        boolean forwards = plan.stream().anyMatch(step -> !step.backwards());
        boolean backwards = plan.stream().anyMatch(PlanStep::backwards);
        if (forwards && backwards) {
            throw new MigrationError("Migration plans with both forwards and backwards migrations are not supported. "
                    + "Please split your migration process into separate plans of only forwards OR backwards "
                    + "migrations.");
        }
        recorder.ensureSchema();
        if (backwards && !fake) {
            for (PlanStep step : plan) {
                for (Operation operation : step.migration().operationList()) {
                    if (!operation.reversible()) {
                        throw new IrreversibleError("Operation " + operation.describe() + " in " + step.migration()
                                + " is not reversible. Unapplying stops before anything changed.");
                    }
                }
            }
        }
        for (PlanStep step : plan) {
            progress.starting(step);
            boolean faked = step.backwards() ? unapply(step.migration(), fake) : apply(step.migration(), fake, fakeInitial);
            progress.finished(step, faked);
        }
        loader = loader.reload();
    }

    private boolean apply(Migration migration, boolean fake, boolean fakeInitial) {
        ProjectState before = loader.stateBefore(migration.key());
        boolean faked = fake || fakeInitial && migration.initial() && softApplied(migration, before);
        inTransaction(migration, () -> {
            if (!faked) {
                SchemaEditor editor = connection.schemaEditor();
                ProjectState state = before;
                for (Operation operation : migration.operationList()) {
                    ProjectState next = operation.stateForwards(migration.appLabel(), state);
                    operation.databaseForwards(migration.appLabel(), editor, state, next);
                    state = next;
                }
                // Foreign-key constraints wait until every table of the migration exists, still before the commit.
                editor.close();
            }
            record(migration, true);
        });
        return faked;
    }

    private boolean unapply(Migration migration, boolean fake) {
        ProjectState before = loader.stateBefore(migration.key());
        inTransaction(migration, () -> {
            if (!fake) {
                SchemaEditor editor = connection.schemaEditor();
                List<ProjectState> states = new ArrayList<>();
                ProjectState state = before;
                for (Operation operation : migration.operationList()) {
                    states.add(state);
                    state = operation.stateForwards(migration.appLabel(), state);
                }
                states.add(state);
                List<Operation> operations = migration.operationList();
                for (int i = operations.size() - 1; i >= 0; i--) {
                    operations.get(i).databaseBackwards(migration.appLabel(), editor, states.get(i + 1), states.get(i));
                }
                editor.close();
            }
            record(migration, false);
        });
        return fake;
    }

    private void record(Migration migration, boolean applied) {
        List<MigrationKey> keys = new ArrayList<>();
        migration.replaces().forEach(name -> keys.add(MigrationKey.parse(name)));
        keys.add(migration.key());
        for (MigrationKey key : keys) {
            if (applied) {
                recorder.recordApplied(key);
            } else {
                recorder.recordUnapplied(key);
            }
        }
    }

    private void inTransaction(Migration migration, Runnable work) {
        if (migration.atomic() && connection.features().canRollbackDdl()) {
            connection.atomic(() -> {
                work.run();
                return null;
            });
        } else {
            work.run();
        }
    }

    /**
     * Return whether everything an initial migration creates is already
     * there: every table it creates and every column it adds (Django's
     * {@code detect_soft_applied}).
     */
    private boolean softApplied(Migration migration, ProjectState before) {
        Introspection introspection = connection.introspection();
        Set<String> tables = new java.util.HashSet<>();
        introspection.tableNames().forEach(table -> tables.add(table.toLowerCase(Locale.ROOT)));
        boolean foundSomething = false;
        ProjectState state = before;
        for (Operation operation : migration.operationList()) {
            ProjectState after = operation.stateForwards(migration.appLabel(), state);
            if (operation instanceof CreateModel create) {
                ModelState model = after.model(migration.appLabel(), create.name());
                if (!tables.contains(model.dbTable().toLowerCase(Locale.ROOT))) {
                    return false;
                }
                foundSomething = true;
            } else if (operation instanceof AddField add && !add.field().isManyToMany()) {
                ModelState model = after.model(migration.appLabel(), add.model());
                if (!tables.contains(model.dbTable().toLowerCase(Locale.ROOT))) {
                    return false;
                }
                String column = model.column(add.name());
                if (introspection.columns(model.dbTable()).stream().noneMatch(c -> c.name().equalsIgnoreCase(column))) {
                    return false;
                }
                foundSomething = true;
            }
            state = after;
        }
        return foundSomething;
    }
}
