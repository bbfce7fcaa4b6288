package dev.reinhardt.db.backends.base;

import java.util.ArrayList;
import java.util.List;

/**
 * Record the statements a connection executes while open, from any thread;
 * the basis of {@code assertNumQueries}. Close it to stop recording.
 */
public final class QueryCapture implements AutoCloseable {

    private final DatabaseWrapper connection;
    private final List<CapturedQuery> queries = new ArrayList<>();

    QueryCapture(DatabaseWrapper connection) {
        this.connection = connection;
    }

    synchronized void add(CapturedQuery query) {
        queries.add(query);
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
