package dev.reinhardt.db.migrations;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The migrations of every app and their dependencies (Django's
 * {@code MigrationGraph}): a directed acyclic graph whose edges run from a
 * migration to the ones it depends on. Plans are deterministic: parents
 * are visited in name order. Not thread-safe while being built.
 */
public final class MigrationGraph {

    private final Map<MigrationKey, Migration> nodes = new LinkedHashMap<>();
    private final Map<MigrationKey, TreeSet<MigrationKey>> parents = new HashMap<>();
    private final Map<MigrationKey, TreeSet<MigrationKey>> children = new HashMap<>();

    /** Add {@code migration} as a node. */
    public void addNode(Migration migration) {
        MigrationKey key = migration.key();
        nodes.put(key, migration);
        parents.putIfAbsent(key, new TreeSet<>());
        children.putIfAbsent(key, new TreeSet<>());
    }

    /**
     * Record that {@code child} depends on {@code parent}.
     *
     * @throws MigrationError naming both when either is missing
     */
    public void addDependency(MigrationKey child, MigrationKey parent) {
        if (!nodes.containsKey(child)) {
            throw new MigrationError("Migration " + child + " is not in the graph.");
        }
        if (!nodes.containsKey(parent)) {
            throw new MigrationError("Migration " + child + " depends on " + parent + ", which does not exist. Check "
                    + "the name in its dependencies(), or create the missing migration with 'manage makemigrations "
                    + parent.app() + "'.");
        }
        parents.get(child).add(parent);
        children.get(parent).add(child);
    }

    /** Return whether {@code key} is a node. */
    public boolean contains(MigrationKey key) {
        return nodes.containsKey(key);
    }

    /** Return the migration of {@code key}, or null. */
    public Migration migration(MigrationKey key) {
        return nodes.get(key);
    }

    /** Return every node in insertion order. */
    public Set<MigrationKey> nodes() {
        return nodes.keySet();
    }

    /** Return the migrations {@code key} depends on directly. */
    public Set<MigrationKey> parents(MigrationKey key) {
        return parents.getOrDefault(key, new TreeSet<>());
    }

    /** Return the migrations depending directly on {@code key}. */
    public Set<MigrationKey> children(MigrationKey key) {
        return children.getOrDefault(key, new TreeSet<>());
    }

    /** Return the nodes of {@code app} that no other migration of the same app depends on, sorted. */
    public List<MigrationKey> leafNodes(String app) {
        return nodes.keySet().stream().filter(key -> key.app().equals(app))
                .filter(key -> children(key).stream().noneMatch(child -> child.app().equals(app)))
                .sorted().toList();
    }

    /** Return the leaf nodes of every app, sorted. */
    public List<MigrationKey> leafNodes() {
        return apps().stream().flatMap(app -> leafNodes(app).stream()).sorted().toList();
    }

    /** Return the nodes of {@code app} that depend on no other migration of the same app, sorted. */
    public List<MigrationKey> rootNodes(String app) {
        return nodes.keySet().stream().filter(key -> key.app().equals(app))
                .filter(key -> parents(key).stream().noneMatch(parent -> parent.app().equals(app)))
                .sorted().toList();
    }

    /** Return the app labels that have migrations, sorted. */
    public Set<String> apps() {
        Set<String> apps = new TreeSet<>();
        nodes.keySet().forEach(key -> apps.add(key.app()));
        return apps;
    }

    /** Return {@code target} and everything it depends on, in the order to apply them. */
    public List<MigrationKey> forwardsPlan(MigrationKey target) {
        requireNode(target);
        LinkedHashSet<MigrationKey> plan = new LinkedHashSet<>();
        walk(target, parents, plan, new HashSet<>());
        return List.copyOf(plan);
    }

    /** Return {@code target} and everything depending on it, in the order to unapply them. */
    public List<MigrationKey> backwardsPlan(MigrationKey target) {
        requireNode(target);
        LinkedHashSet<MigrationKey> plan = new LinkedHashSet<>();
        walk(target, children, plan, new HashSet<>());
        return List.copyOf(plan);
    }

    /** Return the nodes of {@code targets} and their ancestors in apply order. */
    public List<MigrationKey> forwardsPlan(Collection<MigrationKey> targets) {
        LinkedHashSet<MigrationKey> plan = new LinkedHashSet<>();
        for (MigrationKey target : new TreeSet<>(targets)) {
            plan.addAll(forwardsPlan(target));
        }
        return List.copyOf(plan);
    }

    private void walk(MigrationKey start, Map<MigrationKey, TreeSet<MigrationKey>> edges,
                      LinkedHashSet<MigrationKey> out, Set<MigrationKey> seen) {
        // Iterative post-order depth-first walk, so long histories cannot overflow the stack.
        Deque<Map.Entry<MigrationKey, java.util.Iterator<MigrationKey>>> stack = new ArrayDeque<>();
        seen.add(start);
        stack.push(Map.entry(start, edges.get(start).iterator()));
        while (!stack.isEmpty()) {
            var top = stack.peek();
            if (top.getValue().hasNext()) {
                MigrationKey next = top.getValue().next();
                if (seen.add(next)) {
                    stack.push(Map.entry(next, edges.get(next).iterator()));
                }
            } else {
                stack.pop();
                out.add(top.getKey());
            }
        }
    }

    /**
     * Check that no migration depends on itself through others.
     *
     * @throws MigrationError naming a migration on the cycle
     */
    public void ensureNotCyclic() {
        Map<MigrationKey, Integer> state = new HashMap<>();
        for (MigrationKey root : nodes.keySet()) {
            if (state.containsKey(root)) {
                continue;
            }
            Deque<Map.Entry<MigrationKey, java.util.Iterator<MigrationKey>>> stack = new ArrayDeque<>();
            stack.push(Map.entry(root, parents.get(root).iterator()));
            state.put(root, 1);
            while (!stack.isEmpty()) {
                var top = stack.peek();
                if (top.getValue().hasNext()) {
                    MigrationKey next = top.getValue().next();
                    Integer seen = state.get(next);
                    if (seen == null) {
                        state.put(next, 1);
                        stack.push(Map.entry(next, parents.get(next).iterator()));
                    } else if (seen == 1) {
                        throw new MigrationError("Circular dependency between migrations: " + next + " depends on "
                                + "itself through " + String.join(" -> ", stack.stream().map(e -> e.getKey().toString())
                                .toList().reversed()) + ". Remove one of the dependencies.");
                    }
                } else {
                    state.put(top.getKey(), 2);
                    stack.pop();
                }
            }
        }
    }

    /**
     * Make {@code replacement} stand for {@code replaced}: dependencies on any
     * replaced migration become dependencies on the replacement, and the
     * replaced nodes go.
     */
    void removeReplacedNodes(MigrationKey replacement, List<MigrationKey> replaced) {
        Set<MigrationKey> gone = new HashSet<>(replaced);
        for (MigrationKey old : replaced) {
            if (!nodes.containsKey(old)) {
                continue;
            }
            for (MigrationKey child : new ArrayList<>(children.get(old))) {
                parents.get(child).remove(old);
                if (!gone.contains(child) && !child.equals(replacement)) {
                    addDependency(child, replacement);
                }
            }
            for (MigrationKey parent : new ArrayList<>(parents.get(old))) {
                children.get(parent).remove(old);
                if (!gone.contains(parent) && !parent.equals(replacement)) {
                    addDependency(replacement, parent);
                }
            }
            nodes.remove(old);
            parents.remove(old);
            children.remove(old);
        }
    }

    /**
     * Drop the squashed {@code replacement} in favour of the migrations it
     * replaces: what depended on it depends on the last replaced migration.
     */
    void removeReplacementNode(MigrationKey replacement, List<MigrationKey> replaced) {
        MigrationKey last = replaced.getLast();
        for (MigrationKey child : new ArrayList<>(children.get(replacement))) {
            parents.get(child).remove(replacement);
            if (!replaced.contains(child) && nodes.containsKey(last)) {
                addDependency(child, last);
            }
        }
        for (MigrationKey parent : new ArrayList<>(parents.get(replacement))) {
            children.get(parent).remove(replacement);
        }
        nodes.remove(replacement);
        parents.remove(replacement);
        children.remove(replacement);
    }

    private void requireNode(MigrationKey key) {
        if (!nodes.containsKey(key)) {
            throw new MigrationError("There is no migration " + key + ".");
        }
    }
}
