package dev.reinhardt.db.models.sql;

import dev.reinhardt.db.backends.base.Operations;
import dev.reinhardt.db.models.Col;
import dev.reinhardt.db.models.Expression;
import dev.reinhardt.db.models.Lookup;
import dev.reinhardt.db.models.Model;
import dev.reinhardt.db.models.Options;
import dev.reinhardt.db.models.PathPart;
import dev.reinhardt.db.models.Q;
import dev.reinhardt.db.models.Relation;
import dev.reinhardt.db.models.KeyLookup;
import dev.reinhardt.db.models.KeyTransform;
import dev.reinhardt.db.models.Transform;
import dev.reinhardt.db.models.fields.Field;
import dev.reinhardt.exceptions.FieldError;
import dev.reinhardt.utils.Suggestions;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turn a {@link Q} tree into conditions of one {@link Query} (Django's
 * {@code _add_q} and {@code build_filter}): resolve each path with joins,
 * vote on join types, and turn a negated condition over a multi-valued
 * relation into {@code NOT EXISTS (subquery)}.
 */
final class FilterBuilder {

    /** A built condition and the joins it needs to be INNER. */
    private record Built(Expression clause, Set<String> neededInner) {
    }

    private final Query query;

    FilterBuilder(Query query) {
        this.query = query;
    }

    /** Return the condition {@code q} describes; {@code canReuse} collects the aliases of this filter call. */
    Expression build(Q q, Set<String> canReuse) {
        return build(q, canReuse, false, false).clause();
    }

    private Built build(Q q, Set<String> canReuse, boolean branchNegated, boolean currentNegated) {
        boolean negated = currentNegated ^ q.negated();
        boolean branch = branchNegated || q.negated();
        JoinPromoter promoter = new JoinPromoter(q.connector(), q.children().size(), negated);
        List<Expression> children = new ArrayList<>();
        for (Object child : q.children()) {
            Built built = child instanceof Q nested ? build(nested, canReuse, branch, negated)
                    : leaf((Q.Condition) child, canReuse, branch, negated);
            promoter.addVotes(built.neededInner());
            children.add(built.clause());
        }
        Set<String> needed = promoter.updateJoinTypes(query);
        return new Built(new WhereNode(q.connector(), q.negated(), children), needed);
    }

    private Built leaf(Q.Condition condition, Set<String> canReuse, boolean branchNegated, boolean negated) {
        List<String> parts = query.splitPath(condition.path());
        Expression lhs;
        int consumed;
        Set<String> used = Set.of();
        String columnAlias = query.baseAlias();
        Options<?> reached = query.options();
        boolean relationEnd = false;
        Expression annotation = query.annotationMap().get(parts.getFirst());
        PathPart local = parts.size() == 1 && annotation == null ? query.options().pathPart(parts.getFirst()) : null;
        if (annotation != null) {
            lhs = annotation;
            consumed = 1;
        } else if (local != null && local.hops().isEmpty() && !local.isRelation()) {
            // A column of the base table, as most filters are: no join to set up, vote on or trim.
            lhs = new Col(columnAlias, local.field());
            consumed = 1;
        } else {
            Query.JoinInfo info;
            try {
                info = query.setupJoins(parts, canReuse, !branchNegated);
            } catch (MultiJoin multi) {
                return new Built(splitExclude(parts, condition.value(), multi.position, canReuse), Set.of());
            }
            // The base table is no join: its votes would change nothing.
            used = info.joins().size() == 1 ? Set.of() : new HashSet<>(info.joins());
            Query.Trimmed trimmed = query.trimJoins(info);
            canReuse.addAll(trimmed.joins());
            lhs = new Col(trimmed.alias(), trimmed.target());
            columnAlias = trimmed.alias();
            consumed = info.consumed();
            reached = info.model();
            relationEnd = info.endsOnRelation();
        }
        String lookupName = "exact";
        for (int i = consumed; i < parts.size(); i++) {
            String name = parts.get(i);
            if (i == parts.size() - 1 && Operations.LOOKUPS.contains(name)) {
                lookupName = name;
            } else if (Transform.appliesTo(name, lhs.outputType())) {
                lhs = new Transform(name, lhs);
            } else if (KeyTransform.indexes(lhs)) {
                lhs = KeyTransform.of(lhs, name);
            } else if (relationEnd && i == consumed) {
                throw new FieldError("Cannot resolve keyword '" + name + "' into field. Choices are: "
                        + String.join(", ", reached.pathChoices()) + ".");
            } else {
                throw unsupportedLookup(name, lhs);
            }
        }
        Object rhs = prepareRhs(normalize(condition.value(), lhs.targetField()), lookupName);
        if (rhs == null && (lookupName.equals("exact") || lookupName.equals("iexact"))
                && !(lhs instanceof KeyTransform)) {
            lookupName = "isnull";
            rhs = Boolean.TRUE;
        }
        Expression lookup;
        if (lhs instanceof KeyTransform key) {
            lookup = KeyLookup.LOOKUPS.contains(lookupName) ? new KeyLookup(lookupName, key, rhs)
                    : new Lookup(lookupName, key.text(), rhs);
        } else {
            lookup = new Lookup(lookupName, lhs, rhs);
        }
        boolean isNull = lookupName.equals("isnull");
        boolean requireOuter = isNull && Boolean.TRUE.equals(rhs) && !negated;
        Expression clause = lookup;
        if (negated && (!isNull || Boolean.FALSE.equals(rhs))) {
            requireOuter = true;
            Expression column = lhs;
            while (column instanceof Transform transform) {
                column = transform.lhs();
            }
            if (!isNull && lhs instanceof KeyTransform key) {
                // As for a nullable column: a missing key must not turn NOT (...) into unknown.
                clause = new WhereNode(Q.Connector.AND, false, List.of(lookup, new KeyLookup("isnull", key, false)));
            } else if (!isNull && column instanceof Col col
                    && (col.field().nullable() || query.isOuter(columnAlias))) {
                // NOT (col = x) is NULL, not true, where col is NULL; Django's exclude() keeps those rows.
                clause = new WhereNode(Q.Connector.AND, false, List.of(lookup, new Lookup("isnull", col, false)));
            }
        }
        return new Built(clause, requireOuter ? Set.of() : used);
    }

    /**
     * Build {@code EXISTS (SELECT ... FROM related WHERE condition AND related.key = outer.key)}
     * for a condition under negation whose path crosses the multi-valued
     * relation at {@code position}: the outer NOT then excludes the rows having
     * any related row that matches (Django's {@code split_exclude}).
     */
    private Expression splitExclude(List<String> parts, Object value, int position, Set<String> canReuse) {
        String outerAlias = query.baseAlias();
        Options<?> outer = query.options();
        if (position > 0) {
            Query.JoinInfo prefix = query.setupJoins(parts.subList(0, position), canReuse, true);
            outerAlias = prefix.joins().getLast();
            outer = prefix.model();
        }
        PathPart part = outer.pathPart(parts.get(position));
        List<String> rest = parts.subList(position + 1, parts.size());
        char prefix = (char) (query.aliasPrefix() + 1);
        Query inner;
        Field innerKey;
        Field outerKey;
        String innerPath;
        if (part.reverse() != null && !part.reverse().relation().isManyToMany()) {
            Relation relation = part.reverse().relation();
            inner = new Query(relation.owner(), prefix);
            innerKey = relation.field();
            outerKey = relation.targetField();
            innerPath = startsWithField(relation.owner(), rest) ? String.join("__", rest)
                    : "pk" + (rest.isEmpty() ? "" : "__" + String.join("__", rest));
        } else {
            boolean forward = part.relation() != null;
            Relation relation = forward ? part.relation() : part.reverse().relation();
            Field ownerSide = forward ? relation.throughSource() : relation.throughTarget();
            Field otherSide = forward ? relation.throughTarget() : relation.throughSource();
            inner = new Query(relation.through(), prefix);
            innerKey = ownerSide;
            outerKey = Relation.of(ownerSide).targetField();
            innerPath = otherSide.name() + (rest.isEmpty() ? "" : "__" + String.join("__", rest));
        }
        inner.addQ(Q.of(innerPath, value));
        inner.addCondition(new Lookup("exact", new Col(inner.baseAlias(), innerKey), new Col(outerAlias, outerKey)));
        return new Exists(inner);
    }

    private static boolean startsWithField(Options<?> options, List<String> rest) {
        return !rest.isEmpty() && options.pathPart(rest.getFirst()) != null;
    }

    /** Return {@code value} with model instances replaced by the key {@code field} compares. */
    private static Object normalize(Object value, Field field) {
        if (field == null) {
            return value;
        }
        if (value instanceof Model model) {
            return keyOf(model, field);
        }
        if (value instanceof Collection<?> values && values.stream().anyMatch(Model.class::isInstance)) {
            List<Object> keys = new ArrayList<>();
            for (Object item : values) {
                keys.add(item instanceof Model model ? keyOf(model, field) : item);
            }
            return keys;
        }
        return value;
    }

    private static Object keyOf(Model model, Field field) {
        if (field.isRelation()) {
            return Relation.of(field).targetField().get(model);
        }
        return field.model().isInstance(model) ? field.get(model) : model.pk();
    }

    private Object prepareRhs(Object value, String lookupName) {
        if (value instanceof Expression expression) {
            return expression.resolve(query);
        }
        if (value instanceof QueryHolder holder) {
            if (!lookupName.equals("in")) {
                throw new FieldError("A queryset can only be the value of an 'in' lookup.");
            }
            Query subquery = holder.subquery();
            if (subquery.valuesSelect() != null && subquery.valuesSelect().size() != 1) {
                throw new FieldError("Cannot use multi-field values as a filter value; select one field with "
                        + "values(\"name\").");
            }
            return subquery;
        }
        if ((lookupName.equals("in") || lookupName.equals("range")) && !(value instanceof Collection<?>)) {
            throw new FieldError("The value of an '" + lookupName + "' lookup must be a collection or a queryset.");
        }
        return value;
    }

    private static FieldError unsupportedLookup(String name, Expression lhs) {
        String type = lhs.outputType() == null ? "this expression" : lhs.outputType().internalType();
        Set<String> known = new TreeSet<>(Operations.LOOKUPS);
        known.addAll(Transform.NAMES);
        String hint = Suggestions.closest(name, known).map(s -> ", perhaps you meant " + s + "?").orElse(".");
        return new FieldError("Unsupported lookup '" + name + "' for " + type
                + " or join on the field not permitted" + hint);
    }
}
