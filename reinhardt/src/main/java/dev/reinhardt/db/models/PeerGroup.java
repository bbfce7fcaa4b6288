package dev.reinhardt.db.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The instances one query loaded together (Django 6.1's peers): when a
 * relation of one of them is read lazily under {@link FetchMode#FETCH_PEERS},
 * it is loaded for all of them in one query. A group keeps its members
 * reachable as long as any of them is; not thread-safe.
 */
final class PeerGroup {

    private static final Model[] NONE = {};
    private static final int FIRST_CHUNK = 4;
    private static final int LARGEST_CHUNK = 1024;

    /**
     * The members in load order: the filled chunks, then {@code last}. Every
     * row adds one, and members are read only on a lazy load, so the chunks
     * are never copied while they fill; each is twice the one before.
     */
    private Model[][] full;
    private int fullCount;
    private Model[] last = NONE;
    private int lastCount;
    private int size;

    void add(Model instance) {
        if (lastCount == last.length) {
            nextChunk();
        }
        last[lastCount++] = instance;
        size++;
    }

    private void nextChunk() {
        if (last.length > 0) {
            if (full == null) {
                full = new Model[8][];
            } else if (fullCount == full.length) {
                full = Arrays.copyOf(full, fullCount * 2);
            }
            full[fullCount++] = last;
        }
        last = new Model[last.length == 0 ? FIRST_CHUNK : Math.min(last.length * 2, LARGEST_CHUNK)];
        lastCount = 0;
    }

    /** Return the members, in load order. */
    List<Model> members() {
        List<Model> members = new ArrayList<>(size);
        for (int i = 0; i < fullCount; i++) {
            members.addAll(Arrays.asList(full[i]));
        }
        members.addAll(Arrays.asList(last).subList(0, lastCount));
        return Collections.unmodifiableList(members);
    }

    int size() {
        return size;
    }
}
