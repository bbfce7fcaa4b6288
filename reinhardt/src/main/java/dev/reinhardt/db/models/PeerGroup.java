package dev.reinhardt.db.models;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The instances one query loaded together (Django 6.1's peers): when a
 * relation of one of them is read lazily under {@link FetchMode#FETCH_PEERS},
 * it is loaded for all of them in one query. A group keeps its members
 * reachable as long as any of them is; not thread-safe.
 */
final class PeerGroup {

    private final List<Model> members = new ArrayList<>();

    void add(Model instance) {
        members.add(instance);
    }

    /** Return the members, in load order. */
    List<Model> members() {
        return Collections.unmodifiableList(members);
    }

    int size() {
        return members.size();
    }

    /** Put every instance of {@code instances} into a new group and return it (null for fewer than two). */
    static PeerGroup of(List<? extends Model> instances, FetchMode mode) {
        if (instances.isEmpty()) {
            return null;
        }
        PeerGroup group = new PeerGroup();
        for (Model instance : instances) {
            group.add(instance);
            instance.state().loaded(instance.state().db(), group, mode);
        }
        return group;
    }
}
