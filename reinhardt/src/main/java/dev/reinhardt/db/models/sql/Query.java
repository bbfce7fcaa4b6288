package dev.reinhardt.db.models.sql;

import dev.reinhardt.db.backends.base.Operations;
import dev.reinhardt.db.backends.base.Sql;
import dev.reinhardt.db.Connections;
import dev.reinhardt.db.models.Col;
import dev.reinhardt.db.models.Expression;
import dev.reinhardt.db.models.FetchMode;
import dev.reinhardt.db.models.JoinHop;
import dev.reinhardt.db.models.Options;
import dev.reinhardt.db.models.PathPart;
import dev.reinhardt.db.models.Prefetch;
import dev.reinhardt.db.models.Q;
import dev.reinhardt.db.models.fields.Field;
import dev.reinhardt.exceptions.FieldError;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The plan of one SELECT (Django's {@code sql.Query}): alias map, conditions,
 * annotations, ordering, limits and what to select. Querysets copy it on
 * every chained call and change only the copy, so a plan that anyone else
 * can see never changes. A copy shares the collections of its original until
 * either changes one (copy on write), so chaining costs one small object
 * per call. Not thread-safe while being built.
 *
 * <p>Every name a caller passes is checked here against the model's fields,
 * the annotations, the known lookups and transforms, or the identifier
 * pattern, before any SQL exists. Paths through relations add joins to the
 * alias map, reused and typed (INNER or LEFT OUTER) as Django does.
 */
public final class Query {

    /** The ordering name that asks for random order, as Django's {@code order_by("?")}. */
    public static final String RANDOM = "?";

    /** The plan every {@code new Query(options)} starts as, per model: copying it is cheaper than building it. */
    private static final ClassValue<AtomicReference<Query>> STARTS = new ClassValue<>() {
        @Override
        protected AtomicReference<Query> computeValue(Class<?> model) {
            return new AtomicReference<>();
        }
    };

    // The collections a plan changes in place, as bits of 'owned': a plan changes one only once it owns it.
    private static final int ALIASES = 1;
    private static final int SELECT_RELATED = 1 << 1;
    private static final int PREFETCH = 1 << 2;
    private static final int KNOWN_RELATED = 1 << 3;
    private static final int WHERE = 1 << 4;
    private static final int ANNOTATIONS = 1 << 5;
    private static final int VALUES = 1 << 6;
    private static final int DEFERRED = 1 << 7;
    private static final int ALL = (1 << 8) - 1;

    private final Options<?> options;
    private final String baseAlias;
    private AliasMap aliases;
    /** The collections this plan may change in place; the others it shares with copies and copies before a change. */
    private int owned = ALL;
    // The collections are set by the constructors, not by initializers, so that a copy allocates none of them.
    private List<String> selectRelated;
    private boolean selectRelatedAll;
    private List<Prefetch> prefetch;
    private FetchMode fetchMode;
    private List<KnownRelated> knownRelated;
    private List<RelatedSelection> relatedSelections;
    /** Filled by the constructor only, then shared by every copy. */
    private final Map<Options<?>, String> parentAliases;
    private List<Expression> where;
    private Map<String, Expression> annotations;
    /** Never changed in place: replaced as a whole. */
    private List<String> orderBy;
    private boolean defaultOrdering;
    private boolean standardOrdering;
    private boolean distinct;
    private long low;
    private Long high;
    private List<String> valuesSelect;
    /** Never changed in place: replaced as a whole. */
    private List<Expression> groupBy;
    /** Never changed in place: replaced as a whole. */
    private Set<String> onlyFields;
    private Set<String> deferredFields;
    private boolean empty;
    /** Never changed in place: replaced as a whole. */
    private List<Query> combined;
    private boolean combinedAll;

    /**
     * An object the rows are known to relate to: a related manager's owner,
     * put into each loaded row's {@code Ref} so reading it back costs nothing.
     *
     * @param field    the foreign key on the rows
     * @param key      the owner's key
     * @param instance the owner
     */
    public record KnownRelated(Field field, Object key, Object instance) {
    }

    /** Create the plan {@code SELECT * FROM <model's table>}. */
    public Query(Options<?> options) {
        this(start(options));
    }

    /** Create a subquery plan whose aliases are {@code prefix0}, {@code prefix1}... apart from an outer query's. */
    Query(Options<?> options, char prefix) {
        this.options = options;
        this.baseAlias = prefix == 'T' ? options.dbTable() : prefix + "0";
        this.aliases = new AliasMap(options.dbTable(), baseAlias, prefix);
        this.parentAliases = new LinkedHashMap<>();
        this.selectRelated = new ArrayList<>();
        this.prefetch = new ArrayList<>();
        this.knownRelated = new ArrayList<>();
        this.relatedSelections = List.of();
        this.where = new ArrayList<>();
        this.annotations = new LinkedHashMap<>();
        this.orderBy = List.of();
        this.defaultOrdering = true;
        this.standardOrdering = true;
        this.deferredFields = new LinkedHashSet<>();
        joinParents(options, baseAlias);
    }

    /**
     * Return the plan {@code SELECT * FROM <model's table>} of {@code options},
     * built once per model and never changed: every plan made from it is a copy.
     */
    private static Query start(Options<?> options) {
        if (options.isAutoCreated()) {
            // Every auto-created many-to-many table shares one model class, so none has a slot of its own.
            return new Query(options, 'T');
        }
        AtomicReference<Query> slot = STARTS.get(options.model());
        Query start = slot.get();
        if (start == null || start.options != options) {
            start = new Query(options, 'T');
            start.aliases.shape();
            start.owned = 0;
            slot.set(start);
        }
        return start;
    }

    /** Join the tables of a multi-table child's parents, whose columns every row reads. */
    private void joinParents(Options<?> model, String alias) {
        for (Map.Entry<Options<?>, Field> parent : model.parents().entrySet()) {
            String joined = join(dev.reinhardt.db.models.Relation.of(parent.getValue()).forwardHops().getFirst(),
                    alias, null);
            parentAliases.put(parent.getKey(), joined);
            joinParents(parent.getKey(), joined);
        }
    }

    /** Return the alias of the table holding {@code field}: the base table or a parent's. */
    public String aliasFor(Field field) {
        if (options.isLocal(field)) {
            return baseAlias;
        }
        for (Map.Entry<Options<?>, String> parent : parentAliases.entrySet()) {
            if (parent.getKey().isLocal(field)) {
                return parent.getValue();
            }
        }
        return baseAlias;
    }

    /** Copy {@code other}, sharing its collections: from now on neither changes one before copying it. */
    private Query(Query other) {
        this.options = other.options;
        this.baseAlias = other.baseAlias;
        this.aliases = other.aliases;
        this.owned = 0;
        if (other.owned != 0) {
            // Written only when set: a plan that is already shared is read by other threads, never written.
            other.owned = 0;
        }
        this.selectRelated = other.selectRelated;
        this.selectRelatedAll = other.selectRelatedAll;
        this.prefetch = other.prefetch;
        this.fetchMode = other.fetchMode;
        this.knownRelated = other.knownRelated;
        this.relatedSelections = other.relatedSelections;
        this.parentAliases = other.parentAliases;
        this.where = other.where;
        this.annotations = other.annotations;
        this.orderBy = other.orderBy;
        this.defaultOrdering = other.defaultOrdering;
        this.standardOrdering = other.standardOrdering;
        this.distinct = other.distinct;
        this.low = other.low;
        this.high = other.high;
        this.valuesSelect = other.valuesSelect;
        this.groupBy = other.groupBy;
        this.onlyFields = other.onlyFields;
        this.deferredFields = other.deferredFields;
        this.empty = other.empty;
        this.combined = other.combined;
        this.combinedAll = other.combinedAll;
    }

    /** Return whether this plan may change the collection {@code part} in place, and own it from now on. */
    private boolean owns(int part) {
        boolean mine = (owned & part) != 0;
        owned |= part;
        return mine;
    }

    private <E> List<E> own(List<E> list, int part) {
        return owns(part) ? list : new ArrayList<>(list);
    }

    /** Return the alias map to change: this plan's own. */
    private AliasMap ownAliases() {
        if (!owns(ALIASES)) {
            aliases = new AliasMap(aliases);
        }
        return aliases;
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

    /** Return the tables in use: the base table and every join some part of the plan refers to. */
    List<TableRef> tables() {
        return aliases.inUse();
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

    /** Return the tables of the alias map with their types and reference counts, as a value for {@link QueryShape}. */
    Object aliasShape() {
        return aliases.shape();
    }

    /** Return the names {@code only()} asked for, or null when it was not called. */
    Set<String> onlyFields() {
        return onlyFields;
    }

    /** Return the names {@code defer()} left out. */
    Set<String> deferredFields() {
        return deferredFields;
    }

    /** Return whether every non-nullable forward relation is followed ({@code selectRelated()} without names). */
    boolean selectsAllRelated() {
        return selectRelatedAll;
    }

    /** Return the fields whose columns are selected for model rows. */
    public List<Field> loadedFields() {
        List<Field> fields = new ArrayList<>();
        for (Field field : options.concreteFields()) {
            boolean wanted = onlyFields == null ? !deferredFields.contains(field.name()) : onlyFields.contains(field.name());
            if (wanted || field.primaryKey()) {
                fields.add(field);
            }
        }
        return fields;
    }

    // ---------------------------------------------------------------- filters

    /**
     * Add {@code q} to the conditions (AND), as one {@code filter()} call:
     * conditions in it over a multi-valued relation must match the same
     * related row, and joins it needs become INNER unless an OR or an
     * {@code isnull} needs them LEFT OUTER.
     */
    public void addQ(Q q) {
        checkNotSliced("filter");
        Set<String> existingInner = aliases.innerAliases();
        Expression condition = new FilterBuilder(this).build(q, new HashSet<>());
        where = own(where, WHERE);
        where.add(condition);
        demoteJoins(existingInner);
    }

    /** Return the condition {@code q} describes, resolved against this query. */
    public Expression buildCondition(Q q) {
        return new FilterBuilder(this).build(q, new HashSet<>());
    }

    /** Add an already resolved condition (AND). */
    void addCondition(Expression condition) {
        where = own(where, WHERE);
        where.add(condition);
    }

    Map<String, Expression> annotationMap() {
        return annotations;
    }

    /** Return the column or annotation {@code name} refers to (for {@code F}, ordering and values). */
    public Expression resolveRef(String name) {
        Expression annotation = annotations.get(name);
        if (annotation != null) {
            return annotation;
        }
        List<String> parts = splitPath(name);
        JoinInfo info = setupJoins(parts, null, true);
        if (info.consumed() != parts.size()) {
            throw new FieldError("Cannot resolve keyword '" + parts.get(info.consumed()) + "' into field. "
                    + "Choices are: " + String.join(", ", info.model().pathChoices()) + ".");
        }
        Trimmed trimmed = trimJoins(info);
        return new Col(trimmed.alias(), trimmed.target());
    }

    // ---------------------------------------------------------------- joins

    /**
     * Where a path led: the field it ends on, the field compared there (a
     * relation's key on the far side), the aliases walked (base first), the
     * hops taken, how many parts were used and the model reached.
     */
    record JoinInfo(Field finalField, Field target, List<String> joins, List<JoinHop> hops, int consumed,
                    Options<?> model, boolean endsOnRelation) {
    }

    /** A path after trimming joins whose column the previous table already holds. */
    record Trimmed(Field target, String alias, List<String> joins) {
    }

    /**
     * Walk {@code parts} through fields and relations from the base model,
     * joining as it goes; stop at a plain field or where the next part is no
     * field of the model reached (a lookup or transform follows).
     * Multi-valued joins are reused only when their alias is in
     * {@code canReuse} (null: reuse any); single-valued ones always.
     *
     * @throws MultiJoin when {@code allowMany} is false and a part is multi-valued
     */
    JoinInfo setupJoins(List<String> parts, Set<String> canReuse, boolean allowMany) {
        Options<?> current = options;
        String alias = baseAlias;
        List<String> joins = new ArrayList<>(List.of(baseAlias));
        List<JoinHop> hops = new ArrayList<>();
        Field finalField = null;
        Field target = null;
        int consumed = 0;
        boolean relation = false;
        for (int i = 0; i < parts.size(); i++) {
            PathPart part = current.pathPart(parts.get(i));
            if (part == null) {
                if (i == 0) {
                    throw new FieldError("Cannot resolve keyword '" + parts.get(i) + "' into field. Choices are: "
                            + String.join(", ", choices()) + ".");
                }
                break;
            }
            consumed = i + 1;
            finalField = part.field();
            target = part.targetField();
            relation = part.isRelation();
            if (!allowMany && part.isMultiValued()) {
                throw new MultiJoin(i);
            }
            for (JoinHop hop : part.hops()) {
                alias = join(hop, alias, hop.multiValued() ? canReuse : null);
                joins.add(alias);
                hops.add(hop);
            }
            if (!relation) {
                break;
            }
            current = part.target();
        }
        return new JoinInfo(finalField, target, joins, hops, consumed, current, relation);
    }

    /** Drop trailing joins whose compared column the previous table holds (Django's {@code trim_joins}). */
    Trimmed trimJoins(JoinInfo info) {
        List<String> joins = new ArrayList<>(info.joins());
        Field target = info.target();
        for (int i = info.hops().size() - 1; i >= 0; i--) {
            JoinHop hop = info.hops().get(i);
            if (!hop.direct() || target != hop.toField()) {
                break;
            }
            ownAliases().unref(joins.removeLast());
            target = hop.fromField();
        }
        return new Trimmed(target, joins.getLast(), joins);
    }

    /** Join {@code hop} to {@code parentAlias}, reusing an equal join when allowed; return its alias. */
    String join(JoinHop hop, String parentAlias, Set<String> reuse) {
        return ownAliases().join(hop, parentAlias, reuse);
    }

    boolean isOuter(String alias) {
        return aliases.isOuter(alias);
    }

    /** Make {@code aliases} LEFT OUTER where nullable or under an outer join; see {@link AliasMap#promote}. */
    void promoteJoins(Set<String> toPromote) {
        if (!toPromote.isEmpty()) {
            ownAliases().promote(toPromote);
        }
    }

    /** Make {@code aliases} INNER, and their outer parents too; see {@link AliasMap#demote}. */
    void demoteJoins(Set<String> toDemote) {
        if (!toDemote.isEmpty()) {
            ownAliases().demote(toDemote);
        }
    }

    /** Return whether any join is in use beyond a multi-table child's parents (UPDATE and DELETE then use a subquery). */
    public boolean hasJoins() {
        return aliases.hasJoins(parentAliases.values());
    }

    /** Return the prefix letter of this query's aliases; a subquery of it uses the next letter. */
    char aliasPrefix() {
        return aliases.prefix();
    }

    Set<String> choices() {
        Set<String> names = new TreeSet<>(options.pathChoices());
        names.addAll(annotations.keySet());
        return names;
    }

    List<String> splitPath(String path) {
        List<String> parts = splitOnSeparator(path);
        for (String part : parts) {
            // A trailing '+' marks the ORM's own name of a hidden relation (friends_rel_+), which no model declares.
            if (!Operations.isIdentifier(part.endsWith("+") ? part.substring(0, part.length() - 1) : part)) {
                throw new FieldError("Cannot resolve keyword '" + part + "' into field. Choices are: "
                        + String.join(", ", choices()) + ".");
            }
        }
        return parts;
    }

    /** Split {@code path} at each {@code __}, keeping empty parts (as {@code split("__", -1)}, without a regex). */
    private static List<String> splitOnSeparator(String path) {
        int at = path.indexOf("__");
        if (at < 0) {
            return List.of(path);
        }
        List<String> parts = new ArrayList<>(4);
        int from = 0;
        while (at >= 0) {
            parts.add(path.substring(from, at));
            from = at + 2;
            at = path.indexOf("__", from);
        }
        parts.add(path.substring(from));
        return List.copyOf(parts);
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
        if (!owns(ANNOTATIONS)) {
            annotations = new LinkedHashMap<>(annotations);
        }
        annotations.put(alias, resolved);
        if (valuesSelect != null) {
            if (resolved.containsAggregate() && groupBy == null) {
                List<Expression> grouped = new ArrayList<>();
                for (String name : valuesSelect) {
                    grouped.add(resolveRef(name));
                }
                groupBy = grouped;
            }
            valuesSelect = own(valuesSelect, VALUES);
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

    /**
     * Replace the ordering with {@code names} ({@code -} for descending, paths
     * such as {@code customer__email} allowed); none clears it, default included.
     * Names are checked now; their joins are made when the query is compiled.
     */
    public void setOrdering(List<String> names) {
        // Resolving adds joins, which only compilation may keep: check the names against a throwaway copy.
        Query probe = null;
        for (String name : names) {
            if (name.equals(RANDOM)) {
                continue;
            }
            String bare = name.startsWith("-") ? name.substring(1) : name;
            if (!annotations.containsKey(bare)) {
                if (probe == null) {
                    probe = copy();
                }
                probe.resolveRef(bare);
            }
        }
        orderBy = List.copyOf(names);
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
            options.concreteFields().forEach(field -> selected.add(field.name()));
            selected.addAll(annotations.keySet());
        }
        for (String name : names) {
            if (!annotations.containsKey(name)) {
                resolveRef(name);
            }
            selected.add(name);
        }
        valuesSelect = selected;
        owned |= VALUES;
    }

    /** Load only {@code names} (and the primary key) into instances. */
    public void setOnly(List<String> names) {
        names.forEach(options::getField);
        onlyFields = new LinkedHashSet<>(names);
    }

    /** Leave {@code names} out of instances. */
    public void addDeferred(List<String> names) {
        names.forEach(options::getField);
        if (!owns(DEFERRED)) {
            deferredFields = new LinkedHashSet<>(deferredFields);
        }
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
        owned |= WHERE;
        orderBy = List.of();
        defaultOrdering = false;
        low = 0;
        high = null;
    }

    // ---------------------------------------------------------------- related objects

    /**
     * Follow {@code paths} (forward foreign keys and one-to-one relations, at
     * any depth) with joins and build the related instances from the same rows.
     *
     * @throws FieldError naming the valid choices, and pointing to
     *                    {@code prefetchRelated} for reverse and many-to-many relations
     */
    public void addSelectRelated(List<String> paths) {
        for (String path : paths) {
            SelectRelated.check(options, path);
            if (!selectRelated.contains(path)) {
                selectRelated = own(selectRelated, SELECT_RELATED);
                selectRelated.add(path);
            }
        }
    }

    /** Follow every non-nullable forward relation (Django's {@code select_related()} without names). */
    public void setSelectRelatedAll() {
        selectRelatedAll = true;
    }

    /** Stop following relations with joins ({@code selectRelated(null)}). */
    public void clearSelectRelated() {
        selectRelated = new ArrayList<>();
        owned |= SELECT_RELATED;
        selectRelatedAll = false;
    }

    /** Return whether this plan follows any relation with joins (named paths, or all non-nullable keys). */
    public boolean followsRelations() {
        return selectRelatedAll || !selectRelated.isEmpty();
    }

    /** Return the relation paths followed with joins. */
    public List<String> selectRelated() {
        return List.copyOf(selectRelated);
    }

    /** Return the related instances a compiled row builds, with their joins; set by {@link #prepared()}. */
    public List<RelatedSelection> relatedSelections() {
        return relatedSelections;
    }

    /** Add prefetch lookups, run after the rows load; {@code null} clears them. */
    public void addPrefetch(List<Prefetch> lookups) {
        if (lookups == null) {
            prefetch = new ArrayList<>();
            owned |= PREFETCH;
            return;
        }
        for (Prefetch lookup : lookups) {
            if (prefetch.stream().noneMatch(existing -> existing.key().equals(lookup.key()))) {
                prefetch = own(prefetch, PREFETCH);
                prefetch.add(lookup);
            }
        }
    }

    /** Return the prefetch lookups, in the order given. */
    public List<Prefetch> prefetch() {
        return List.copyOf(prefetch);
    }

    /** Set the fetch mode the loaded instances read unloaded relations with; null for the one in effect then. */
    public void setFetchMode(FetchMode mode) {
        fetchMode = mode;
    }

    /** Return the fetch mode of the loaded instances, or null. */
    public FetchMode fetchMode() {
        return fetchMode;
    }

    /** Remember that every row's {@code field} refers to {@code instance} when its key equals {@code key}. */
    public void addKnownRelated(Field field, Object key, Object instance) {
        knownRelated = own(knownRelated, KNOWN_RELATED);
        knownRelated.add(new KnownRelated(field, key, instance));
    }

    /** Return the objects the rows are known to relate to. */
    public List<KnownRelated> knownRelated() {
        return List.copyOf(knownRelated);
    }

    /**
     * Return the plan the compiler renders: a copy with the joins of the
     * ordering and of {@code selectRelated} made, or this plan when it needs none.
     */
    Query prepared() {
        boolean related = followsRelations();
        boolean orderingJoins = false;
        for (String name : ordering()) {
            orderingJoins |= name.contains("__");
        }
        if (!related && !orderingJoins || valuesSelect != null && !orderingJoins) {
            return this;
        }
        Query copy = copy();
        for (String name : copy.ordering()) {
            String bare = name.startsWith("-") ? name.substring(1) : name;
            if (!copy.annotations.containsKey(bare)) {
                copy.resolveRef(bare);
            }
        }
        if (related && valuesSelect == null && combined == null) {
            copy.relatedSelections = SelectRelated.plan(copy, selectRelated, selectRelatedAll);
        }
        return copy;
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
