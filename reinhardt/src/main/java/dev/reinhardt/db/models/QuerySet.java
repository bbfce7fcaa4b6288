package dev.reinhardt.db.models;

import dev.reinhardt.db.models.sql.Query;

import java.util.List;

/** The standard queryset of model instances; see {@link BaseQuerySet} and {@link AbstractQuerySet}. */
public final class QuerySet<T extends Model> extends BaseQuerySet<T, QuerySet<T>> {

    public QuerySet(QuerySetState<T> state) {
        super(state, QuerySet::new);
    }

    /** Return a queryset over {@code query} that answers with {@code rows} (prefetched objects) until chained. */
    static <T extends Model> QuerySet<T> cached(Options<?> options, Query query, String db, List<T> rows) {
        @SuppressWarnings("unchecked")
        Options<T> typed = (Options<T>) options;
        QuerySet<T> queryset = new QuerySet<>(new QuerySetState<>(typed, query, db));
        queryset.primeCache(rows);
        return queryset;
    }

    /** Return a queryset of every {@code model} row on the default database. */
    public static <T extends Model> QuerySet<T> of(Class<T> model) {
        Options<T> options = Options.of(model);
        return new QuerySet<>(new QuerySetState<>(options, new Query(options), null));
    }
}
