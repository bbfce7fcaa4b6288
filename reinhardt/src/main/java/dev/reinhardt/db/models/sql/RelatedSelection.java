package dev.reinhardt.db.models.sql;

import dev.reinhardt.db.models.Options;
import dev.reinhardt.db.models.PathPart;
import dev.reinhardt.db.models.fields.Field;

import java.util.List;

/**
 * One related model {@code selectRelated} builds from the same row: the
 * relation it follows from its parent, its alias, its selected fields, and
 * the relations it follows in turn. Immutable.
 *
 * @param part     the relation on the parent model (a forward key or a reverse one-to-one)
 * @param options  the related model
 * @param alias    the alias of its join
 * @param fields   its selected fields, in select-list order
 * @param children the relations followed from it
 * @param optional whether a row may have no related object here (its join is LEFT OUTER); an INNER join
 *                 always brings one, so its columns need no test for null
 */
public record RelatedSelection(PathPart part, Options<?> options, String alias, List<Field> fields,
                               List<RelatedSelection> children, boolean optional) {

    public RelatedSelection {
        fields = List.copyOf(fields);
        children = List.copyOf(children);
    }

    /** Return how many columns this selection and its children add to a row. */
    public int width() {
        return fields.size() + children.stream().mapToInt(RelatedSelection::width).sum();
    }
}
