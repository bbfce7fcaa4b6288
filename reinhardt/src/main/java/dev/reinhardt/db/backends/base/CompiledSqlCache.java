package dev.reinhardt.db.backends.base;

import java.util.concurrent.ConcurrentHashMap;

/**
 * What compilers built for each query shape on one connection: SQL text and
 * what reads its rows, never the values bound to it. The compiler defines
 * both the keys (immutable descriptions of a query's shape) and the entries;
 * see {@code SqlCompiler#asSql}. One cache per {@link DatabaseWrapper}, since
 * the same shape compiles to different SQL on different backends.
 *
 * <p>An application has a bounded number of query shapes, but one that builds
 * shapes from user input could have many: past {@value #MAX_ENTRIES} entries
 * the cache starts again empty rather than grow. Thread-safe.
 */
public final class CompiledSqlCache {

    /** The most entries kept before the cache is emptied. */
    public static final int MAX_ENTRIES = 4096;

    private final ConcurrentHashMap<Object, Object> entries = new ConcurrentHashMap<>();

    /** Return what was compiled for {@code shape}, or null. */
    public Object get(Object shape) {
        return entries.get(shape);
    }

    /** Remember {@code compiled} for {@code shape}. */
    public void put(Object shape, Object compiled) {
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(shape, compiled);
    }

    /** Return how many shapes are cached. */
    public int size() {
        return entries.size();
    }

    /** Forget every entry. */
    public void clear() {
        entries.clear();
    }
}
