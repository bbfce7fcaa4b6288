package dev.reinhardt.exceptions;

/**
 * Thrown when a transaction is used wrongly (Django's {@code TransactionManagementError}),
 * such as running a query in an atomic block after an error that was caught inside it.
 */
public class TransactionManagementError extends DatabaseError {

    public TransactionManagementError(String message) {
        super(message);
    }
}
