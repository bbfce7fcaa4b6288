package dev.reinhardt.db.models;

import dev.reinhardt.db.models.fields.Field;

import java.util.List;

/**
 * A relation seen from its target (Django's {@code ForeignObjectRel}):
 * {@code customer.orders} for {@code Order.customer}. It names the reverse
 * accessor and the query name, and knows whether it is multi-valued.
 * Immutable.
 *
 * @param relation the forward relation
 */
public record ReverseRelation(Relation relation) {

    /** Return the model that declares the relation field (the related model, seen from here). */
    public Options<?> relatedModel() {
        return relation.owner();
    }

    /** Return the declaring field. */
    public Field field() {
        return relation.field();
    }

    /** Return the accessor name on the target, such as {@code orders} or {@code order_set}. */
    public String accessorName() {
        return relation.accessorName();
    }

    /** Return the name lookups from the target use, such as {@code order}. */
    public String queryName() {
        return relation.queryName();
    }

    /** Return whether one target row can have many related rows. */
    public boolean isMultiValued() {
        return relation.type() != Relation.Type.ONE_TO_ONE;
    }

    /** Return whether the relation is hidden ({@code relatedName} ending in {@code +}). */
    public boolean isHidden() {
        return relation.isHidden();
    }

    /** Return the joins from the target to the declaring model. */
    public List<JoinHop> hops() {
        return relation.reverseHops();
    }

    @Override
    public String toString() {
        return relation.targetOptions().model().getSimpleName() + "." + accessorName() + " <- " + relation;
    }
}
