package dev.reinhardt.db.models.sql;

import dev.reinhardt.db.backends.base.CompiledSqlCache;
import dev.reinhardt.db.backends.base.DatabaseWrapper;
import dev.reinhardt.db.backends.base.Operations;
import dev.reinhardt.db.backends.base.Sql;
import dev.reinhardt.db.backends.base.ValueReader;
import dev.reinhardt.db.backends.base.ValueType;
import dev.reinhardt.db.models.Col;
import dev.reinhardt.db.models.Expression;
import dev.reinhardt.db.models.Lookup;
import dev.reinhardt.db.models.Q;
import dev.reinhardt.db.models.Value;
import dev.reinhardt.db.models.fields.Field;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Turn a {@link Query} into SQL for one connection (Django's {@code SQLCompiler}).
 * Vendor differences come only from the connection's {@code Features} and
 * {@code Operations}, and from nodes' {@link Expression#asVendorSql}.
 * One compiler serves one compilation; not thread-safe.
 */
public final class SqlCompiler {

    /**
     * One selected column.
     *
     * @param expression what is selected
     * @param alias      the result name ({@code AS}), or null for a plain model column
     * @param field      the model field it fills, or null
     */
    public record SelectColumn(Expression expression, String alias, Field field) {
    }

    /** The SQL text of one query shape and what reads its rows: a {@link CompiledSqlCache} entry. */
    private static final class CompiledSelect {
        final String sql;
        final List<SelectColumn> columns;
        final ValueReader[] readers;
        final List<RelatedSelection> related;
        /** What the ORM keeps beside the shape to turn its rows into objects; see {@link #keepRowPlan}. */
        volatile Object rowPlan;

        CompiledSelect(String sql, List<SelectColumn> columns, ValueReader[] readers, List<RelatedSelection> related) {
            this.sql = sql;
            this.columns = columns;
            this.readers = readers;
            this.related = related;
        }
    }

    /** The cache entry of a shape whose parameters did not come out as its lookups' own: compiled every time. */
    private enum Uncached { SHAPE }

    private final Query raw;
    private final DatabaseWrapper connection;
    private final Operations ops;
    private Query query;
    private List<SelectColumn> selected;
    private ValueReader[] selectedReaders;
    private List<RelatedSelection> related;
    /** The cache entry of this plan's shape, or null when the shape is compiled every time. */
    private CompiledSelect compiled;

    public SqlCompiler(Query query, DatabaseWrapper connection) {
        this.raw = query;
        this.query = query;
        this.connection = connection;
        this.ops = connection.ops();
    }

    /** Switch to the plan with the joins of the ordering and of {@code selectRelated} (for full SELECTs only). */
    private Query selectPlan() {
        if (query == raw) {
            query = raw.prepared();
        }
        return query;
    }

    /**
     * Return what {@link #keepRowPlan} kept beside the compiled SQL of this
     * plan's shape, or null: set up once per shape, it serves every query of
     * the shape. Call after {@link #asSql()}.
     */
    public Object rowPlan() {
        return compiled == null ? null : compiled.rowPlan;
    }

    /** Return whether this plan's shape is kept, so that {@link #keepRowPlan} keeps a plan for its next queries. */
    public boolean keepsRowPlans() {
        return compiled != null;
    }

    /**
     * Keep {@code plan}, what turns the rows of this select list into objects,
     * beside the compiled SQL of this plan's shape for the shape's next queries;
     * nothing when the shape is compiled every time. Call after {@link #asSql()}.
     */
    public void keepRowPlan(Object plan) {
        if (compiled != null) {
            compiled.rowPlan = plan;
        }
    }

    /** Return the related models each row builds with {@code selectRelated}, in select-list order. */
    public List<RelatedSelection> relatedSelections() {
        return related != null ? related : selectPlan().relatedSelections();
    }

    /** Return the connection compiled for. */
    public DatabaseWrapper connection() {
        return connection;
    }

    // ---------------------------------------------------------------- nodes and values

    /** Return the SQL of {@code expression}, asking for the vendor's rendering first. */
    public Sql compile(Expression expression) {
        Sql vendor = expression.asVendorSql(this, connection.vendor());
        return vendor != null ? vendor : expression.asSql(this);
    }

    /** Return the SQL of a condition, or null when it matches everything; throws {@link EmptyResultSet}. */
    public Sql compileCondition(Expression condition) {
        Sql sql = compile(condition);
        return sql.sql().isEmpty() ? null : sql;
    }

    /** Return {@code (SELECT ...)} for {@code subquery}. */
    public Sql compileSubquery(Query subquery) {
        Sql sql = new SqlCompiler(subquery, connection).asSql();
        return new Sql("(" + sql.sql() + ")", sql.params());
    }

    /** Return the quoted identifier {@code name}. */
    public String quote(String name) {
        return ops.quoteName(name);
    }

    /** Return a placeholder for {@code value} of {@code type} with the adapted value bound. */
    public Sql param(ValueType type, Object value) {
        if (type == null) {
            return Sql.of("?", value);
        }
        return Sql.of(ops.placeholder(type), ops.adapt(type, value));
    }

    /** Return a placeholder for {@code value} compared with {@code lhs}, converted as {@code lhs}'s field or type. */
    public Sql valueFor(Expression lhs, Object value) {
        Field field = lhs.targetField();
        if (field != null) {
            return Sql.of(ops.placeholder(field.valueType()), field.toDb(value, connection));
        }
        Value constant = Value.of(value);
        ValueType type = lhs.outputType() != null ? lhs.outputType() : constant.type();
        return param(type, constant.value() instanceof java.time.OffsetDateTime offset ? offset.toInstant()
                : constant.value());
    }

    // ---------------------------------------------------------------- select list

    /**
     * Return the selected columns: model fields, annotations, then the fields
     * of {@code selectRelated} models depth-first; or the {@code values()} names.
     */
    public List<SelectColumn> selectColumns() {
        if (selected == null) {
            selectPlan();
            selected = List.copyOf(buildSelectColumns());
        }
        return selected;
    }

    private List<SelectColumn> buildSelectColumns() {
        List<SelectColumn> columns = new ArrayList<>();
        if (query.valuesSelect() != null) {
            for (String name : query.valuesSelect()) {
                Expression annotation = query.annotations().get(name);
                if (annotation != null) {
                    columns.add(new SelectColumn(annotation, name, null));
                } else {
                    Col col = (Col) query.resolveRef(name);
                    columns.add(new SelectColumn(col, null, col.field()));
                }
            }
            return columns;
        }
        for (Field field : query.loadedFields()) {
            columns.add(new SelectColumn(new Col(query.aliasFor(field), field), null, field));
        }
        query.annotations().forEach((alias, expression) -> columns.add(new SelectColumn(expression, alias, null)));
        addRelatedColumns(query.relatedSelections(), columns);
        return columns;
    }

    private static void addRelatedColumns(List<RelatedSelection> selections, List<SelectColumn> columns) {
        for (RelatedSelection selection : selections) {
            for (Field field : selection.fields()) {
                columns.add(new SelectColumn(new Col(selection.alias(), field), null, field));
            }
            addRelatedColumns(selection.children(), columns);
        }
    }

    /** Return a reader per selected column, in order. */
    public ValueReader[] readers(List<SelectColumn> columns) {
        if (columns == selected && selectedReaders != null) {
            return selectedReaders;
        }
        ValueReader[] readers = new ValueReader[columns.size()];
        for (int i = 0; i < readers.length; i++) {
            readers[i] = columns.get(i).expression().reader(connection);
        }
        return readers;
    }

    // ---------------------------------------------------------------- SELECT

    /**
     * Return the full SELECT; throws {@link EmptyResultSet} when it can match nothing.
     *
     * <p>The SQL text of a plan with a {@link QueryShape} is built once per
     * shape and connection and kept in the connection's {@link CompiledSqlCache};
     * the parameters are always this plan's own, bound anew. The first
     * compilation of a shape checks that its parameters are exactly those of
     * its lookups, and otherwise keeps compiling that shape every time.
     */
    public Sql asSql() {
        if (query.isEmpty()) {
            throw new EmptyResultSet();
        }
        if (query.combined() != null) {
            return combinedSql();
        }
        QueryShape shape = query == raw ? QueryShape.of(raw) : null;
        if (shape == null) {
            return compileSelect();
        }
        CompiledSqlCache cache = connection.compiledSql();
        Object cached = cache.get(shape.key());
        if (cached instanceof CompiledSelect entry) {
            compiled = entry;
            selected = entry.columns;
            selectedReaders = entry.readers;
            related = entry.related;
            return new Sql(entry.sql, boundValues(shape));
        }
        Sql sql = compileSelect();
        if (cached == null) {
            if (sameValues(boundValues(shape), sql.params())) {
                selectedReaders = readers(selected);
                compiled = new CompiledSelect(sql.sql(), selected, selectedReaders, query.relatedSelections());
                cache.put(shape.key(), compiled);
            } else {
                cache.put(shape.key(), Uncached.SHAPE);
            }
        }
        return sql;
    }

    /**
     * Return the values of the lookups of {@code shape}, in placeholder order,
     * converted as for this connection: a comparison's value and each value of
     * an {@code in} list as the column's field converts it, other lookups'
     * values from their compiled SQL.
     */
    private List<Object> boundValues(QueryShape shape) {
        List<Lookup> leaves = shape.leaves();
        if (leaves.size() == 1 && isComparison(leaves.getFirst())) {
            return java.util.Collections.singletonList(comparedValue(leaves.getFirst().rhs(), leaves.getFirst()));
        }
        List<Object> params = new ArrayList<>();
        for (Lookup leaf : leaves) {
            if (isComparison(leaf)) {
                params.add(comparedValue(leaf.rhs(), leaf));
            } else if (leaf.name().equals("in")) {
                for (Object item : (java.util.Collection<?>) leaf.rhs()) {
                    if (item != null) {
                        params.add(comparedValue(item, leaf));
                    }
                }
            } else {
                params.addAll(compile(leaf).params());
            }
        }
        return params;
    }

    /**
     * Return whether {@code leaf} (a lookup of a shape: a column and a plain
     * value) binds exactly its value as its column's field converts it, with
     * no pattern or function around it, so its SQL need not be built to find
     * its parameter.
     */
    private static boolean isComparison(Lookup leaf) {
        return switch (leaf.name()) {
            case "exact", "gt", "gte", "lt", "lte" -> true;
            default -> false;
        };
    }

    /** Return {@code value} as {@code leaf}'s column's field binds it on this connection. */
    private Object comparedValue(Object value, Lookup leaf) {
        return leaf.lhs().targetField().toDb(value, connection);
    }

    private static boolean sameValues(List<Object> ours, List<Object> compiled) {
        if (ours.size() != compiled.size()) {
            return false;
        }
        for (int i = 0; i < ours.size(); i++) {
            if (!Objects.deepEquals(ours.get(i), compiled.get(i))) {
                return false;
            }
        }
        return true;
    }

    private Sql compileSelect() {
        List<SelectColumn> columns = selectColumns();
        List<OrderTerm> order = orderTerms(columns);
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT ");
        if (query.distinct()) {
            sql.append("DISTINCT ");
        }
        sql.append(selectList(columns, params));
        if (query.distinct()) {
            sql.append(orderingColumns(columns, order, params));
        }
        sql.append(fromWhereGroupHaving(columns, params));
        appendOrder(sql, params, order);
        appendLimit(sql, query);
        return new Sql(sql.toString(), params);
    }

    /**
     * Return the ORDER BY expressions that the select list lacks, as extra
     * trailing columns: {@code SELECT DISTINCT} may only be ordered by what it
     * selects (PostgreSQL refuses otherwise), so, as Django does, the columns
     * join the select list on every backend, where they also take part in
     * what counts as distinct. Rows are read from the selected columns only,
     * so callers never see them.
     */
    private String orderingColumns(List<SelectColumn> columns, List<OrderTerm> order, List<Object> params) {
        Set<String> selected = new HashSet<>();
        for (SelectColumn column : columns) {
            selected.add(compile(column.expression()).sql());
        }
        StringBuilder extra = new StringBuilder();
        for (OrderTerm term : order) {
            if (!term.selectedAlias() && selected.add(term.target().sql())) {
                extra.append(", ").append(term.target().sql());
                params.addAll(term.target().params());
            }
        }
        return extra.toString();
    }

    private String selectList(List<SelectColumn> columns, List<Object> params) {
        List<String> parts = new ArrayList<>();
        for (SelectColumn column : columns) {
            Sql sql = compile(column.expression());
            params.addAll(sql.params());
            parts.add(column.alias() == null ? sql.sql() : sql.sql() + " AS " + quote(column.alias()));
        }
        return String.join(", ", parts);
    }

    private String fromWhereGroupHaving(List<SelectColumn> columns, List<Object> params) {
        StringBuilder sql = new StringBuilder(" FROM ");
        List<String> tables = new ArrayList<>();
        for (TableRef table : query.tables()) {
            tables.add(table.asSql(this));
        }
        sql.append(String.join(" ", tables));
        List<Expression> whereParts = new ArrayList<>();
        List<Expression> havingParts = new ArrayList<>();
        for (Expression condition : query.where()) {
            (condition.containsAggregate() ? havingParts : whereParts).add(condition);
        }
        Sql where = compileCondition(new WhereNode(Q.Connector.AND, false, whereParts));
        if (where != null) {
            sql.append(" WHERE ").append(where.sql());
            params.addAll(where.params());
        }
        List<Expression> groupBy = groupBy(columns, havingParts);
        if (!groupBy.isEmpty()) {
            List<String> parts = new ArrayList<>();
            for (Expression expression : groupBy) {
                Sql part = compile(expression);
                parts.add(part.sql());
                params.addAll(part.params());
            }
            sql.append(" GROUP BY ").append(String.join(", ", parts));
        }
        Sql having = compileCondition(new WhereNode(Q.Connector.AND, false, havingParts));
        if (having != null) {
            sql.append(" HAVING ").append(having.sql());
            params.addAll(having.params());
        }
        return sql.toString();
    }

    private List<Expression> groupBy(List<SelectColumn> columns, List<Expression> having) {
        if (query.groupBy() != null) {
            return query.groupBy();
        }
        boolean aggregated = !having.isEmpty()
                || columns.stream().anyMatch(column -> column.expression().containsAggregate());
        if (!aggregated) {
            return List.of();
        }
        Map<String, Expression> unique = new LinkedHashMap<>();
        for (SelectColumn column : columns) {
            for (Expression expression : column.expression().groupByColumns()) {
                unique.putIfAbsent(expression.toString(), expression);
            }
        }
        return List.copyOf(unique.values());
    }

    /**
     * One ORDER BY term: its expression, its direction ({@code " ASC"},
     * {@code " DESC"}, or none for random order), and whether it names an
     * annotation the select list already has under that alias.
     */
    private record OrderTerm(Sql target, String direction, boolean selectedAlias) {
    }

    private List<OrderTerm> orderTerms(List<SelectColumn> columns) {
        List<OrderTerm> terms = new ArrayList<>();
        for (String name : query.ordering()) {
            if (name.equals(Query.RANDOM)) {
                terms.add(new OrderTerm(Sql.of(ops.randomFunctionSql()), "", false));
                continue;
            }
            boolean descending = name.startsWith("-");
            String bare = descending ? name.substring(1) : name;
            String direction = descending ? " DESC" : " ASC";
            if (query.annotations().containsKey(bare) && isSelectedAlias(bare, columns)) {
                terms.add(new OrderTerm(Sql.of(quote(bare)), direction, true));
            } else {
                terms.add(new OrderTerm(compile(query.resolveRef(bare)), direction, false));
            }
        }
        return terms;
    }

    private static void appendOrder(StringBuilder sql, List<Object> params, List<OrderTerm> order) {
        if (order.isEmpty()) {
            return;
        }
        List<String> parts = new ArrayList<>();
        for (OrderTerm term : order) {
            params.addAll(term.target().params());
            parts.add(term.target().sql() + term.direction());
        }
        sql.append(" ORDER BY ").append(String.join(", ", parts));
    }

    private static boolean isSelectedAlias(String alias, List<SelectColumn> columns) {
        return columns.stream().anyMatch(column -> alias.equals(column.alias()));
    }

    private void appendLimit(StringBuilder sql, Query plan) {
        Long limit = plan.high() == null ? null : plan.high() - plan.low();
        String clause = ops.limitOffsetSql(limit, plan.low());
        if (!clause.isEmpty()) {
            sql.append(' ').append(clause);
        }
    }

    private Sql combinedSql() {
        List<String> parts = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        for (Query part : query.combined()) {
            if (part.isSliced() && !connection.features().supportsSlicingOrderingInCompound()) {
                throw new IllegalStateException("LIMIT/OFFSET not allowed in subqueries of compound statements.");
            }
            Sql sql;
            try {
                sql = new SqlCompiler(part, connection).asSql();
            } catch (EmptyResultSet empty) {
                continue;
            }
            parts.add(part.isSliced() ? "(" + sql.sql() + ")" : sql.sql());
            params.addAll(sql.params());
        }
        if (parts.isEmpty()) {
            throw new EmptyResultSet();
        }
        StringBuilder sql = new StringBuilder(String.join(query.combinedAll() ? " UNION ALL " : " UNION ", parts));
        List<SelectColumn> columns = new SqlCompiler(query.combined().getFirst(), connection).selectColumns();
        List<String> ordering = query.ordering();
        if (!ordering.isEmpty()) {
            List<String> terms = new ArrayList<>();
            for (String name : ordering) {
                boolean descending = name.startsWith("-");
                terms.add(position(descending ? name.substring(1) : name, columns) + (descending ? " DESC" : " ASC"));
            }
            sql.append(" ORDER BY ").append(String.join(", ", terms));
        }
        appendLimit(sql, query);
        return new Sql(sql.toString(), params);
    }

    private int position(String name, List<SelectColumn> columns) {
        for (int i = 0; i < columns.size(); i++) {
            SelectColumn column = columns.get(i);
            if (name.equals(column.alias()) || column.field() != null && column.field().name().equals(name)
                    || name.equals("pk") && column.field() != null && column.field().primaryKey()) {
                return i + 1;
            }
        }
        throw new dev.reinhardt.exceptions.FieldError("ORDER BY term '" + name + "' does not match any column in "
                + "the result set.");
    }

    // ---------------------------------------------------------------- COUNT, EXISTS, aggregate, EXPLAIN

    /** Return {@code SELECT COUNT(*)} over this query, wrapping it when it is sliced, distinct or grouped. */
    public Sql countSql() {
        return aggregateSql(Map.of("__count", new CountAll()));
    }

    /** Return {@code SELECT 1 FROM ... WHERE ...} for use inside {@code EXISTS(...)}, which may refer to outer aliases. */
    Sql existsSubquerySql() {
        if (query.isEmpty()) {
            throw new EmptyResultSet();
        }
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT 1 AS " + quote("a"));
        sql.append(fromWhereGroupHaving(List.of(), params)).append(" LIMIT 1");
        return new Sql(sql.toString(), params);
    }

    /** Return a query that finds whether any row matches. */
    public Sql existsSql() {
        if (query.isEmpty()) {
            throw new EmptyResultSet();
        }
        if (needsWrapping()) {
            Sql inner = wrappedSql();
            return new Sql("SELECT 1 AS " + quote("a") + " FROM (" + inner.sql() + ") " + quote("subquery") + " LIMIT 1",
                    inner.params());
        }
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT 1 AS " + quote("a"));
        sql.append(fromWhereGroupHaving(List.of(), params)).append(" LIMIT 1");
        return new Sql(sql.toString(), params);
    }

    /** Return the SELECT of {@code aggregates} (already resolved) by alias over this query's rows. */
    public Sql aggregateSql(Map<String, Expression> aggregates) {
        if (query.isEmpty()) {
            throw new EmptyResultSet();
        }
        List<Object> params = new ArrayList<>();
        List<SelectColumn> columns = new ArrayList<>();
        aggregates.forEach((alias, expression) -> columns.add(new SelectColumn(expression, alias, null)));
        if (needsWrapping()) {
            Sql inner = wrappedSql();
            String select = selectList(columns, params);
            List<Object> ordered = new ArrayList<>(params);
            ordered.addAll(inner.params());
            return new Sql("SELECT " + select + " FROM (" + inner.sql() + ") " + quote(query.baseAlias()), ordered);
        }
        String select = selectList(columns, params);
        String rest = fromWhereGroupHaving(List.of(), params);
        return new Sql("SELECT " + select + rest, params);
    }

    /**
     * Return this query's SELECT for wrapping in an aggregate or EXISTS:
     * without its ordering unless it is sliced, as the order then changes
     * nothing but could add columns to a {@code DISTINCT} (Django drops it too).
     */
    private Sql wrappedSql() {
        if (query.isSliced() || query.ordering().isEmpty()) {
            return asSql();
        }
        Query unordered = query.copy();
        unordered.setOrdering(List.of());
        return new SqlCompiler(unordered, connection).asSql();
    }

    private boolean needsWrapping() {
        return query.isSliced() || query.distinct() || query.combined() != null || query.groupBy() != null
                || query.annotations().values().stream().anyMatch(Expression::containsAggregate);
    }

    /** Return the EXPLAIN of this query. */
    public Sql explainSql(String format, Map<String, Boolean> options) {
        Sql sql = asSql();
        return new Sql(ops.explainPrefix(format, options) + " " + sql.sql(), sql.params());
    }

    /** {@code COUNT(*)}, for counting the rows of a query. */
    private record CountAll() implements Expression {
        @Override
        public Sql asSql(SqlCompiler compiler) {
            return Sql.of("COUNT(*)");
        }

        @Override
        public ValueType outputType() {
            return new ValueType("BigIntegerField", Long.class);
        }

        @Override
        public boolean containsAggregate() {
            return true;
        }
    }
}
