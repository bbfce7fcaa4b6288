package dev.reinhardt.db.models;

import dev.reinhardt.db.backends.base.DatabaseWrapper;
import dev.reinhardt.db.backends.base.RowMapper;
import dev.reinhardt.db.backends.base.ValueReader;
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
 * readers and field handles are resolved once per query, so each row costs
 * one constructor call and one read and one {@code VarHandle} write per column.
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

    /** Map rows of exactly {@code columns} (a raw query's), without related models. */
    ModelRowMapper(Options<T> options, List<SqlCompiler.SelectColumn> columns, ValueReader[] readers, String alias) {
        this(options, columns, readers, alias, List.of(), null);
    }

    ModelRowMapper(Options<T> options, List<SqlCompiler.SelectColumn> columns, ValueReader[] readers, String alias,
                   List<RelatedSelection> selections, Query query) {
        this.options = options;
        this.alias = alias;
        this.readers = readers;
        int width = columns.size() - selections.stream().mapToInt(RelatedSelection::width).sum();
        this.mainWidth = width;
        this.fields = new Field[width];
        this.annotations = new String[width];
        Set<String> missing = new HashSet<>(options.fieldNames());
        for (int i = 0; i < width; i++) {
            fields[i] = columns.get(i).field();
            annotations[i] = columns.get(i).alias();
            if (fields[i] != null && annotations[i] == null) {
                missing.remove(fields[i].name());
            }
        }
        this.deferred = Set.copyOf(missing);
        this.related = new ArrayList<>();
        int start = width;
        for (RelatedSelection selection : selections) {
            start = plan(selection, start, related);
        }
        this.known = query == null ? List.of() : query.knownRelated();
        this.fetchMode = query == null ? null : query.fetchMode();
        startGroup();
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
        return new ModelRowMapper<>(options, columns, compiler.readers(columns), connection.alias(),
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
            Object value = readers[i].read(rs, i + 1);
            if (annotations[i] == null) {
                fields[i].set(instance, value);
            } else {
                instance.putAnnotation(annotations[i], value);
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
        if (readers[node.start + node.pkOffset].read(rs, node.start + node.pkOffset + 1) != null) {
            @SuppressWarnings("unchecked")
            Options<Model> childOptions = (Options<Model>) selection.options();
            child = childOptions.newInstance();
            List<Field> childFields = selection.fields();
            for (int i = 0; i < childFields.size(); i++) {
                int index = node.start + i;
                childFields.get(i).set(child, readers[index].read(rs, index + 1));
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
