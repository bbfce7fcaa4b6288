package dev.reinhardt.db.backends.base;

import java.util.ArrayList;
import java.util.List;

/**
 * Record the statements a connection executes while open, from any thread
 * or from one thread only; the basis of {@code assertNumQueries} and of
 * per-request query counts. Close it to stop recording.
 */
public final class QueryCapture implements AutoCloseable {

    private final DatabaseWrapper connection;
    private final Thread thread;
    private final List<CapturedQuery> queries = new ArrayList<>();

    QueryCapture(DatabaseWrapper connection, Thread thread) {
        this.connection = connection;
        this.thread = thread;
    }

    void add(CapturedQuery query) {
        if (thread != null && thread != Thread.currentThread()) {
            return;
        }
        synchronized (this) {
            queries.add(query);
        }
    }

    /** Return the statements recorded so far, in order. */
    public synchronized List<CapturedQuery> queries() {
        return List.copyOf(queries);
    }

    /** Return how many statements were recorded so far. */
    public synchronized int count() {
        return queries.size();
    }

    @Override
    public void close() {
        connection.stopCapture(this);
    }
}
