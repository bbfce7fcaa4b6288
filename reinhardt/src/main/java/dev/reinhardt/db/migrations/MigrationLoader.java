package dev.reinhardt.db.migrations;

import dev.reinhardt.apps.AppConfig;
import dev.reinhardt.apps.Apps;
import dev.reinhardt.db.backends.base.DatabaseWrapper;
import dev.reinhardt.db.migrations.state.ProjectState;
import dev.reinhardt.utils.ClassFinder;
import dev.reinhardt.utils.Suggestions;

import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Find every installed app's migrations and build the graph (Django's
 * {@code MigrationLoader}). An app's migrations are the {@link Migration}
 * classes in its {@code <app package>.migrations} package. With a
 * connection, the loader also knows which migrations are applied there, and
 * chooses between a squashed migration and the ones it replaces.
 */
public final class MigrationLoader {

    private final Apps apps;
    private final DatabaseWrapper connection;
    private final List<Migration> extra;
    private final Map<MigrationKey, Migration> diskMigrations = new LinkedHashMap<>();
    private final Set<String> migratedApps = new LinkedHashSet<>();
    private final Set<String> unmigratedApps = new LinkedHashSet<>();
    private final Map<List<MigrationKey>, ProjectState> states = new HashMap<>();
    private MigrationGraph graph;
    private Set<MigrationKey> applied = Set.of();

    /**
     * Load the migrations of the apps in {@code apps}, and which of them are
     * applied on {@code connection} (none when {@code connection} is null).
     *
     * @throws MigrationError when a dependency is missing or migrations depend on each other in a cycle
     */
    public MigrationLoader(Apps apps, DatabaseWrapper connection) {
        this(apps, connection, List.of());
    }

    /** Load as above, plus {@code extra} migrations built in code (bound to their apps). */
    public MigrationLoader(Apps apps, DatabaseWrapper connection, Collection<Migration> extra) {
        this.apps = apps;
        this.connection = connection;
        this.extra = List.copyOf(extra);
        discover();
        for (Migration migration : extra) {
            diskMigrations.put(migration.key(), migration);
            migratedApps.add(migration.appLabel());
            unmigratedApps.remove(migration.appLabel());
        }
        buildGraph();
    }

    /** Return the package an app's migrations live in. */
    public static String migrationsPackage(AppConfig app) {
        return app.name() + ".migrations";
    }

    private void discover() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        for (AppConfig app : apps.getAppConfigs()) {
            String packageName = migrationsPackage(app);
            boolean found = false;
            for (Class<?> type : ClassFinder.find(packageName, loader)) {
                if (!type.getPackageName().equals(packageName) || !Migration.class.isAssignableFrom(type)
                        || Modifier.isAbstract(type.getModifiers())) {
                    continue;
                }
                Migration migration = instantiate(type.asSubclass(Migration.class))
                        .bind(app.label(), Migration.nameOf(type.getSimpleName()));
                diskMigrations.put(migration.key(), migration);
                found = true;
            }
            (found ? migratedApps : unmigratedApps).add(app.label());
        }
    }

    private static Migration instantiate(Class<? extends Migration> type) {
        try {
            Constructor<? extends Migration> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (NoSuchMethodException e) {
            throw new MigrationError("Migration " + type.getName() + " needs a constructor without parameters.");
        } catch (ReflectiveOperationException e) {
            throw new MigrationError("Migration " + type.getName() + " could not be created: "
                    + (e.getCause() != null ? e.getCause() : e), e);
        }
    }

    private void buildGraph() {
        applied = connection == null ? Set.of() : new MigrationRecorder(connection).applied();
        graph = new MigrationGraph();
        diskMigrations.values().forEach(graph::addNode);
        for (Migration migration : diskMigrations.values()) {
            for (String dependency : migration.dependencies()) {
                MigrationKey parent = resolve(migration, dependency);
                if (parent != null) {
                    graph.addDependency(migration.key(), parent);
                }
            }
            for (String later : migration.runBefore()) {
                MigrationKey child = resolve(migration, later);
                if (child != null) {
                    graph.addDependency(child, migration.key());
                }
            }
        }
        applyReplacements();
        graph.ensureNotCyclic();
    }

    private MigrationKey resolve(Migration migration, String reference) {
        MigrationKey key = MigrationKey.parse(reference);
        if (key.name().equals("__first__") || key.name().equals("__latest__")) {
            if (!migratedApps.contains(key.app())) {
                // An app whose tables come from its models, not migrations: nothing to wait for.
                requireInstalled(migration, key);
                return null;
            }
            List<MigrationKey> ends = key.name().equals("__first__") ? rootsOnDisk(key.app()) : leavesOnDisk(key.app());
            return ends.getFirst();
        }
        if (!diskMigrations.containsKey(key)) {
            requireInstalled(migration, key);
            List<String> names = diskMigrations.keySet().stream().filter(k -> k.app().equals(key.app()))
                    .map(MigrationKey::name).toList();
            throw new MigrationError("Migration " + migration.key() + " depends on " + key + ", which does not exist."
                    + Suggestions.didYouMean(key.name(), names) + " Check the name in its dependencies(), or create "
                    + "the missing migration with 'manage makemigrations " + key.app() + "'.");
        }
        return key;
    }

    private void requireInstalled(Migration migration, MigrationKey key) {
        if (!migratedApps.contains(key.app()) && !unmigratedApps.contains(key.app())) {
            throw new MigrationError("Migration " + migration.key() + " depends on app '" + key.app() + "', which is "
                    + "not installed. Add it to installedApps, or remove the dependency.");
        }
    }

    private List<MigrationKey> rootsOnDisk(String app) {
        MigrationGraph partial = new MigrationGraph();
        diskMigrations.values().stream().filter(m -> m.appLabel().equals(app)).forEach(partial::addNode);
        for (Migration migration : diskMigrations.values()) {
            if (migration.appLabel().equals(app)) {
                for (String dependency : migration.dependencies()) {
                    MigrationKey parent = MigrationKey.parse(dependency);
                    if (parent.app().equals(app) && partial.contains(parent)) {
                        partial.addDependency(migration.key(), parent);
                    }
                }
            }
        }
        return partial.rootNodes(app);
    }

    private List<MigrationKey> leavesOnDisk(String app) {
        return diskMigrations.keySet().stream().filter(key -> key.app().equals(app))
                .filter(key -> diskMigrations.values().stream().noneMatch(other -> other.appLabel().equals(app)
                        && other.dependencies().contains(key.toString())))
                .sorted().toList();
    }

    private void applyReplacements() {
        Set<MigrationKey> appliedNow = new LinkedHashSet<>(applied);
        for (Migration migration : diskMigrations.values()) {
            if (migration.replaces().isEmpty()) {
                continue;
            }
            List<MigrationKey> replaced = migration.replaces().stream().map(MigrationKey::parse).toList();
            long appliedCount = replaced.stream().filter(appliedNow::contains).count();
            if (appliedCount == replaced.size()) {
                appliedNow.add(migration.key());
            }
            if (appliedCount == 0 || appliedCount == replaced.size()) {
                graph.removeReplacedNodes(migration.key(), replaced);
            } else {
                // Half-way through the replaced migrations: finish them one by one.
                graph.removeReplacementNode(migration.key(), replaced);
            }
        }
        applied = appliedNow;
    }

    /** Return a fresh loader for the same apps and database, seeing what is applied now. */
    public MigrationLoader reload() {
        return new MigrationLoader(apps, connection, extra);
    }

    // ---------------------------------------------------------------- answers

    /** Return the graph. */
    public MigrationGraph graph() {
        return graph;
    }

    /** Return every migration found, including squashed and replaced ones. */
    public Map<MigrationKey, Migration> diskMigrations() {
        return diskMigrations;
    }

    /** Return the migrations applied on the connection (squashed ones count when all they replace are applied). */
    public Set<MigrationKey> applied() {
        return applied;
    }

    /** Return the labels of the installed apps that have migrations. */
    public Set<String> migratedApps() {
        return migratedApps;
    }

    /** Return the labels of the installed apps without migrations, whose tables come from their models. */
    public Set<String> unmigratedApps() {
        return unmigratedApps;
    }

    /** Return the installed apps. */
    public Apps apps() {
        return apps;
    }

    /**
     * Return the migration of {@code appLabel} whose name is {@code prefix} or
     * starts with it (Django lets {@code migrate orders 0002} name {@code 0002_order_status}).
     *
     * @throws MigrationError when none or several match
     */
    public Migration getByPrefix(String appLabel, String prefix) {
        List<MigrationKey> matches = graph.nodes().stream()
                .filter(key -> key.app().equals(appLabel) && key.name().startsWith(prefix)).sorted().toList();
        List<MigrationKey> exact = matches.stream().filter(key -> key.name().equals(prefix)).toList();
        if (exact.size() == 1) {
            return graph.migration(exact.getFirst());
        }
        if (matches.isEmpty()) {
            List<String> names = graph.nodes().stream().filter(key -> key.app().equals(appLabel))
                    .map(MigrationKey::name).sorted().toList();
            throw new MigrationError("Cannot find a migration matching '" + prefix + "' from app '" + appLabel + "'."
                    + (names.isEmpty() ? " It has no migrations." : " Its migrations are: " + String.join(", ", names)
                    + "."));
        }
        if (matches.size() > 1) {
            throw new MigrationError("More than one migration matches '" + prefix + "' in app '" + appLabel + "': "
                    + String.join(", ", matches.stream().map(MigrationKey::name).toList()) + ". Please be more "
                    + "specific.");
        }
        return graph.migration(matches.getFirst());
    }

    /** Return the apps with more than one leaf migration, and those leaves: branches that need a merge. */
    public Map<String, List<MigrationKey>> detectConflicts() {
        Map<String, List<MigrationKey>> conflicts = new TreeMap<>();
        for (String app : graph.apps()) {
            List<MigrationKey> leaves = graph.leafNodes(app);
            if (leaves.size() > 1) {
                conflicts.put(app, leaves);
            }
        }
        return conflicts;
    }

    /**
     * Fail when migrations conflict.
     *
     * @throws MigrationError naming the leaves and pointing to {@code makemigrations --merge}
     */
    public void checkNoConflicts() {
        Map<String, List<MigrationKey>> conflicts = detectConflicts();
        if (!conflicts.isEmpty()) {
            List<String> parts = new ArrayList<>();
            conflicts.forEach((app, leaves) -> parts.add(String.join(", ",
                    leaves.stream().map(MigrationKey::name).toList()) + " in " + app));
            throw new MigrationError("Conflicting migrations detected; multiple leaf nodes in the migration graph: ("
                    + String.join("; ", parts) + "). To fix them run 'manage makemigrations --merge'.");
        }
    }

    /**
     * Check that no applied migration has an unapplied dependency.
     *
     * @throws MigrationError naming the two migrations
     */
    public void checkConsistentHistory() {
        for (MigrationKey key : applied) {
            if (!graph.contains(key)) {
                continue;
            }
            for (MigrationKey parent : graph.parents(key)) {
                if (!applied.contains(parent)) {
                    throw new MigrationError("Migration " + key + " is applied before its dependency " + parent
                            + " on database '" + connection.alias() + "'. Unapply it, or apply the dependency with "
                            + "'manage migrate --fake " + parent.app() + " " + parent.name() + "' if its changes are "
                            + "already in the database.");
                }
            }
        }
    }

    /** Return the project state after the migrations {@code nodes} and everything they depend on. */
    public ProjectState projectState(Collection<MigrationKey> nodes) {
        List<MigrationKey> plan = graph.forwardsPlan(nodes);
        ProjectState cached = states.get(plan);
        if (cached != null) {
            return cached;
        }
        ProjectState state = ProjectState.empty();
        for (MigrationKey key : plan) {
            state = graph.migration(key).apply(state);
        }
        states.put(plan, state);
        return state;
    }

    /** Return the project state after every migration of every app. */
    public ProjectState projectState() {
        return projectState(graph.leafNodes());
    }

    /** Return the project state just before {@code key} runs: after everything it depends on. */
    public ProjectState stateBefore(MigrationKey key) {
        List<MigrationKey> parents = new ArrayList<>(graph.parents(key));
        return parents.isEmpty() ? ProjectState.empty() : projectState(parents);
    }
}
