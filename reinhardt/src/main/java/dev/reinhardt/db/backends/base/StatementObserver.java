package dev.reinhardt.db.backends.base;

/**
 * Receives every statement any connection runs on the current thread while
 * bound with {@link #observe}: the hook per-request query counts build on.
 * Observers bound in nested scopes all receive each statement.
 */
@FunctionalInterface
public interface StatementObserver {

    /** Called after {@code query} ran on the database {@code alias}. */
    void executed(String alias, CapturedQuery query);

    /** Run {@code op} with {@code observer} receiving the statements this thread (and its structured children) run. */
    static <T, X extends Throwable> T observe(StatementObserver observer, ScopedValue.CallableOp<T, X> op) throws X {
        StatementObserver outer = DatabaseWrapper.OBSERVER.isBound() ? DatabaseWrapper.OBSERVER.get() : null;
        StatementObserver both = outer == null ? observer : (alias, query) -> {
            outer.executed(alias, query);
            observer.executed(alias, query);
        };
        return ScopedValue.where(DatabaseWrapper.OBSERVER, both).call(op);
    }
}
