package dev.reinhardt.db.models;

import dev.reinhardt.conf.Settings;
import dev.reinhardt.exceptions.ImproperlyConfigured;

import java.util.Locale;

/**
 * What reading a relation that was not loaded does (Django 6.1's fetch
 * modes), for {@link Ref#get()}, {@link RelatedOne#get()} and
 * {@link Related#all()}.
 *
 * <p>The default is {@link #FETCH_PEERS}: reading {@code order.customer.get()}
 * on an order that a queryset loaded with others loads the customers of all
 * of them in one query, so a naive loop costs one query per relation, not one
 * per row. {@code selectRelated} and {@code prefetchRelated} stay the precise
 * tools and always win: a planned relation is never fetched again.
 *
 * <p>The mode in effect, strongest first: the queryset's
 * ({@code Order.objects.all().fetchMode(FetchMode.RAISE)}, inherited by the
 * objects it loads and by what they load in turn); a scoped override
 * ({@code FetchMode.callWith(FetchMode.RAISE, () -> ...)}); the setting
 * {@code put("fetchMode", "raise")} in the settings constructor (one of
 * {@code fetch_one}, {@code fetch_peers}, {@code raise}); then {@code FETCH_PEERS}.
 */
public enum FetchMode {

    /** Load the relation of the one instance read (Django's classic lazy loading). */
    FETCH_ONE,
    /** Load the relation of every instance loaded with the one read, in one query. */
    FETCH_PEERS,
    /** Refuse: throw {@link FieldFetchBlocked} naming the selectRelated/prefetchRelated call to add. */
    RAISE;

    /** The settings key of the project-wide mode. */
    public static final String SETTING = "fetchMode";

    private static final ScopedValue<FetchMode> SCOPED = ScopedValue.newInstance();

    /** Run {@code op} with {@code mode} as the fetch mode of this thread (and of its structured children). */
    public static <T, X extends Throwable> T callWith(FetchMode mode, ScopedValue.CallableOp<T, X> op) throws X {
        return ScopedValue.where(SCOPED, mode).call(op);
    }

    /** Run {@code op} with {@code mode} as the fetch mode of this thread. */
    public static void runWith(FetchMode mode, Runnable op) {
        ScopedValue.where(SCOPED, mode).run(op);
    }

    /** Return the mode in effect here when no queryset chose one: the scoped override, the setting, or FETCH_PEERS. */
    public static FetchMode current() {
        if (SCOPED.isBound()) {
            return SCOPED.get();
        }
        if (Settings.isConfigured()) {
            Object value = Settings.current().extra(SETTING).orElse(null);
            if (value != null) {
                return parse(value);
            }
        }
        return FETCH_PEERS;
    }

    /** Return the mode for a relation read on {@code instance}: its queryset's, else {@link #current()}. */
    static FetchMode of(Model instance) {
        FetchMode own = instance.state().fetchMode();
        return own != null ? own : current();
    }

    private static FetchMode parse(Object value) {
        if (value instanceof FetchMode mode) {
            return mode;
        }
        try {
            return valueOf(value.toString().trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ImproperlyConfigured("The " + SETTING + " setting is '" + value + "'. Choices are: fetch_one, "
                    + "fetch_peers, raise.");
        }
    }
}
