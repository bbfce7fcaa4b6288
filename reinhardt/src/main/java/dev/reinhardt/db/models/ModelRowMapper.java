package dev.reinhardt.db.models;

import dev.reinhardt.db.backends.base.DatabaseWrapper;
import dev.reinhardt.db.backends.base.RowMapper;
import dev.reinhardt.db.backends.base.ValueReader;
import dev.reinhardt.db.models.fields.ColumnLoader;
import dev.reinhardt.db.models.fields.Field;
import dev.reinhardt.db.models.sql.Query;
import dev.reinhardt.db.models.sql.RelatedSelection;
import dev.reinhardt.db.models.sql.SqlCompiler;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The single way rows become model instances (Django's {@code Model.from_db}):
 * readers and field loaders are resolved once per query, so each row costs
 * one constructor call and one read and one write per column; primitive
 * fields take the driver's value unboxed (see {@link ColumnLoader}).
 * The models {@code selectRelated} joined are built from the same row and
 * cached in their {@code Ref}s. Instances of one query (or one chunk of a
 * stream) become peers; see {@link FetchMode}.
 */
final class ModelRowMapper<T extends Model> implements RowMapper<T> {

    private final Options<T> options;
    private final String alias;
    private final Field[] fields;
    private final String[] annotations;
    private final ValueReader[] readers;
    private final ColumnLoader[] loaders;
    private final Set<String> deferred;
    private final int mainWidth;
    private final List<Related> related;
    private final List<Query.KnownRelated> known;
    private final FetchMode fetchMode;
    private PeerGroup group;

    /** A {@code selectRelated} model: where its columns start, how to attach it, and its peers. */
    private static final class Related {
        final RelatedSelection selection;
        final int start;
        final int pkOffset;
        final List<Related> children = new ArrayList<>();
        PeerGroup group;

        Related(RelatedSelection selection, int start) {
            this.selection = selection;
            this.start = start;
            this.pkOffset = selection.fields().indexOf(selection.options().pk());
        }
    }

    /**
     * Map rows of exactly {@code columns} (a raw query's), without related
     * models; {@code readers} read the columns, each field's the field's own reader.
     */
    ModelRowMapper(Options<T> options, List<SqlCompiler.SelectColumn> columns, ValueReader[] readers,
                   DatabaseWrapper connection) {
        this(options, columns, readers, connection, List.of(), null);
    }

    ModelRowMapper(Options<T> options, List<SqlCompiler.SelectColumn> columns, ValueReader[] readers,
                   DatabaseWrapper connection, List<RelatedSelection> selections, Query query) {
        this.options = options;
        this.alias = connection.alias();
        this.readers = readers;
        this.loaders = new ColumnLoader[columns.size()];
        for (int i = 0; i < loaders.length; i++) {
            SqlCompiler.SelectColumn column = columns.get(i);
            if (column.field() != null && column.alias() == null) {
                loaders[i] = column.field().loader(connection);
            }
        }
        int width = columns.size() - selections.stream().mapToInt(RelatedSelection::width).sum();
        this.mainWidth = width;
        this.fields = new Field[width];
        this.annotations = new String[width];
        int loaded = 0;
        for (int i = 0; i < width; i++) {
            fields[i] = columns.get(i).field();
            annotations[i] = columns.get(i).alias();
            if (fields[i] != null && annotations[i] == null && options.isLocal(fields[i])) {
                loaded++;
            }
        }
        // Most queries load every field: tell so without building sets of names for each query.
        this.deferred = loaded == options.fieldNames().size() && distinct(fields) ? Set.of()
                : deferred(options, fields, annotations);
        this.related = new ArrayList<>();
        int start = width;
        for (RelatedSelection selection : selections) {
            start = plan(selection, start, related);
        }
        this.known = query == null ? List.of() : query.knownRelated();
        this.fetchMode = query == null ? null : query.fetchMode();
        startGroup();
    }

    private static boolean distinct(Field[] fields) {
        for (int i = 0; i < fields.length; i++) {
            for (int j = i + 1; j < fields.length; j++) {
                if (fields[i] != null && fields[i] == fields[j]) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Return the names of the fields the columns leave out ({@code only()}, {@code defer()}). */
    private static Set<String> deferred(Options<?> options, Field[] fields, String[] annotations) {
        Set<String> missing = new HashSet<>(options.fieldNames());
        for (int i = 0; i < fields.length; i++) {
            if (fields[i] != null && annotations[i] == null) {
                missing.remove(fields[i].name());
            }
        }
        return Set.copyOf(missing);
    }

    private static int plan(RelatedSelection selection, int start, List<Related> into) {
        Related node = new Related(selection, start);
        into.add(node);
        int next = start + selection.fields().size();
        for (RelatedSelection child : selection.children()) {
            next = plan(child, next, node.children);
        }
        return next;
    }

    static <T extends Model> ModelRowMapper<T> of(Options<T> options, SqlCompiler compiler, DatabaseWrapper connection,
                                                  Query query) {
        List<SqlCompiler.SelectColumn> columns = compiler.selectColumns();
        return new ModelRowMapper<>(options, columns, compiler.readers(columns), connection,
                compiler.relatedSelections(), query);
    }

    /** Start a new group of peers: the instances mapped from now on are loaded together. */
    void startGroup() {
        group = new PeerGroup();
        startGroups(related);
    }

    private static void startGroups(List<Related> nodes) {
        for (Related node : nodes) {
            node.group = new PeerGroup();
            startGroups(node.children);
        }
    }

    @Override
    public T map(ResultSet rs) throws SQLException {
        T instance = options.newInstance();
        for (int i = 0; i < mainWidth; i++) {
            if (annotations[i] == null) {
                loaders[i].load(rs, i + 1, instance);
            } else {
                instance.putAnnotation(annotations[i], readers[i].read(rs, i + 1));
            }
        }
        instance.state().loaded(alias, group, fetchMode, deferred);
        group.add(instance);
        for (Query.KnownRelated relation : known) {
            if (relation.key().equals(relation.field().get(instance))
                    && relation.field().holder(instance) instanceof Ref<?> ref) {
                ref.cache((Model) relation.instance());
            }
        }
        for (Related node : related) {
            attach(instance, node, rs);
        }
        options.initialized(instance);
        return instance;
    }

    private void attach(Model parent, Related node, ResultSet rs) throws SQLException {
        RelatedSelection selection = node.selection;
        Model child = null;
        int pkIndex = node.start + node.pkOffset;
        if (!selection.optional() || readers[pkIndex].read(rs, pkIndex + 1) != null) {
            @SuppressWarnings("unchecked")
            Options<Model> childOptions = (Options<Model>) selection.options();
            child = childOptions.newInstance();
            int end = node.start + selection.fields().size();
            for (int index = node.start; index < end; index++) {
                loaders[index].load(rs, index + 1, child);
            }
            child.state().loaded(alias, node.group, fetchMode);
            node.group.add(child);
            for (Related grandchild : node.children) {
                attach(child, grandchild, rs);
            }
            childOptions.initialized(child);
        }
        RelatedLoader.cache(parent, selection.part(), child);
    }
}
