package dev.reinhardt.db.models.sql;

import dev.reinhardt.db.backends.base.Operations;
import dev.reinhardt.db.backends.base.Sql;
import dev.reinhardt.db.Connections;
import dev.reinhardt.db.models.Col;
import dev.reinhardt.db.models.Expression;
import dev.reinhardt.db.models.KeyLookup;
import dev.reinhardt.db.models.KeyTransform;
import dev.reinhardt.db.models.Lookup;
import dev.reinhardt.db.models.Options;
import dev.reinhardt.db.models.Q;
import dev.reinhardt.db.models.Transform;
import dev.reinhardt.db.models.fields.Field;
import dev.reinhardt.exceptions.FieldError;
import dev.reinhardt.utils.Suggestions;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The plan of one SELECT (Django's {@code sql.Query}): alias map, conditions,
 * annotations, ordering, limits and what to select. Querysets copy it on
 * every chained call and change only the copy, so a plan that anyone else
 * can see never changes. Not thread-safe while being built.
 *
 * <p>Every name a caller passes is checked here against the model's fields,
 * the annotations, the known lookups and transforms, or the identifier
 * pattern, before any SQL exists.
 */
public final class Query {

    /** The ordering name that asks for random order, as Django's {@code order_by("?")}. */
    public static final String RANDOM = "?";

    private final Options<?> options;
    private final String baseAlias;
    private final Map<String, TableRef> aliasMap = new LinkedHashMap<>();
    private List<Expression> where = new ArrayList<>();
    private Map<String, Expression> annotations = new LinkedHashMap<>();
    private List<String> orderBy = new ArrayList<>();
    private boolean defaultOrdering = true;
    private boolean standardOrdering = true;
    private boolean distinct;
    private long low;
    private Long high;
    private List<String> valuesSelect;
    private List<Expression> groupBy;
    private Set<String> onlyFields;
    private Set<String> deferredFields = new LinkedHashSet<>();
    private boolean empty;
    private List<Query> combined;
    private boolean combinedAll;

    /** Create the plan {@code SELECT * FROM <model's table>}. */
    public Query(Options<?> options) {
        this.options = options;
        this.baseAlias = options.dbTable();
        aliasMap.put(baseAlias, new BaseTable(options.dbTable(), baseAlias));
    }

    private Query(Query other) {
        this.options = other.options;
        this.baseAlias = other.baseAlias;
        this.aliasMap.putAll(other.aliasMap);
        this.where = new ArrayList<>(other.where);
        this.annotations = new LinkedHashMap<>(other.annotations);
        this.orderBy = new ArrayList<>(other.orderBy);
        this.defaultOrdering = other.defaultOrdering;
        this.standardOrdering = other.standardOrdering;
        this.distinct = other.distinct;
        this.low = other.low;
        this.high = other.high;
        this.valuesSelect = other.valuesSelect == null ? null : new ArrayList<>(other.valuesSelect);
        this.groupBy = other.groupBy == null ? null : new ArrayList<>(other.groupBy);
        this.onlyFields = other.onlyFields == null ? null : new LinkedHashSet<>(other.onlyFields);
        this.deferredFields = new LinkedHashSet<>(other.deferredFields);
        this.empty = other.empty;
        this.combined = other.combined == null ? null : new ArrayList<>(other.combined);
        this.combinedAll = other.combinedAll;
    }

    /** Return an independent copy to change. */
    public Query copy() {
        return new Query(this);
    }

    // ---------------------------------------------------------------- accessors for compilers

    /** Return the model's metadata. */
    public Options<?> options() {
        return options;
    }

    /** Return the alias of the base table. */
    public String baseAlias() {
        return baseAlias;
    }

    Collection<TableRef> tables() {
        return aliasMap.values();
    }

    List<Expression> where() {
        return where;
    }

    /** Return the annotations by alias, in the order added. */
    public Map<String, Expression> annotations() {
        return java.util.Collections.unmodifiableMap(annotations);
    }

    boolean distinct() {
        return distinct;
    }

    /** Return whether only distinct rows are selected. */
    public boolean isDistinct() {
        return distinct;
    }

    /** Return whether this query combines others ({@code union}). */
    public boolean isCombined() {
        return combined != null;
    }

    /** Return the offset of the first row. */
    public long low() {
        return low;
    }

    /** Return the end (exclusive) of the rows, or null for no limit. */
    public Long high() {
        return high;
    }

    /** Return the names selected by {@code values()}, or null when rows become model instances. */
    public List<String> valuesSelect() {
        return valuesSelect;
    }

    List<Expression> groupBy() {
        return groupBy;
    }

    /** Return whether the query was made to match nothing ({@code none()}). */
    public boolean isEmpty() {
        return empty;
    }

    List<Query> combined() {
        return combined;
    }

    boolean combinedAll() {
        return combinedAll;
    }

    /** Return whether LIMIT or OFFSET is set. */
    public boolean isSliced() {
        return low != 0 || high != null;
    }

    /** Return whether the rows have an order (explicit or the model's default). */
    public boolean isOrdered() {
        return !orderBy.isEmpty() || usesDefaultOrdering() && !options.ordering().isEmpty();
    }

    /** The model's default ordering applies unless cleared, and never to GROUP BY queries (as since Django 3.1). */
    private boolean usesDefaultOrdering() {
        return defaultOrdering && groupBy == null
                && annotations.values().stream().noneMatch(Expression::containsAggregate);
    }

    /** Return the ordering in effect, with {@code -} for descending, after {@code reverse()}; {@code ?} is random. */
    public List<String> ordering() {
        List<String> names = !orderBy.isEmpty() ? orderBy : usesDefaultOrdering() ? options.ordering() : List.of();
        if (standardOrdering) {
            return names;
        }
        return names.stream().map(name -> name.equals(RANDOM) ? name
                : name.startsWith("-") ? name.substring(1) : "-" + name).toList();
    }

    /** Return the fields whose columns are selected for model rows. */
    public List<Field> loadedFields() {
        List<Field> fields = new ArrayList<>();
        for (Field field : options.fields()) {
            boolean wanted = onlyFields == null ? !deferredFields.contains(field.name()) : onlyFields.contains(field.name());
            if (wanted || field.primaryKey()) {
                fields.add(field);
            }
        }
        return fields;
    }

    // ---------------------------------------------------------------- filters

    /** Add {@code q} to the conditions (AND). */
    public void addQ(Q q) {
        checkNotSliced("filter");
        where.add(buildCondition(q));
    }

    /** Return the condition {@code q} describes, resolved against this query. */
    public Expression buildCondition(Q q) {
        return build(q, false);
    }

    private Expression build(Q q, boolean branchNegated) {
        boolean negated = branchNegated ^ q.negated();
        List<Expression> children = new ArrayList<>();
        for (Object child : q.children()) {
            if (child instanceof Q nested) {
                children.add(build(nested, negated));
            } else {
                Q.Condition condition = (Q.Condition) child;
                children.add(buildFilter(condition.path(), condition.value(), negated));
            }
        }
        return new WhereNode(q.connector(), q.negated(), children);
    }

    private Expression buildFilter(String path, Object value, boolean negated) {
        List<String> parts = splitPath(path);
        Expression lhs;
        int consumed;
        Expression annotation = annotations.get(parts.getFirst());
        if (annotation != null) {
            lhs = annotation;
            consumed = 1;
        } else {
            PathInfo info = setupJoins(parts);
            lhs = new Col(info.alias(), info.field());
            consumed = info.consumed();
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
            } else {
                throw unsupportedLookup(name, lhs);
            }
        }
        Object rhs = prepareRhs(value, lookupName);
        Expression lookup;
        if (lhs instanceof KeyTransform key) {
            lookup = KeyLookup.LOOKUPS.contains(lookupName) ? new KeyLookup(lookupName, key, rhs)
                    : new Lookup(lookupName, key.text(), rhs);
        } else if (rhs == null && (lookupName.equals("exact") || lookupName.equals("iexact"))) {
            return new Lookup("isnull", lhs, true);
        } else {
            lookup = new Lookup(lookupName, lhs, rhs);
        }
        if (negated && lhs instanceof KeyTransform key && !lookupName.equals("isnull")) {
            // As for a nullable column: a missing key must not turn NOT (...) into unknown.
            return new WhereNode(Q.Connector.AND, false, List.of(lookup, new KeyLookup("isnull", key, false)));
        }
        Expression column = lhs;
        while (column instanceof Transform transform) {
            column = transform.lhs();
        }
        if (negated && !lookupName.equals("isnull") && column instanceof Col col && col.field().nullable()) {
            // NOT (col = x) is NULL, not true, where col is NULL; Django's exclude() keeps those rows.
            return new WhereNode(Q.Connector.AND, false, List.of(lookup, new Lookup("isnull", col, false)));
        }
        return lookup;
    }

    private Object prepareRhs(Object value, String lookupName) {
        if (value instanceof Expression expression) {
            return expression.resolve(this);
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

    private FieldError unsupportedLookup(String name, Expression lhs) {
        String type = lhs.outputType() == null ? "this expression" : lhs.outputType().internalType();
        Set<String> known = new TreeSet<>(Operations.LOOKUPS);
        known.addAll(Transform.NAMES);
        String hint = Suggestions.closest(name, known).map(s -> ", perhaps you meant " + s + "?").orElse(".");
        return new FieldError("Unsupported lookup '" + name + "' for " + type
                + " or join on the field not permitted" + hint);
    }

    /** Return the column or annotation {@code name} refers to (for {@code F}). */
    public Expression resolveRef(String name) {
        Expression annotation = annotations.get(name);
        if (annotation != null) {
            return annotation;
        }
        List<String> parts = splitPath(name);
        PathInfo info = setupJoins(parts);
        if (info.consumed() != parts.size()) {
            throw new FieldError("Cannot resolve keyword '" + parts.get(info.consumed()) + "' into field. "
                    + "Joined field references are not permitted in this query.");
        }
        return new Col(info.alias(), info.field());
    }

    /**
     * The field a path reached, the alias of its table and how many parts were
     * used; the remaining parts are transforms and a lookup.
     */
    record PathInfo(Field field, String alias, int consumed) {
    }

    /**
     * Walk {@code parts} through the model's fields. Relation fields will add
     * joins to the alias map here and continue on the related model.
     */
    PathInfo setupJoins(List<String> parts) {
        String name = parts.getFirst();
        Field field = options.findField(name);
        if (field == null) {
            throw new FieldError("Cannot resolve keyword '" + name + "' into field. Choices are: "
                    + String.join(", ", choices()) + ".");
        }
        return new PathInfo(field, baseAlias, 1);
    }

    private Set<String> choices() {
        Set<String> names = new TreeSet<>(options.fieldNames());
        names.addAll(annotations.keySet());
        return names;
    }

    private List<String> splitPath(String path) {
        List<String> parts = List.of(path.split("__", -1));
        for (String part : parts) {
            if (!Operations.isIdentifier(part)) {
                throw new FieldError("Cannot resolve keyword '" + part + "' into field. Choices are: "
                        + String.join(", ", choices()) + ".");
            }
        }
        return parts;
    }

    // ---------------------------------------------------------------- select, annotate, order, slice

    /**
     * Add the annotation {@code alias}.
     *
     * @throws FieldError when the alias is not an identifier or clashes with a field
     */
    public void addAnnotation(String alias, Expression expression) {
        checkAlias(alias);
        if (options.findField(alias) != null) {
            throw new FieldError("The annotation '" + alias + "' conflicts with a field on the model.");
        }
        Expression resolved = expression.resolve(this);
        annotations.put(alias, resolved);
        if (valuesSelect != null) {
            if (resolved.containsAggregate() && groupBy == null) {
                groupBy = new ArrayList<>();
                for (String name : valuesSelect) {
                    groupBy.add(resolveRef(name));
                }
            }
            valuesSelect.add(alias);
        }
    }

    /** Check that {@code alias} can name a column of the result. */
    public static void checkAlias(String alias) {
        if (!Operations.isIdentifier(alias)) {
            throw new FieldError("Alias '" + alias + "' is not a valid identifier: use letters, digits and "
                    + "underscores, not starting with a digit.");
        }
    }

    /** Replace the ordering with {@code names} ({@code -} for descending); none clears it, default included. */
    public void setOrdering(List<String> names) {
        for (String name : names) {
            if (name.equals(RANDOM)) {
                continue;
            }
            String bare = name.startsWith("-") ? name.substring(1) : name;
            if (!annotations.containsKey(bare)) {
                resolveRef(bare);
            }
        }
        orderBy = new ArrayList<>(names);
        if (names.isEmpty()) {
            defaultOrdering = false;
        }
        standardOrdering = true;
    }

    /** Flip the ordering. */
    public void reverseOrdering() {
        standardOrdering = !standardOrdering;
    }

    /** Select only distinct rows. */
    public void setDistinct() {
        distinct = true;
    }

    /**
     * Narrow the rows to {@code [start, stop)} within the current slice.
     *
     * @throws IllegalArgumentException for negative bounds or stop before start
     */
    public void setLimits(long start, Long stop) {
        if (start < 0 || stop != null && stop < 0) {
            throw new IllegalArgumentException("Negative indexing is not supported.");
        }
        if (stop != null && stop < start) {
            throw new IllegalArgumentException("Slice stop " + stop + " is before start " + start + ".");
        }
        long newLow = low + start;
        Long newHigh = stop == null ? high : Long.valueOf(low + stop);
        if (high != null && newHigh != null) {
            newHigh = Math.min(high, newHigh);
        }
        low = newHigh != null ? Math.min(newLow, newHigh) : newLow;
        high = newHigh;
    }

    /** Make rows maps, lists or records of {@code names} (every field when empty). */
    public void setValues(List<String> names) {
        List<String> selected = new ArrayList<>();
        if (names.isEmpty()) {
            options.fields().forEach(field -> selected.add(field.name()));
            selected.addAll(annotations.keySet());
        }
        for (String name : names) {
            if (!annotations.containsKey(name)) {
                resolveRef(name);
            }
            selected.add(name);
        }
        valuesSelect = selected;
    }

    /** Load only {@code names} (and the primary key) into instances. */
    public void setOnly(List<String> names) {
        names.forEach(options::getField);
        onlyFields = new LinkedHashSet<>(names);
    }

    /** Leave {@code names} out of instances. */
    public void addDeferred(List<String> names) {
        names.forEach(options::getField);
        deferredFields.addAll(names);
    }

    /** Make the query match nothing. */
    public void setEmpty() {
        empty = true;
    }

    /** Combine with {@code others} by UNION ({@code all}: UNION ALL). */
    public void combine(List<Query> others, boolean all) {
        Query first = copy();
        first.combined = null;
        List<Query> parts = new ArrayList<>();
        parts.add(first);
        parts.addAll(others);
        combined = parts;
        combinedAll = all;
        where = new ArrayList<>();
        orderBy = new ArrayList<>();
        defaultOrdering = false;
        low = 0;
        high = null;
    }

    /** Fail when the query is sliced, since conditions would apply before the slice. */
    public void checkNotSliced(String operation) {
        if (isSliced()) {
            throw new IllegalStateException("Cannot " + operation + " a query once a slice has been taken.");
        }
    }

    /** Return the SQL of this query on the default database, with its parameters. */
    public Sql sql() {
        return new SqlCompiler(this, Connections.defaultConnection()).asSql();
    }

    /** Return the SQL with parameters inlined, for reading (Django's {@code str(qs.query)}). */
    @Override
    public String toString() {
        try {
            return sql().display();
        } catch (EmptyResultSet e) {
            return "(empty query: " + e.getMessage() + ")";
        }
    }
}
