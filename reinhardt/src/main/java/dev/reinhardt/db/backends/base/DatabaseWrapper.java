package dev.reinhardt.db.backends.base;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.reinhardt.conf.DatabaseSettings;
import dev.reinhardt.exceptions.DatabaseError;
import dev.reinhardt.exceptions.IntegrityError;
import dev.reinhardt.exceptions.TransactionManagementError;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * One configured database alias (Django's {@code DatabaseWrapper}): owns the
 * connection pool, runs statements with bound parameters, keeps each thread's
 * transaction state and records executed SQL.
 *
 * <p>Outside {@link #atomic(Callable)} each statement runs in autocommit
 * mode on a pooled connection: the {@link ConnectionScope}'s when one is open
 * (the handler opens one per request), else one borrowed for the statement.
 * Inside it, the thread keeps one connection until the outermost block ends;
 * nested blocks are savepoints. A request runs on one (virtual) thread, so
 * per-thread state is per-request state.
 *
 * <p>Thread-safe.
 */
public abstract class DatabaseWrapper implements AutoCloseable {

    private static final int MAX_LOGGED_QUERIES = 9000;

    /** The statement observer bound on this thread; see {@link StatementObserver#observe}. */
    static final ScopedValue<StatementObserver> OBSERVER = ScopedValue.newInstance();

    private final String alias;
    private final DatabaseSettings settings;
    private final boolean debug;
    private final ThreadLocal<TransactionState> transaction = new ThreadLocal<>();
    private final List<QueryCapture> captures = new CopyOnWriteArrayList<>();
    private final Deque<CapturedQuery> log = new ArrayDeque<>();
    private final CompiledSqlCache compiledSql = new CompiledSqlCache();
    private volatile HikariDataSource pool;

    protected DatabaseWrapper(String alias, DatabaseSettings settings, boolean debug) {
        this.alias = alias;
        this.settings = settings;
        this.debug = debug;
    }

    /** Return the alias this connection is configured under, such as {@code "default"}. */
    public String alias() {
        return alias;
    }

    /** Return the settings of this alias. */
    public DatabaseSettings settings() {
        return settings;
    }

    /** Return the vendor name, for messages and per-node vendor rendering: {@code "sqlite"}, {@code "postgresql"}. */
    public abstract String vendor();

    /** Return the backend's capability flags. */
    public abstract Features features();

    /** Return the backend's SQL fragments and conversions. */
    public abstract Operations ops();

    /** Return a schema editor for this database. */
    public abstract SchemaEditor schemaEditor();

    /** Return the backend's introspection. */
    public abstract Introspection introspection();

    /** Return the column type template by internal type; {@code {maxLength}}-style names are filled from the field. */
    public abstract Map<String, String> dataTypes();

    /** Return extra column SQL by internal type, such as a range check for positive integers ({@code {column}} is filled). */
    public Map<String, String> dataTypeCheckConstraints() {
        return Map.of("PositiveIntegerField", "{column} >= 0", "PositiveSmallIntegerField", "{column} >= 0",
                "PositiveBigIntegerField", "{column} >= 0");
    }

    /** Return the SQL compiled for each query shape on this database. */
    public CompiledSqlCache compiledSql() {
        return compiledSql;
    }

    /** Return the pool configuration for this alias; called once, on first use. */
    protected abstract HikariConfig poolConfig();

    /** Prepare a freshly borrowed connection (register functions, for example). */
    protected void prepareConnection(Connection connection) throws SQLException {
    }

    // ---------------------------------------------------------------- execution

    /** Run a statement that returns no rows and return the update count. */
    public int executeUpdate(Sql sql) {
        return run(sql, PreparedStatement::executeUpdate);
    }

    /** Run a query and map every row. */
    public <R> List<R> query(Sql sql, RowMapper<R> mapper) {
        return run(sql, statement -> {
            try (ResultSet rs = statement.executeQuery()) {
                List<R> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(mapper.map(rs));
                }
                return rows;
            }
        });
    }

    /**
     * Run a query and return its rows as a lazy stream, the driver fetching
     * {@code fetchSize} rows at a time. The stream holds a connection until it
     * is closed: always close it (try-with-resources).
     */
    public <R> Stream<R> stream(Sql sql, int fetchSize, RowMapper<R> mapper) {
        long start = System.nanoTime();
        TransactionState state = transaction.get();
        if (state != null) {
            state.validateNoBrokenTransaction();
        }
        // A driver that streams only inside a transaction gets a connection of its own, so the stream's
        // transaction never swallows the scope's other statements.
        ConnectionScope scope = state == null && !features().streamsOnlyInTransaction() ? ConnectionScope.current()
                : null;
        boolean own = state == null && scope == null;
        Connection connection = scope != null ? scope.connection(this) : own ? borrow() : state.connection;
        if (scope != null) {
            scope.streamOpened(this);
        }
        boolean ownTransaction = own && features().streamsOnlyInTransaction();
        PreparedStatement statement = null;
        try {
            if (ownTransaction) {
                connection.setAutoCommit(false);
            }
            statement = connection.prepareStatement(sql.sql());
            bind(statement, sql.params());
            statement.setFetchSize(fetchSize);
            ResultSet rs = statement.executeQuery();
            record(sql, System.nanoTime() - start);
            PreparedStatement open = statement;
            Spliterator<R> rows = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE, Spliterator.ORDERED) {
                @Override
                public boolean tryAdvance(Consumer<? super R> action) {
                    try {
                        if (!rs.next()) {
                            return false;
                        }
                        action.accept(mapper.map(rs));
                        return true;
                    } catch (SQLException e) {
                        throw translate(e, sql);
                    }
                }
            };
            return StreamSupport.stream(rows, false)
                    .onClose(() -> closeStream(open, connection, own, ownTransaction, scope));
        } catch (SQLException e) {
            if (state != null) {
                state.needsRollback = true;
            }
            closeStream(statement, connection, own, ownTransaction, scope);
            throw translate(e, sql);
        }
    }

    private void closeStream(PreparedStatement statement, Connection connection, boolean own, boolean ownTransaction,
                             ConnectionScope scope) {
        try {
            if (statement != null) {
                statement.close();
            }
            if (ownTransaction) {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new DatabaseError("Could not close a streamed query: " + e.getMessage(), e);
        } finally {
            if (own) {
                release(connection);
            } else if (scope != null) {
                scope.streamClosed(this, connection);
            }
        }
    }

    /** Run SQL given as text and parameters (the cursor API): return every row as a list of column values. */
    public List<List<Object>> fetchAll(String sql, Object... params) {
        return query(Sql.of(sql, params), rs -> {
            int columns = rs.getMetaData().getColumnCount();
            List<Object> row = new ArrayList<>(columns);
            for (int i = 1; i <= columns; i++) {
                row.add(rs.getObject(i));
            }
            return java.util.Collections.unmodifiableList(row);
        });
    }

    /** Run a statement given as text and parameters (the cursor API); return the update count. */
    public int execute(String sql, Object... params) {
        return executeUpdate(Sql.of(sql, params));
    }

    /** Work done with a prepared statement. */
    @FunctionalInterface
    public interface StatementWork<R> {
        /** Run against {@code statement}, whose parameters are bound. */
        R apply(PreparedStatement statement) throws SQLException;
    }

    /** Prepare {@code sql}, bind its parameters, run {@code work}, record the statement and translate errors. */
    public <R> R run(Sql sql, StatementWork<R> work) {
        long start = System.nanoTime();
        TransactionState state = transaction.get();
        if (state != null) {
            state.validateNoBrokenTransaction();
        }
        try {
            if (state != null) {
                return runOn(state.connection, sql, work);
            }
            ConnectionScope scope = ConnectionScope.current();
            if (scope != null) {
                return runInScope(scope, sql, work);
            }
            return runBorrowed(sql, work);
        } catch (SQLException e) {
            if (state != null) {
                state.needsRollback = true;
            }
            throw translate(e, sql);
        } finally {
            record(sql, System.nanoTime() - start);
        }
    }

    /**
     * Run on a borrowed connection. A pooled connection whose session the server
     * ended (a restart, an administrator) fails before running anything; the pool
     * then discards it and the statement runs on the next connection, so a dead
     * connection never reaches the caller.
     */
    private <R> R runBorrowed(Sql sql, StatementWork<R> work) throws SQLException {
        int retries = pool().getMaximumPoolSize();
        while (true) {
            Connection connection = borrow();
            try {
                return runOn(connection, sql, work);
            } catch (SQLException e) {
                if (retries-- == 0 || !ops().isDeadSession(e)) {
                    throw e;
                }
            } finally {
                release(connection);
            }
        }
    }

    /** Run on the scope's connection; a dead session is given back and the statement runs on a fresh one. */
    private <R> R runInScope(ConnectionScope scope, Sql sql, StatementWork<R> work) throws SQLException {
        int retries = pool().getMaximumPoolSize();
        while (true) {
            Connection connection = scope.connection(this);
            try {
                return runOn(connection, sql, work);
            } catch (SQLException e) {
                if (retries-- == 0 || !ops().isDeadSession(e) || !scope.discard(this)) {
                    throw e;
                }
            }
        }
    }

    private static <R> R runOn(Connection connection, Sql sql, StatementWork<R> work) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql.sql())) {
            bind(statement, sql.params());
            return work.apply(statement);
        }
    }

    private static void bind(PreparedStatement statement, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            statement.setObject(i + 1, params.get(i));
        }
    }

    private DatabaseError translate(SQLException e, Sql sql) {
        if (ops().isIntegrityError(e)) {
            return new IntegrityError(e.getMessage() + " (SQL: " + sql.sql() + ")", e);
        }
        return new DatabaseError(e.getMessage() + " (SQL: " + sql.sql() + ")", e);
    }

    /** Work done with a JDBC connection. */
    @FunctionalInterface
    public interface ConnectionWork<R> {
        /** Run against {@code connection}; do not close it. */
        R apply(Connection connection) throws SQLException;
    }

    /** Run {@code work} with this thread's transaction connection, or a borrowed one, translating errors. */
    public <R> R withConnection(ConnectionWork<R> work) {
        TransactionState state = transaction.get();
        ConnectionScope scope = state == null ? ConnectionScope.current() : null;
        boolean own = state == null && scope == null;
        Connection connection = state != null ? state.connection : scope != null ? scope.connection(this) : borrow();
        try {
            return work.apply(connection);
        } catch (SQLException e) {
            throw new DatabaseError(e.getMessage(), e);
        } finally {
            if (own) {
                release(connection);
            }
        }
    }

    Connection borrow() {
        try {
            Connection connection = pool().getConnection();
            prepareConnection(connection);
            return connection;
        } catch (SQLException e) {
            throw new DatabaseError("Could not connect to database '" + alias + "': " + e.getMessage(), e);
        }
    }

    static void release(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new DatabaseError("Could not return a connection to the pool: " + e.getMessage(), e);
        }
    }

    private HikariDataSource pool() {
        HikariDataSource current = pool;
        if (current == null) {
            synchronized (this) {
                current = pool;
                if (current == null) {
                    HikariConfig config = poolConfig();
                    config.setPoolName("reinhardt-" + alias);
                    current = new HikariDataSource(config);
                    pool = current;
                }
            }
        }
        return current;
    }

    /** Close the pool; the wrapper may not be used afterwards. */
    @Override
    public synchronized void close() {
        if (pool != null) {
            pool.close();
        }
    }

    // ---------------------------------------------------------------- query log

    private void record(Sql sql, long nanos) {
        boolean observed = OBSERVER.isBound();
        if (!debug && captures.isEmpty() && !observed) {
            return;
        }
        CapturedQuery query = new CapturedQuery(sql.sql(), sql.params(), Duration.ofNanos(nanos));
        if (observed) {
            OBSERVER.get().executed(alias, query);
        }
        for (QueryCapture capture : captures) {
            capture.add(query);
        }
        if (debug) {
            synchronized (log) {
                if (log.size() == MAX_LOGGED_QUERIES) {
                    log.removeFirst();
                }
                log.addLast(query);
            }
        }
    }

    /** Return the statements recorded while {@code debug} is on (the latest 9000), oldest first. */
    public List<CapturedQuery> queries() {
        synchronized (log) {
            return List.copyOf(log);
        }
    }

    /** Forget the recorded statements. */
    public void resetQueries() {
        synchronized (log) {
            log.clear();
        }
    }

    /** Start recording every statement, whatever {@code debug} says, until the capture is closed. */
    public QueryCapture captureQueries() {
        QueryCapture capture = new QueryCapture(this, null);
        captures.add(capture);
        return capture;
    }

    /**
     * Start recording the statements the calling thread executes, whatever
     * {@code debug} says, until the capture is closed: a request's own
     * queries, while other requests run on other threads.
     */
    public QueryCapture captureQueriesOnThisThread() {
        QueryCapture capture = new QueryCapture(this, Thread.currentThread());
        captures.add(capture);
        return capture;
    }

    void stopCapture(QueryCapture capture) {
        captures.remove(capture);
    }

    // ---------------------------------------------------------------- transactions

    /** Return whether this thread is inside an atomic block on this database. */
    public boolean inAtomicBlock() {
        return transaction.get() != null;
    }

    /**
     * Run {@code body} in a transaction, or in a savepoint when already inside
     * one. An exception rolls back exactly this block and propagates; the
     * outermost successful block commits and then runs the on-commit hooks.
     *
     * <p>When a statement fails inside a block and the code catches the error
     * without leaving the block, the block is broken: further statements throw
     * {@link TransactionManagementError}, and the block rolls back when it ends,
     * as in Django. Wrap the statement that may fail in its own nested block
     * to carry on after catching its error.
     *
     * <p>The transaction belongs to the calling thread: a JDBC connection is not
     * safe for concurrent use, so other threads, including ones this block
     * starts, run outside it on connections of their own, as each thread has its
     * own connection in Django.
     */
    public <T> T atomic(Callable<T> body) {
        TransactionState state = transaction.get();
        boolean outermost = state == null;
        Savepoint savepoint = null;
        int hooksBefore = 0;
        try {
            if (outermost) {
                ConnectionScope scope = ConnectionScope.current();
                Connection connection = scope != null ? scope.connection(this) : borrow();
                state = new TransactionState(connection, scope == null);
                begin(state, scope);
                transaction.set(state);
            } else {
                savepoint = state.connection.setSavepoint();
                hooksBefore = state.hooks.size();
            }
        } catch (SQLException e) {
            throw new DatabaseError("Could not start a transaction on '" + alias + "': " + e.getMessage(), e);
        }
        T result;
        try {
            result = body.call();
        } catch (Throwable failure) {
            rollback(state, savepoint, outermost, hooksBefore, failure);
            throw sneaky(failure);
        }
        if (state.needsRollback) {
            // A statement failed and its error was caught inside this block: undo the block, as Django does.
            DatabaseError failure = new DatabaseError("broken atomic block");
            rollback(state, savepoint, outermost, hooksBefore, failure);
            if (failure.getSuppressed().length > 0) {
                throw new DatabaseError("Could not roll back a broken atomic block on '" + alias + "'.",
                        failure.getSuppressed()[0]);
            }
            return result;
        }
        finish(state, savepoint, outermost);
        return result;
    }

    private void rollback(TransactionState state, Savepoint savepoint, boolean outermost, int hooksBefore,
                          Throwable failure) {
        try {
            if (outermost) {
                state.connection.rollback();
            } else {
                state.connection.rollback(savepoint);
                state.connection.releaseSavepoint(savepoint);
                state.hooks.subList(hooksBefore, state.hooks.size()).clear();
                state.needsRollback = false;
            }
        } catch (SQLException e) {
            failure.addSuppressed(e);
        } finally {
            if (outermost) {
                end(state);
            }
        }
    }

    private void finish(TransactionState state, Savepoint savepoint, boolean outermost) {
        try {
            if (!outermost) {
                state.connection.releaseSavepoint(savepoint);
                return;
            }
            state.connection.commit();
        } catch (SQLException e) {
            DatabaseError error = ops().isIntegrityError(e)
                    ? new IntegrityError("Could not commit on '" + alias + "': " + e.getMessage(), e)
                    : new DatabaseError("Could not commit on '" + alias + "': " + e.getMessage(), e);
            if (outermost) {
                // A failed COMMIT (a deferred constraint, say) can leave the transaction open: end it here.
                try {
                    state.connection.rollback();
                } catch (SQLException rollbackFailure) {
                    error.addSuppressed(rollbackFailure);
                }
                end(state);
            }
            throw error;
        }
        end(state);
        for (Runnable hook : state.hooks) {
            hook.run();
        }
    }

    /**
     * Begin the transaction: turn autocommit off on {@code state}'s connection. Should the database refuse
     * (SQLite begins at once, and a lock held elsewhere can make it give up), the
     * driver may already count the connection as inside a transaction, so it is
     * dropped from the pool rather than handed to the next borrower in that state.
     */
    private void begin(TransactionState state, ConnectionScope scope) throws SQLException {
        try {
            state.connection.setAutoCommit(false);
        } catch (SQLException | RuntimeException e) {
            if (state.borrowed) {
                evict(state.connection);
            } else {
                scope.evict(this);
            }
            throw e;
        }
    }

    /** Close {@code connection} and drop it from the pool, as its session's state is unknown. */
    void evict(Connection connection) {
        pool().evictConnection(connection);
    }

    private void end(TransactionState state) {
        transaction.remove();
        try {
            state.connection.setAutoCommit(true);
        } catch (SQLException ignored) {
            // The pool resets and validates connections itself; a failure here must not hide the real outcome.
        } finally {
            if (state.borrowed) {
                release(state.connection);
            }
        }
    }

    /**
     * Run {@code hook} after the outermost atomic block commits, or now when
     * no block is open; a hook registered in a block that rolls back never runs.
     */
    public void onCommit(Runnable hook) {
        TransactionState state = transaction.get();
        if (state == null) {
            hook.run();
        } else {
            state.hooks.add(hook);
        }
    }

    /**
     * Return the hooks waiting for this thread's outermost atomic block on this
     * database to commit, oldest first; empty outside a block. Test tools read
     * it to capture the hooks of a transaction that is rolled back.
     */
    public List<Runnable> onCommitHooks() {
        TransactionState state = transaction.get();
        return state == null ? List.of() : List.copyOf(state.hooks);
    }

    /**
     * Enter an atomic block that stays open until the returned handle is
     * closed, and is then rolled back: a transaction, or a savepoint when this
     * thread is already inside one. For test tools, whose set-up and tear-down
     * are separate calls on one thread; applications use {@link #atomic(Callable)}.
     * The on-commit hooks registered inside it never run.
     */
    public RollbackBlock enterRollbackBlock() {
        TransactionState current = transaction.get();
        boolean outermost = current == null;
        try {
            if (outermost) {
                // The block outlives any lexical scope, so it never shares the ConnectionScope's connection.
                TransactionState state = new TransactionState(borrow(), true);
                begin(state, null);
                transaction.set(state);
                return () -> closeRollbackBlock(state, null, true, 0);
            }
            Savepoint savepoint = current.connection.setSavepoint();
            int hooksBefore = current.hooks.size();
            return () -> closeRollbackBlock(current, savepoint, false, hooksBefore);
        } catch (SQLException e) {
            throw new DatabaseError("Could not start a transaction on '" + alias + "': " + e.getMessage(), e);
        }
    }

    private void closeRollbackBlock(TransactionState state, Savepoint savepoint, boolean outermost, int hooksBefore) {
        if (transaction.get() != state) {
            throw new IllegalStateException("A rollback block on '" + alias + "' must be closed on the thread that "
                    + "opened it, after the blocks opened inside it.");
        }
        DatabaseError failure = new DatabaseError("Could not roll back the block on '" + alias + "'; the transaction "
                + "was ended inside it (by a COMMIT or ROLLBACK statement?)");
        rollback(state, savepoint, outermost, hooksBefore, failure);
        if (failure.getSuppressed().length > 0) {
            throw failure;
        }
    }

    /** An atomic block opened by {@link #enterRollbackBlock()}; closing it rolls the block back. */
    @FunctionalInterface
    public interface RollbackBlock extends AutoCloseable {
        /**
         * Roll the block back.
         *
         * @throws DatabaseError when the block's transaction or savepoint no longer exists
         */
        @Override
        void close();
    }

    @SuppressWarnings("unchecked")
    private static <X extends Throwable> RuntimeException sneaky(Throwable failure) throws X {
        throw (X) failure;
    }

    private static final class TransactionState {
        final Connection connection;
        /** Whether the block borrowed its connection, rather than using its {@link ConnectionScope}'s. */
        final boolean borrowed;
        final List<Runnable> hooks = new ArrayList<>();
        /** Whether a statement failed in the innermost open block, so it can only roll back. */
        boolean needsRollback;

        TransactionState(Connection connection, boolean borrowed) {
            this.connection = connection;
            this.borrowed = borrowed;
        }

        void validateNoBrokenTransaction() {
            if (needsRollback) {
                throw new TransactionManagementError("An error occurred in the current transaction. You can't "
                        + "execute queries until the end of the 'atomic' block.");
            }
        }
    }

    @Override
    public String toString() {
        return "DatabaseWrapper[" + alias + ", " + vendor() + "]";
    }
}
