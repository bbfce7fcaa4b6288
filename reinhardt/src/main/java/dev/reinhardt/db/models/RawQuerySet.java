package dev.reinhardt.db.models;

import dev.reinhardt.db.Connections;
import dev.reinhardt.db.backends.base.DatabaseWrapper;
import dev.reinhardt.db.backends.base.Sql;
import dev.reinhardt.db.backends.base.ValueReader;
import dev.reinhardt.db.models.fields.Field;
import dev.reinhardt.exceptions.FieldError;

import dev.reinhardt.db.backends.base.RowMapper;
import dev.reinhardt.db.models.sql.SqlCompiler;

import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * Model instances from hand-written SQL (Django's {@code raw()}): columns
 * fill the fields with the same names; other columns become annotations.
 * Parameters are always bound. Runs on first iteration and caches the rows.
 */
public final class RawQuerySet<T extends Model> implements Iterable<T> {

    private final Options<T> options;
    private final Sql sql;
    private final String db;
    private List<T> resultCache;

    RawQuerySet(Options<T> options, Sql sql, String db) {
        this.options = options;
        this.sql = sql;
        this.db = db;
    }

    /** Return this raw query on the database {@code alias}. */
    public RawQuerySet<T> using(String alias) {
        return new RawQuerySet<>(options, sql, alias);
    }

    /**
     * Return every row as an instance.
     *
     * @throws FieldError when the SQL does not select the primary key
     */
    public List<T> list() {
        if (resultCache == null) {
            DatabaseWrapper connection = Connections.get(db == null ? Connections.DEFAULT_DB_ALIAS : db);
            resultCache = List.copyOf(connection.query(sql, lazyMapper(connection)));
        }
        return resultCache;
    }

    /** Return a mapper that reads the result's column labels on the first row, then maps like any query. */
    private RowMapper<T> lazyMapper(DatabaseWrapper connection) {
        List<ModelRowMapper<T>> resolved = new ArrayList<>(1);
        return rs -> {
            if (resolved.isEmpty()) {
                resolved.add(mapperFor(rs.getMetaData(), connection));
            }
            return resolved.getFirst().map(rs);
        };
    }

    private ModelRowMapper<T> mapperFor(ResultSetMetaData meta, DatabaseWrapper connection) throws SQLException {
        int count = meta.getColumnCount();
        List<SqlCompiler.SelectColumn> columns = new ArrayList<>();
        ValueReader[] readers = new ValueReader[count];
        boolean hasPk = false;
        for (int i = 1; i <= count; i++) {
            String label = meta.getColumnLabel(i);
            Field field = options.fields().stream()
                    .filter(f -> f.column().toLowerCase(Locale.ROOT).equals(label.toLowerCase(Locale.ROOT)))
                    .findFirst().orElse(null);
            hasPk |= field != null && field.primaryKey();
            columns.add(new SqlCompiler.SelectColumn(null, field == null ? label : null, field));
            readers[i - 1] = field != null ? field.reader(connection) : (rs, index) -> rs.getObject(index);
        }
        if (!hasPk) {
            throw new FieldError("Raw query must include the primary key.");
        }
        return new ModelRowMapper<>(options, columns, readers, connection);
    }

    @Override
    public Iterator<T> iterator() {
        return list().iterator();
    }

    @Override
    public String toString() {
        return "<RawQuerySet: " + sql.display() + ">";
    }
}
