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
 * <p>When {@code FETCH_PEERS} loads a to-many relation (a reverse foreign key
 * or either side of a many-to-many), for all the peers or for an instance
 * loaded alone, the query also joins the loaded rows' non-nullable forward
 * keys, one level deep, as an argument-less {@code selectRelated()} would:
 * reading {@code order.items} for 25 orders
 * runs {@code SELECT item.*, product.* FROM item INNER JOIN product ...}, so
 * the inner loop's {@code item.product.get()} costs nothing and the naive
 * listing of orders, customers, items and products takes three queries. The
 * key back to the owner is not joined (it is the owner), nullable keys are
 * not (they would need outer joins), and nothing deeper is. The join is
 * skipped when the related model's default manager already plans
 * {@code selectRelated}, and an explicit {@code prefetchRelated("items")}
 * loads exactly what it names, without it; the setting
 * {@code put("fetchPeersJoinKeys", false)} turns it off for the project.
 * The cost is the joined columns of rows a loop may never read; the other
 * modes never join.
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

    /**
     * The settings key that, set to {@code false}, stops {@code FETCH_PEERS}
     * loads of to-many relations from joining the rows' non-nullable keys.
     */
    public static final String PEERS_JOIN_SETTING = "fetchPeersJoinKeys";

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
