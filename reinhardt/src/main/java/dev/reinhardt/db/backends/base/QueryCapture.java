package dev.reinhardt.db.backends.base;

import java.util.ArrayList;
import java.util.List;

/**
 * Record the statements a connection executes while open, from any thread or
 * from one thread only (a request's, for per-request counts and N+1
 * detection); the basis of {@code assertNumQueries}. Close it to stop recording.
 */
public final class QueryCapture implements AutoCloseable {

    private final DatabaseWrapper connection;
    private final Thread owner;
    private final List<CapturedQuery> queries = new ArrayList<>();

    QueryCapture(DatabaseWrapper connection, Thread owner) {
        this.connection = connection;
        this.owner = owner;
    }

    synchronized void add(CapturedQuery query) {
        if (owner == null || owner == Thread.currentThread()) {
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
