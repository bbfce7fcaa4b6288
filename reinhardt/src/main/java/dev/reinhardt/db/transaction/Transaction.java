package dev.reinhardt.db.transaction;

import dev.reinhardt.db.Connections;

import java.util.concurrent.Callable;

/**
 * Run code in database transactions (Django's {@code transaction.atomic}).
 *
 * <pre>{@code
 * Transaction.atomic(() -> {
 *     order.save();
 *     Transaction.onCommit(() -> mailer.sendReceipt(order));
 * });
 * }</pre>
 *
 * <p>Blocks nest: an inner block is a savepoint, and an exception thrown out
 * of a block rolls back exactly that block before propagating. A statement
 * error caught inside a block breaks it: later statements throw
 * {@link dev.reinhardt.exceptions.TransactionManagementError} and the block
 * rolls back when it ends.
 *
 * <p>The state belongs to the calling thread, held in a {@code ThreadLocal}
 * that the outermost block always clears. A {@code ScopedValue} would fit the
 * lambda shape of {@code atomic}, but it is inherited by threads forked in a
 * structured task scope, and those would then share one JDBC connection,
 * which is not safe for concurrent use; Django likewise gives each thread its
 * own connection. Each request runs on its own virtual thread, so per-thread
 * state is per-request state.
 */
public final class Transaction {

    private Transaction() {
    }

    /** A block of work that may throw. */
    @FunctionalInterface
    public interface Block {
        /** Do the work. */
        void run() throws Exception;
    }

    /** Run {@code block} atomically on the default database. */
    public static void atomic(Block block) {
        atomic(Connections.DEFAULT_DB_ALIAS, block);
    }

    /** Run {@code block} atomically on the database {@code using}. */
    public static void atomic(String using, Block block) {
        Connections.get(using).atomic(() -> {
            block.run();
            return null;
        });
    }

    /** Run {@code body} atomically on the default database and return its result. */
    public static <T> T atomic(Callable<T> body) {
        return Connections.defaultConnection().atomic(body);
    }

    /** Run {@code body} atomically on the database {@code using} and return its result. */
    public static <T> T atomic(String using, Callable<T> body) {
        return Connections.get(using).atomic(body);
    }

    /** Run {@code hook} after the outermost block on the default database commits (now, outside a block). */
    public static void onCommit(Runnable hook) {
        Connections.defaultConnection().onCommit(hook);
    }

    /** Run {@code hook} after the outermost block on {@code using} commits (now, outside a block). */
    public static void onCommit(String using, Runnable hook) {
        Connections.get(using).onCommit(hook);
    }
}
