package dev.reinhardt.core.handlers;

import dev.reinhardt.conf.Settings;
import dev.reinhardt.db.transaction.Transaction;
import dev.reinhardt.http.View;

import java.util.List;
import java.util.Map;

/**
 * Run each view in a transaction on every database whose settings ask for
 * {@code atomicRequests} (Django's {@code ATOMIC_REQUESTS}): the view's work
 * commits when it returns a response, whatever its status, and rolls back when
 * it throws. Only the view is wrapped, not the middleware, so exception
 * middleware and error pages run after the rollback. Thread-safe.
 */
final class AtomicRequests {

    private final List<String> aliases;

    AtomicRequests(Settings settings) {
        this.aliases = settings.databases().entrySet().stream()
                .filter(entry -> entry.getValue().atomicRequests())
                .map(Map.Entry::getKey)
                .toList();
    }

    /** Return {@code view} wrapped in an atomic block per database that asks for one, or {@code view} itself. */
    View wrap(View view) {
        View wrapped = view;
        for (String alias : aliases) {
            View inner = wrapped;
            wrapped = request -> Transaction.atomic(alias, () -> inner.handle(request));
        }
        return wrapped;
    }
}
