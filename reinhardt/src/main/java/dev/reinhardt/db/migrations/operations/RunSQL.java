package dev.reinhardt.db.migrations.operations;

import dev.reinhardt.db.backends.base.SchemaEditor;
import dev.reinhardt.db.migrations.state.ProjectState;

import java.util.ArrayList;
import java.util.List;

/**
 * Run SQL written by hand; with reverse SQL it can be undone, and
 * {@link #withStateOperations} tells the migration state what the SQL
 * changed (Django's {@code RunSQL}).
 *
 * <pre>{@code
 * RunSQL.of("UPDATE orders_order SET status = 'open' WHERE status = 'new'")
 *         .reverse("UPDATE orders_order SET status = 'new' WHERE status = 'open'")
 * }</pre>
 *
 * @param sql             the statements run forwards
 * @param reverseSql      the statements run backwards, or null when irreversible
 * @param stateOperations the operations whose state changes the SQL stands for
 */
public record RunSQL(List<String> sql, List<String> reverseSql, List<Operation> stateOperations) implements Operation {

    /** The statement that does nothing, for an operation reversible without work. */
    public static final String NOOP = "";

    public RunSQL {
        sql = List.copyOf(sql);
        reverseSql = reverseSql == null ? null : List.copyOf(reverseSql);
        stateOperations = List.copyOf(stateOperations);
    }

    /** Return an operation that runs {@code statements} forwards and cannot be undone. */
    public static RunSQL of(String... statements) {
        return new RunSQL(List.of(statements), null, List.of());
    }

    /** Return a copy that runs {@code statements} backwards ({@link #NOOP} for nothing). */
    public RunSQL reverse(String... statements) {
        return new RunSQL(sql, List.of(statements), stateOperations);
    }

    /** Return a copy whose state changes are those of {@code operations}. */
    public RunSQL withStateOperations(Operation... operations) {
        return new RunSQL(sql, reverseSql, List.of(operations));
    }

    @Override
    public ProjectState stateForwards(String appLabel, ProjectState state) {
        return SeparateDatabaseAndState.stateForwards(appLabel, state, stateOperations);
    }

    @Override
    public void databaseForwards(String appLabel, SchemaEditor editor, ProjectState from, ProjectState to) {
        run(editor, sql);
    }

    @Override
    public void databaseBackwards(String appLabel, SchemaEditor editor, ProjectState from, ProjectState to) {
        if (reverseSql == null) {
            throw new IrreversibleError("RunSQL " + summary() + " has no reverse SQL and cannot be undone. Give it "
                    + "one with .reverse(...) (RunSQL.NOOP when nothing needs undoing).");
        }
        run(editor, reverseSql);
    }

    private static void run(SchemaEditor editor, List<String> statements) {
        for (String statement : statements) {
            if (!statement.isBlank()) {
                editor.runStatement(statement);
            }
        }
    }

    @Override
    public boolean reversible() {
        return reverseSql != null;
    }

    @Override
    public String describe() {
        return "Raw SQL operation";
    }

    private String summary() {
        String first = sql.isEmpty() ? "" : sql.getFirst();
        return "'" + (first.length() > 60 ? first.substring(0, 57) + "..." : first) + "'";
    }

    @Override
    public String toJava(JavaSource source) {
        StringBuilder out = new StringBuilder(source.call(RunSQL.class, "of", sql.toArray()));
        if (reverseSql != null) {
            out.append(source.chained("reverse", reverseSql.toArray()));
        }
        if (!stateOperations.isEmpty()) {
            List<String> rendered = new ArrayList<>();
            stateOperations.forEach(operation -> rendered.add(operation.toJava(source).replace("\n", "\n        ")));
            out.append("\n        .withStateOperations(").append(String.join(", ", rendered)).append(')');
        }
        return out.toString();
    }
}
