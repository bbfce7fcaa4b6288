package dev.reinhardt.db.backends.base;

import dev.reinhardt.exceptions.DatabaseError;

import java.sql.Connection;
import java.util.Arrays;

/**
 * A unit of work (a request, a task) that keeps one connection per database
 * from its first statement until it ends, as each Django thread keeps its
 * connection for the whole request. Outside a scope every statement borrows
 * a pooled connection and returns it at once; inside one, a view that runs
 * twenty queries borrows once.
 *
 * <pre>{@code
 * HttpResponse response = ConnectionScope.call(() -> view.handle(request));
 * }</pre>
 *
 * <p>Atomic blocks opened in the scope run on its connection. The scope
 * belongs to the thread that opened it: threads it forks run their
 * statements on connections of their own, since a JDBC connection is not
 * safe for concurrent use. A scope holds a pool slot for its whole length,
 * so the pool's size bounds how many scopes run statements at once; long
 * waits on other services are better made before the first query or after
 * the last. A streamed query still open when the scope ends keeps its
 * connection until the stream is closed. Not thread-safe: one thread uses it.
 */
public final class ConnectionScope {

    private static final ScopedValue<ConnectionScope> CURRENT = ScopedValue.newInstance();

    private final Thread owner = Thread.currentThread();
    private DatabaseWrapper[] databases = new DatabaseWrapper[1];
    private Connection[] connections = new Connection[1];
    private int[] openStreams = new int[1];
    private int size;
    private boolean ended;

    private ConnectionScope() {
    }

    /**
     * Run {@code op} keeping each database's connection, once borrowed, until
     * {@code op} returns or throws; then return the connections to their
     * pools. Inside a scope already open on this thread, {@code op} simply
     * runs in that scope.
     */
    public static <T, X extends Throwable> T call(ScopedValue.CallableOp<T, X> op) throws X {
        if (current() != null) {
            return op.call();
        }
        ConnectionScope scope = new ConnectionScope();
        T result;
        try {
            result = ScopedValue.where(CURRENT, scope).call(op);
        } catch (Throwable failure) {
            try {
                scope.end();
            } catch (DatabaseError releaseFailure) {
                failure.addSuppressed(releaseFailure);
            }
            throw failure;
        }
        scope.end();
        return result;
    }

    /** Return the scope open on this thread, or null. */
    static ConnectionScope current() {
        if (!CURRENT.isBound()) {
            return null;
        }
        ConnectionScope scope = CURRENT.get();
        return scope.owner == Thread.currentThread() && !scope.ended ? scope : null;
    }

    /** Return the scope's connection to {@code database}, borrowing it on first use. */
    Connection connection(DatabaseWrapper database) {
        int index = indexOf(database);
        if (index >= 0) {
            return connections[index];
        }
        Connection connection = database.borrow();
        if (size == databases.length) {
            databases = Arrays.copyOf(databases, size * 2);
            connections = Arrays.copyOf(connections, size * 2);
            openStreams = Arrays.copyOf(openStreams, size * 2);
        }
        databases[size] = database;
        connections[size] = connection;
        openStreams[size] = 0;
        size++;
        return connection;
    }

    /**
     * Give back the connection to {@code database} after its session died, so
     * the next statement borrows a live one; return false, keeping it, while a
     * stream still reads from it.
     */
    boolean discard(DatabaseWrapper database) {
        int index = indexOf(database);
        if (index < 0) {
            return true;
        }
        if (openStreams[index] > 0) {
            return false;
        }
        Connection connection = connections[index];
        remove(index);
        DatabaseWrapper.release(connection);
        return true;
    }

    /**
     * Drop the connection to {@code database} from the scope and from its pool,
     * its session's state being unknown; the next statement borrows a fresh one.
     * A connection a stream still reads from stays.
     */
    void evict(DatabaseWrapper database) {
        int index = indexOf(database);
        if (index < 0 || openStreams[index] > 0) {
            return;
        }
        Connection connection = connections[index];
        remove(index);
        database.evict(connection);
    }

    /** Note that a stream reads from the connection to {@code database}, which must stay open until it closes. */
    void streamOpened(DatabaseWrapper database) {
        openStreams[indexOf(database)]++;
    }

    /** Note that a stream on {@code connection} closed; after the scope's end, the last one returns the connection. */
    void streamClosed(DatabaseWrapper database, Connection connection) {
        int index = indexOf(database);
        if (index < 0 || connections[index] != connection) {
            return;
        }
        if (--openStreams[index] == 0 && ended) {
            remove(index);
            DatabaseWrapper.release(connection);
        }
    }

    private int indexOf(DatabaseWrapper database) {
        for (int i = 0; i < size; i++) {
            if (databases[i] == database) {
                return i;
            }
        }
        return -1;
    }

    private void remove(int index) {
        int tail = size - index - 1;
        System.arraycopy(databases, index + 1, databases, index, tail);
        System.arraycopy(connections, index + 1, connections, index, tail);
        System.arraycopy(openStreams, index + 1, openStreams, index, tail);
        size--;
        databases[size] = null;
        connections[size] = null;
    }

    private void end() {
        ended = true;
        DatabaseError failure = null;
        for (int i = size - 1; i >= 0; i--) {
            if (openStreams[i] > 0) {
                continue;
            }
            Connection connection = connections[i];
            remove(i);
            try {
                DatabaseWrapper.release(connection);
            } catch (DatabaseError e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
