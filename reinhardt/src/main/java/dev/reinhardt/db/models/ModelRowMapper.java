package dev.reinhardt.db.models;

import dev.reinhardt.db.backends.base.DatabaseWrapper;
import dev.reinhardt.db.backends.base.RowMapper;
import dev.reinhardt.db.backends.base.ValueReader;
import dev.reinhardt.db.models.fields.ColumnLoader;
import dev.reinhardt.db.models.sql.Query;
import dev.reinhardt.db.models.sql.SqlCompiler;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

/**
 * The single way rows become model instances (Django's {@code Model.from_db}):
 * readers and field loaders are resolved once per query shape (see
 * {@link ModelRowPlan}), so each row costs one constructor call and one read
 * and one write per column; primitive fields take the driver's value unboxed
 * (see {@link ColumnLoader}). The models {@code selectRelated} joined are
 * built from the same row and cached in their {@code Ref}s. Instances of one
 * query (or one chunk of a stream) become peers and share one
 * {@link ModelState}; see {@link FetchMode}.
 */
final class ModelRowMapper<T extends Model> implements RowMapper<T> {

    private static final Query.KnownRelated[] NO_KNOWN = {};

    private final Options<T> options;
    private final String[] annotations;
    private final ValueReader[] readers;
    private final ColumnLoader[] loaders;
    private final int mainWidth;
    private final ColumnRun main;
    private final ModelRowPlan.Node[] related;
    private final ModelRowPlan<T> plan;
    private final Query.KnownRelated[] known;
    private final FetchMode fetchMode;
    /** The state every instance of the current group of peers shares. */
    private ModelState state;
    /** The same for the models of each {@code selectRelated} node, by {@link ModelRowPlan.Node#index}. */
    private final ModelState[] relatedStates;

    /**
     * Map rows of exactly {@code columns} (a raw query's), without related
     * models; {@code readers} read the columns, each field's the field's own reader.
     */
    ModelRowMapper(Options<T> options, List<SqlCompiler.SelectColumn> columns, ValueReader[] readers,
                   DatabaseWrapper connection) {
        this(new ModelRowPlan<>(options, columns, readers, connection, List.of(), false), null);
    }

    private ModelRowMapper(ModelRowPlan<T> plan, Query query) {
        this.plan = plan;
        this.options = plan.options;
        this.annotations = plan.annotations;
        this.readers = plan.readers;
        this.loaders = plan.loaders;
        this.mainWidth = plan.mainWidth;
        this.main = plan.main;
        this.related = plan.related;
        List<Query.KnownRelated> knownRelated = query == null ? List.of() : query.knownRelated();
        this.known = knownRelated.isEmpty() ? NO_KNOWN : knownRelated.toArray(Query.KnownRelated[]::new);
        this.fetchMode = query == null ? null : query.fetchMode();
        this.relatedStates = new ModelState[plan.nodeCount];
        startGroup();
    }

    /** Return the mapper of {@code query}'s rows, as {@code compiler} compiled them, reusing the shape's plan. */
    @SuppressWarnings("unchecked")
    static <T extends Model> ModelRowMapper<T> of(Options<T> options, SqlCompiler compiler, DatabaseWrapper connection,
                                                  Query query) {
        ModelRowPlan<T> plan;
        if (compiler.rowPlan() instanceof ModelRowPlan<?> kept && kept.options == options) {
            plan = (ModelRowPlan<T>) kept;
        } else {
            List<SqlCompiler.SelectColumn> columns = compiler.selectColumns();
            plan = new ModelRowPlan<>(options, columns, compiler.readers(columns), connection,
                    compiler.relatedSelections(), compiler.keepsRowPlans());
            compiler.keepRowPlan(plan);
        }
        return new ModelRowMapper<>(plan, query);
    }

    /** Start a new group of peers: the instances mapped from now on are loaded together. */
    void startGroup() {
        state = ModelState.loaded(plan.alias, new PeerGroup(), fetchMode, plan.deferred);
        for (int i = 0; i < relatedStates.length; i++) {
            relatedStates[i] = ModelState.loaded(plan.alias, new PeerGroup(), fetchMode, Set.of());
        }
    }

    @Override
    public T map(ResultSet rs) throws SQLException {
        T instance = options.newInstance();
        if (main != null) {
            main.load(rs, instance);
        } else {
            for (int i = 0; i < mainWidth; i++) {
                if (annotations[i] == null) {
                    loaders[i].load(rs, i + 1, instance);
                } else {
                    instance.putAnnotation(annotations[i], readers[i].read(rs, i + 1));
                }
            }
        }
        instance.setState(state);
        state.peers().add(instance);
        for (Query.KnownRelated relation : known) {
            if (relation.key().equals(relation.field().get(instance))
                    && relation.field().holder(instance) instanceof Ref<?> ref) {
                ref.cache((Model) relation.instance());
            }
        }
        for (ModelRowPlan.Node node : related) {
            attach(instance, node, rs);
        }
        options.initialized(instance);
        return instance;
    }

    private void attach(Model parent, ModelRowPlan.Node node, ResultSet rs) throws SQLException {
        Model child = null;
        if (!node.selection.optional() || readers[node.pkIndex].read(rs, node.pkIndex + 1) != null) {
            Options<Model> childOptions = node.options;
            child = childOptions.newInstance();
            node.columns.load(rs, child);
            ModelState childState = relatedStates[node.index];
            child.setState(childState);
            childState.peers().add(child);
            for (ModelRowPlan.Node grandchild : node.children) {
                attach(child, grandchild, rs);
            }
            childOptions.initialized(child);
        }
        RelatedLoader.cache(parent, node.selection.part(), child);
    }
}
