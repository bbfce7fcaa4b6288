package dev.reinhardt.db.models;

import dev.reinhardt.db.Connections;
import dev.reinhardt.db.backends.base.DatabaseWrapper;
import dev.reinhardt.db.backends.base.RowMapper;
import dev.reinhardt.db.backends.base.Sql;
import dev.reinhardt.db.backends.base.ValueReader;
import dev.reinhardt.db.models.sql.EmptyResultSet;
import dev.reinhardt.db.models.sql.Query;
import dev.reinhardt.db.models.sql.QueryHolder;
import dev.reinhardt.db.models.sql.SqlCompiler;
import dev.reinhardt.exceptions.FieldError;
import dev.reinhardt.exceptions.NotSupportedError;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What every queryset shares, whatever its rows are (model instances, maps,
 * lists, records): lazy, immutable chaining and the evaluating calls.
 *
 * <p>Each chaining call returns a new queryset of the same type {@code S}
 * over a copied {@link Query}; nothing runs until a terminal call ({@link #list()},
 * iteration, {@link #count()}, {@link #exists()}, {@link #first()}, {@link #get()},
 * {@link #aggregate}). A queryset caches its rows once evaluated. A queryset
 * instance is not thread-safe to evaluate; share it unevaluated or copy it.
 *
 * @param <T> the model
 * @param <R> the row type
 * @param <S> the queryset's own type, returned by chaining calls
 */
public abstract class AbstractQuerySet<T extends Model, R, S extends AbstractQuerySet<T, R, S>>
        implements Iterable<R>, QueryHolder {

    private static final int MAX_GET_RESULTS = 21;

    /** The rows {@link #stream()} fetches per round trip, as Django's {@code iterator()}. */
    public static final int DEFAULT_CHUNK_SIZE = 2000;

    protected final Options<T> options;
    protected final Query query;
    protected final String db;
    private List<R> resultCache;

    protected AbstractQuerySet(Options<T> options, Query query, String db) {
        this.options = options;
        this.query = query;
        this.db = db;
    }

    /** Return a queryset of this type over {@code newQuery} and {@code alias}. */
    protected abstract S copy(Query newQuery, String alias);

    /** Return the mapper of a result row, given the compiler that built the SELECT. */
    protected abstract RowMapper<R> rowMapper(SqlCompiler compiler, DatabaseWrapper connection);

    /** Finish the rows of one evaluation (model querysets run their prefetch lookups here); identity by default. */
    protected List<R> afterLoad(List<R> rows) {
        return rows;
    }

    /** Give this unevaluated queryset {@code rows} as its result, as if it had run (prefetched related objects). */
    void primeCache(List<R> rows) {
        resultCache = java.util.Collections.unmodifiableList(rows);
    }

    private S change(java.util.function.Consumer<Query> change) {
        Query copy = query.copy();
        change.accept(copy);
        return copy(copy, db);
    }

    // ---------------------------------------------------------------- chaining

    /**
     * Return a copy of this queryset that runs its query afresh (Django's
     * {@code all()}): the copy has no cached rows, so evaluating it sees
     * changes made since this one was evaluated.
     */
    public S all() {
        return copy(query.copy(), db);
    }

    /** Return the rows matching {@code path = value}, such as {@code filter("total__gte", 100)}. */
    public S filter(String path, Object value) {
        return filter(Q.of(path, value));
    }

    /** Return the rows matching all of {@code conditions}. */
    public S filter(Q... conditions) {
        notSupportedAfterCombining("filter");
        return change(copy -> copy.addQ(Q.and(conditions)));
    }

    /**
     * Fail when this queryset combines others ({@code union}), which allows only
     * slicing, ordering, counting and plain evaluation, as in Django.
     */
    protected final void notSupportedAfterCombining(String operation) {
        if (query.isCombined()) {
            throw new NotSupportedError("Calling QuerySet." + operation + "() after union() is not supported.");
        }
    }

    /** Return the rows not matching {@code path = value}. */
    public S exclude(String path, Object value) {
        return exclude(Q.of(path, value));
    }

    /** Return the rows for which {@code conditions} do not all hold: {@code NOT (a AND b)}. */
    public S exclude(Q... conditions) {
        notSupportedAfterCombining("exclude");
        return change(copy -> copy.addQ(Q.and(conditions).not()));
    }

    /** Return the rows ordered by {@code names} ({@code -} descending); no names removes all ordering. */
    public S orderBy(String... names) {
        query.checkNotSliced("reorder");
        return change(copy -> copy.setOrdering(List.of(names)));
    }

    /** Return the rows in the opposite order. */
    public S reverse() {
        query.checkNotSliced("reverse");
        return change(Query::reverseOrdering);
    }

    /** Return the distinct rows. */
    public S distinct() {
        notSupportedAfterCombining("distinct");
        return change(Query::setDistinct);
    }

    /** Return the rows {@code [start, stop)} of this queryset ({@code LIMIT}/{@code OFFSET}), still lazy. */
    public S slice(long start, long stop) {
        return change(copy -> copy.setLimits(start, stop));
    }

    /** Return the rows from {@code start} on. */
    public S slice(long start) {
        return change(copy -> copy.setLimits(start, null));
    }

    /** Return a queryset that matches nothing and never queries. */
    public S none() {
        return change(Query::setEmpty);
    }

    /** Return this queryset on the database {@code alias}. */
    public S using(String alias) {
        return copy(query.copy(), alias);
    }

    /** Return the rows with the computed value {@code expression} named {@code alias}. */
    public S annotate(String alias, Expression expression) {
        notSupportedAfterCombining("annotate");
        return change(copy -> copy.addAnnotation(alias, expression));
    }

    /** Return the rows with every annotation of {@code annotations}, in the map's order. */
    public S annotate(Map<String, ? extends Expression> annotations) {
        notSupportedAfterCombining("annotate");
        return change(copy -> annotations.forEach(copy::addAnnotation));
    }

    // ---------------------------------------------------------------- evaluation

    /** Return the database this queryset reads. */
    protected DatabaseWrapper connection() {
        return Connections.get(db == null ? Connections.DEFAULT_DB_ALIAS : db);
    }

    /** Return the alias this queryset reads. */
    public String db() {
        return db == null ? Connections.DEFAULT_DB_ALIAS : db;
    }

    /** Return the cached rows, or null before the queryset is evaluated. */
    protected final List<R> resultCache() {
        return resultCache;
    }

    /** Return every row, running the query on the first call and caching the rows. */
    public List<R> list() {
        if (resultCache == null) {
            resultCache = fetch();
        }
        return resultCache;
    }

    private List<R> fetch() {
        DatabaseWrapper connection = connection();
        SqlCompiler compiler = new SqlCompiler(query, connection);
        Sql sql;
        try {
            sql = compiler.asSql();
        } catch (EmptyResultSet empty) {
            return List.of();
        }
        return java.util.Collections.unmodifiableList(afterLoad(connection.query(sql, rowMapper(compiler, connection))));
    }

    @Override
    public Iterator<R> iterator() {
        return list().iterator();
    }

    /**
     * Stream the rows without caching them, {@value #DEFAULT_CHUNK_SIZE} at a time
     * (Django's {@code iterator()}); see {@link #stream(int)}.
     */
    public Stream<R> stream() {
        return stream(DEFAULT_CHUNK_SIZE);
    }

    /**
     * Stream the rows without caching them, the driver fetching {@code chunkSize}
     * at a time (Django's {@code iterator(chunk_size)}; Java's {@link #iterator()}
     * is the caching iteration of {@code for (R row : queryset)}). On PostgreSQL
     * this is a server-side cursor, which needs a transaction: inside an atomic
     * block the stream reads through the block's connection; outside one it
     * borrows a connection and opens a transaction of its own, rolled
     * back when the stream is closed. The stream holds that connection until
     * closed: always close it (try-with-resources).
     *
     * @throws IllegalArgumentException when {@code chunkSize} is not positive
     */
    public Stream<R> stream(int chunkSize) {
        if (chunkSize <= 0) {
            throw new IllegalArgumentException("Chunk size must be strictly positive, got " + chunkSize + ".");
        }
        DatabaseWrapper connection = connection();
        SqlCompiler compiler = new SqlCompiler(query, connection);
        Sql sql;
        try {
            sql = compiler.asSql();
        } catch (EmptyResultSet empty) {
            return Stream.empty();
        }
        RowMapper<R> mapper = rowMapper(compiler, connection);
        return inChunks(connection.stream(sql, chunkSize, mapper), chunkSize, mapper);
    }

    /**
     * Shape the rows {@link #stream(int)} reads through {@code mapper}, for
     * querysets that finish each chunk of {@code chunkSize} rows together; the
     * rows as they come by default.
     */
    protected Stream<R> inChunks(Stream<R> rows, int chunkSize, RowMapper<R> mapper) {
        return rows;
    }

    /** Return the number of rows: from the cache when evaluated, else by {@code SELECT COUNT(*)}. */
    public long count() {
        if (resultCache != null) {
            return resultCache.size();
        }
        Object count = aggregateRow(Map.of("__count", new Count("*")), true).get("__count");
        return count == null ? 0 : ((Number) count).longValue();
    }

    /** Return whether any row matches, by the cheapest query. */
    public boolean exists() {
        if (resultCache != null) {
            return !resultCache.isEmpty();
        }
        DatabaseWrapper connection = connection();
        try {
            Sql sql = new SqlCompiler(query, connection).existsSql();
            return !connection.query(sql, rs -> Boolean.TRUE).isEmpty();
        } catch (EmptyResultSet empty) {
            return false;
        }
    }

    /** Return the first row in this order (by primary key when unordered), if any. */
    public Optional<R> first() {
        if (resultCache != null && query.isOrdered()) {
            return resultCache.stream().findFirst();
        }
        S ordered = query.isOrdered() ? copy(query.copy(), db) : orderBy("pk");
        return ordered.slice(0, 1).list().stream().findFirst();
    }

    /** Return the last row in this order (by primary key when unordered), if any. */
    public Optional<R> last() {
        S ordered = query.isOrdered() ? reverse() : orderBy("-pk");
        return ordered.slice(0, 1).list().stream().findFirst();
    }

    /** Return the one row matching {@code path = value}. */
    public R get(String path, Object value) {
        return filter(path, value).get();
    }

    /** Return the one row matching {@code conditions}. */
    public R get(Q... conditions) {
        return filter(conditions).get();
    }

    /**
     * Return the one row of this queryset.
     *
     * @throws dev.reinhardt.exceptions.ObjectDoesNotExist       when there is none (the model's own subclass if declared)
     * @throws dev.reinhardt.exceptions.MultipleObjectsReturned  when there are several
     */
    public R get() {
        Query copy = query.copy();
        if (!copy.isSliced()) {
            copy.setOrdering(List.of());
            copy.setLimits(0, (long) MAX_GET_RESULTS);
        }
        List<R> rows = copy(copy, db).list();
        if (rows.size() == 1) {
            return rows.getFirst();
        }
        if (rows.isEmpty()) {
            throw options.doesNotExist();
        }
        if (rows.size() == MAX_GET_RESULTS) {
            throw options.multipleObjectsReturnedMoreThan(MAX_GET_RESULTS - 1);
        }
        throw options.multipleObjectsReturned(rows.size());
    }

    /** Return the aggregate {@code expression} over the rows, as {@code {alias: value}}. */
    public Map<String, Object> aggregate(String alias, Expression expression) {
        Map<String, Expression> one = new LinkedHashMap<>();
        one.put(alias, expression);
        return aggregate(one);
    }

    /**
     * Return each aggregate of {@code aggregates} over the rows, by alias.
     *
     * @throws FieldError when an alias is not an identifier or an expression is no aggregate
     */
    public Map<String, Object> aggregate(Map<String, ? extends Expression> aggregates) {
        notSupportedAfterCombining("aggregate");
        for (var entry : aggregates.entrySet()) {
            Query.checkAlias(entry.getKey());
            if (!entry.getValue().containsAggregate()) {
                throw new FieldError(entry.getValue() + " is not an aggregate expression.");
            }
        }
        return aggregateRow(aggregates, false);
    }

    private Map<String, Object> aggregateRow(Map<String, ? extends Expression> aggregates, boolean countOnly) {
        Map<String, Expression> resolved = new LinkedHashMap<>();
        Query copy = query.copy();
        copy.clearSelectRelated();
        aggregates.forEach((alias, expression) -> resolved.put(alias, expression.resolve(copy)));
        DatabaseWrapper connection = connection();
        SqlCompiler compiler = new SqlCompiler(copy, connection);
        Map<String, Object> result = new LinkedHashMap<>();
        Sql sql;
        try {
            sql = compiler.aggregateSql(resolved);
        } catch (EmptyResultSet empty) {
            resolved.forEach((alias, expression) -> result.put(alias, expression instanceof Count ? 0L : null));
            return result;
        }
        List<String> aliases = new ArrayList<>(resolved.keySet());
        ValueReader[] readers = resolved.values().stream().map(e -> e.reader(connection)).toArray(ValueReader[]::new);
        connection.query(sql, rs -> {
            for (int i = 0; i < readers.length; i++) {
                result.put(aliases.get(i), readers[i].read(rs, i + 1));
            }
            return null;
        });
        return countOnly ? result : java.util.Collections.unmodifiableMap(result);
    }

    /** Return the database's plan for this query. */
    public String explain() {
        return explain(null, Map.of());
    }

    /** Return the plan in {@code format} with EXPLAIN {@code options} (names are checked against a fixed set). */
    public String explain(String format, Map<String, Boolean> explainOptions) {
        java.util.Set<String> known = java.util.Set.of("analyze", "verbose", "costs", "buffers", "timing", "summary",
                "settings", "wal");
        for (String name : explainOptions.keySet()) {
            if (!known.contains(name)) {
                throw new IllegalArgumentException("Unknown EXPLAIN option '" + name + "'. Choices are: "
                        + String.join(", ", new java.util.TreeSet<>(known)) + ".");
            }
        }
        if (format != null && !java.util.Set.of("text", "json", "xml", "yaml").contains(format.toLowerCase())) {
            throw new IllegalArgumentException("Unknown EXPLAIN format '" + format + "'. Choices are: json, text, xml, yaml.");
        }
        DatabaseWrapper connection = connection();
        Sql sql = new SqlCompiler(query, connection).explainSql(format, explainOptions);
        List<String> lines = connection.query(sql, rs -> {
            int columns = rs.getMetaData().getColumnCount();
            List<String> parts = new ArrayList<>();
            for (int i = 1; i <= columns; i++) {
                parts.add(String.valueOf(rs.getObject(i)));
            }
            return String.join(" ", parts);
        });
        return String.join("\n", lines);
    }

    /** Return a copy of the plan; its {@code toString()} is the SQL with parameters inlined, for reading. */
    public Query query() {
        return query.copy();
    }

    /** Return the SQL and parameters this queryset runs on its database. */
    public Sql sql() {
        return new SqlCompiler(query, connection()).asSql();
    }

    /** Return the plan as a one-column subquery: its values, or its primary keys; unordered unless sliced. */
    @Override
    public Query subquery() {
        Query copy = query.copy();
        if (copy.valuesSelect() == null) {
            copy.setValues(List.of(options.pk().name()));
        }
        if (!copy.isSliced() && copy.isOrdered()) {
            // The order of an IN list changes nothing, and under DISTINCT it would add select columns.
            copy.setOrdering(List.of());
        }
        return copy;
    }

    @Override
    public String toString() {
        List<R> rows = resultCache != null ? resultCache : slice(0, 21).list();
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < Math.min(rows.size(), 20); i++) {
            shown.add(String.valueOf(rows.get(i)));
        }
        if (rows.size() > 20) {
            shown.add("...(remaining elements truncated)...");
        }
        return "<" + getClass().getSimpleName() + " " + shown + ">";
    }
}
