package dev.reinhardt.db.models;

import dev.reinhardt.db.models.sql.Query;
import dev.reinhardt.exceptions.FieldError;

/**
 * One prefetch lookup with options (Django's {@code Prefetch}): the relation
 * path, the queryset that loads its objects, and the name the objects are
 * kept under.
 *
 * <pre>{@code
 * Order.objects.prefetchRelated(
 *         Prefetch.of("items", OrderItem.objects.filter("quantity__gte", 2)),
 *         Prefetch.of("customer__orders", Order.objects.filter("status", "paid"), "paidOrders"));
 * order.items.all();                                   // the filtered items, no query
 * customer.prefetched("paidOrders", Order.class);      // the list kept under toAttr
 * }</pre>
 *
 * Immutable.
 */
public final class Prefetch {

    private final String lookup;
    private final Query query;
    private final String toAttr;

    private Prefetch(String lookup, Query query, String toAttr) {
        if (lookup == null || lookup.isBlank()) {
            throw new FieldError("A prefetch lookup needs a relation path, such as \"items\" or \"items__product\".");
        }
        this.lookup = lookup;
        this.query = query;
        this.toAttr = toAttr;
    }

    /** Prefetch {@code lookup} with the related model's default queryset. */
    public static Prefetch of(String lookup) {
        return new Prefetch(lookup, null, null);
    }

    /** Prefetch {@code lookup} with {@code queryset} (filtered, ordered, with its own selectRelated...). */
    public static Prefetch of(String lookup, BaseQuerySet<?, ?> queryset) {
        return new Prefetch(lookup, queryset.query(), null);
    }

    /** Prefetch {@code lookup} with {@code queryset}, keeping the objects under {@code toAttr} instead of the relation. */
    public static Prefetch of(String lookup, BaseQuerySet<?, ?> queryset, String toAttr) {
        if (toAttr == null || toAttr.isBlank()) {
            throw new FieldError("toAttr of Prefetch(\"" + lookup + "\") is empty; give a name or leave it out.");
        }
        return new Prefetch(lookup, queryset == null ? null : queryset.query(), toAttr);
    }

    /** Return the relation path, such as {@code items__product}. */
    public String lookup() {
        return lookup;
    }

    /** Return the plan that loads the objects, or null for the related model's default queryset. */
    public Query query() {
        return query == null ? null : query.copy();
    }

    /** Return the name the objects are kept under, or null for the relation's own accessor. */
    public String toAttr() {
        return toAttr;
    }

    /** Return the path the objects end up under: the lookup with its last part replaced by {@code toAttr}. */
    public String key() {
        if (toAttr == null) {
            return lookup;
        }
        int last = lookup.lastIndexOf("__");
        return last < 0 ? toAttr : lookup.substring(0, last + 2) + toAttr;
    }

    @Override
    public String toString() {
        return "Prefetch(" + lookup + (toAttr == null ? "" : ", toAttr=" + toAttr) + ")";
    }
}
