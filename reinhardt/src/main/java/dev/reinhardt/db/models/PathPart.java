package dev.reinhardt.db.models;

import dev.reinhardt.db.models.fields.Field;

import java.util.List;

/**
 * What one name of a lookup path ({@code customer} in {@code customer__email})
 * means on a model: a plain field, or a relation with the joins that reach
 * its target. Immutable.
 *
 * @param name     the name as written
 * @param field    the field compared when the path stops here: the field itself, the
 *                 foreign key, or the related model's primary key for reverse relations
 * @param hops     the joins to the related model; for a parent's field, the joins to the parent
 * @param relation the forward relation, or null
 * @param reverse  the reverse relation, or null
 */
public record PathPart(String name, Field field, List<JoinHop> hops, Relation relation, ReverseRelation reverse) {

    public PathPart {
        hops = List.copyOf(hops);
    }

    /** Return whether this part leads to another model (not a parent's plain field, reached through its link). */
    public boolean isRelation() {
        return relation != null || reverse != null;
    }

    /** Return whether one row can relate to many rows through this part. */
    public boolean isMultiValued() {
        return hops.stream().anyMatch(JoinHop::multiValued);
    }

    /** Return the model this part leads to (the model itself for a plain field). */
    public Options<?> target() {
        return hops.isEmpty() ? null : hops.getLast().to();
    }

    /** Return the field a path ending here compares: for a relation, the key on the far side. */
    public Field targetField() {
        if (!isRelation()) {
            return field;
        }
        JoinHop last = hops.getLast();
        return last.direct() ? last.toField() : last.to().pk();
    }
}
