package dev.reinhardt.db.models;

import dev.reinhardt.db.backends.base.DatabaseWrapper;
import dev.reinhardt.db.backends.base.ValueReader;
import dev.reinhardt.db.models.fields.ColumnLoader;
import dev.reinhardt.db.models.fields.Field;
import dev.reinhardt.db.models.sql.RelatedSelection;
import dev.reinhardt.db.models.sql.SqlCompiler;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What turning the rows of one select list into instances needs, resolved
 * once: each column's loader, the annotations, the fields the columns leave
 * out, and where each {@code selectRelated} model's columns are. Queries of
 * one shape on one connection share it (it is kept beside the shape's
 * compiled SQL); the state of each query is its {@link ModelRowMapper}'s.
 * Immutable and thread-safe.
 */
final class ModelRowPlan<T extends Model> {

    private static final Node[] NO_NODES = {};

    final Options<T> options;
    final String alias;
    final String[] annotations;
    final ValueReader[] readers;
    final ColumnLoader[] loaders;
    final Set<String> deferred;
    final int mainWidth;
    /** The loads of the model's own columns, or null when annotations are among them. */
    final ColumnRun main;
    final Node[] related;
    /** How many nodes {@link #related} holds, children included. */
    final int nodeCount;

    /** A {@code selectRelated} model: where its columns are and how it attaches to its parent. */
    static final class Node {
        final RelatedSelection selection;
        final Options<Model> options;
        final int start;
        final int end;
        final int pkIndex;
        /** The position of this node among all nodes of the plan, depth first. */
        final int index;
        final ColumnRun columns;
        final Node[] children;

        /**
         * Plan {@code selection}, whose columns start at {@code start}, and its
         * children, loading with {@code loaders}; {@code count} numbers them.
         */
        @SuppressWarnings("unchecked")
        Node(RelatedSelection selection, int start, ColumnLoader[] loaders, boolean spin, int[] count) {
            this.selection = selection;
            this.options = (Options<Model>) selection.options();
            this.start = start;
            this.end = start + selection.fields().size();
            this.pkIndex = start + selection.fields().indexOf(selection.options().pk());
            this.index = count[0]++;
            this.columns = ColumnRun.of(loaders, start, end, spin ? options.columnRuns() : null);
            this.children = plan(selection.children(), end, loaders, spin, count);
        }
    }

    /**
     * Plan rows of exactly {@code columns}, read by {@code readers} on
     * {@code connection}: the model's columns, then those of {@code selections};
     * {@code shared} when many queries will use the plan (see {@link ColumnRun}).
     */
    ModelRowPlan(Options<T> options, List<SqlCompiler.SelectColumn> columns, ValueReader[] readers,
                 DatabaseWrapper connection, List<RelatedSelection> selections, boolean shared) {
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
        Field[] fields = new Field[width];
        this.annotations = new String[width];
        int loaded = 0;
        boolean annotated = false;
        for (int i = 0; i < width; i++) {
            fields[i] = columns.get(i).field();
            annotations[i] = columns.get(i).alias();
            if (fields[i] != null && annotations[i] == null && options.isLocal(fields[i])) {
                loaded++;
            }
            annotated |= annotations[i] != null;
        }
        this.main = annotated ? null : ColumnRun.of(loaders, 0, width, shared ? options.columnRuns() : null);
        // Most queries load every field: tell so without building sets of names.
        this.deferred = loaded == options.fieldNames().size() && distinct(fields) ? Set.of()
                : deferred(options, fields, annotations);
        int[] count = {0};
        this.related = plan(selections, width, loaders, shared, count);
        this.nodeCount = count[0];
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

    /** Return the nodes of {@code selections}, whose columns start at {@code start}, numbering them in {@code count}. */
    private static Node[] plan(List<RelatedSelection> selections, int start, ColumnLoader[] loaders, boolean spin,
                               int[] count) {
        if (selections.isEmpty()) {
            return NO_NODES;
        }
        Node[] nodes = new Node[selections.size()];
        int next = start;
        for (int i = 0; i < nodes.length; i++) {
            RelatedSelection selection = selections.get(i);
            nodes[i] = new Node(selection, next, loaders, spin, count);
            next += selection.width();
        }
        return nodes;
    }
}
