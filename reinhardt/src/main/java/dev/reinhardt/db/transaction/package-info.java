/**
 * Transactions (Django's {@code django.db.transaction}): {@link dev.reinhardt.db.transaction.Transaction#atomic}
 * blocks that nest with savepoints, and hooks that run after the outermost commit.
 */
package dev.reinhardt.db.transaction;
