package dev.reinhardt.db.migrations.operations;

import dev.reinhardt.db.backends.base.DatabaseWrapper;
import dev.reinhardt.db.backends.base.SchemaEditor;
import dev.reinhardt.db.migrations.state.HistoricalApps;
import dev.reinhardt.db.migrations.state.ProjectState;

import java.io.Serializable;
import java.lang.invoke.SerializedLambda;
import java.lang.reflect.Method;

/**
 * A data migration: Java code run with the historical models of that point
 * in history (Django's {@code RunPython}). Write the code as static methods
 * of the migration class and pass method references, so the code never
 * uses the current model classes and {@code squashmigrations} can carry the
 * references into a squashed migration.
 *
 * <pre>{@code
 * public final class M0004_fill_codes extends Migration {
 *     public List<Operation> operations() {
 *         return List.of(RunJava.of(M0004_fill_codes::forwards).reverse(RunJava::noop));
 *     }
 *
 *     static void forwards(HistoricalApps apps, DatabaseWrapper connection) {
 *         HistoricalModel order = apps.getModel("orders", "Order");
 *         ...
 *     }
 * }
 * }</pre>
 *
 * @param code        the code run forwards
 * @param reverseCode the code run backwards, or null when irreversible
 */
public record RunJava(Code code, Code reverseCode) implements Operation {

    /** Code of a data migration; a method reference to a static method. */
    @FunctionalInterface
    public interface Code extends Serializable {
        /** Do the data migration on {@code connection}, with the historical models {@code apps}. */
        void run(HistoricalApps apps, DatabaseWrapper connection) throws Exception;
    }

    /** Return an operation that runs {@code code} forwards and cannot be undone. */
    public static RunJava of(Code code) {
        return new RunJava(code, null);
    }

    /** Return a copy that runs {@code reverse} backwards ({@code RunJava::noop} when nothing needs undoing). */
    public RunJava reverse(Code reverse) {
        return new RunJava(code, reverse);
    }

    /** Do nothing: the reverse of a data migration that needs no undoing. */
    public static void noop(HistoricalApps apps, DatabaseWrapper connection) {
        // Deliberately empty.
    }

    @Override
    public ProjectState stateForwards(String appLabel, ProjectState state) {
        return state;
    }

    @Override
    public void databaseForwards(String appLabel, SchemaEditor editor, ProjectState from, ProjectState to) {
        run(code, editor, from);
    }

    @Override
    public void databaseBackwards(String appLabel, SchemaEditor editor, ProjectState from, ProjectState to) {
        if (reverseCode == null) {
            throw new IrreversibleError("RunJava " + reference(code) + " has no reverse code and cannot be undone. "
                    + "Give it one with .reverse(...) (RunJava::noop when nothing needs undoing).");
        }
        run(reverseCode, editor, from);
    }

    private static void run(Code code, SchemaEditor editor, ProjectState state) {
        if (editor.collectsOnly()) {
            return;
        }
        try {
            code.run(new HistoricalApps(state, editor.connection()), editor.connection());
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Data migration " + reference(code) + " failed: " + e, e);
        }
    }

    @Override
    public boolean reversible() {
        return reverseCode != null;
    }

    @Override
    public String describe() {
        return "Raw Java operation";
    }

    @Override
    public String toJava(JavaSource source) {
        String call = source.type(RunJava.class) + ".of(" + render(source, code) + ")";
        return reverseCode == null ? call : call + "\n        .reverse(" + render(source, reverseCode) + ")";
    }

    private static String render(JavaSource source, Code code) {
        SerializedLambda lambda = serialized(code);
        if (lambda == null || lambda.getImplMethodName().startsWith("lambda$")) {
            throw new IllegalStateException("Cannot write the data migration code " + reference(code) + " into a "
                    + "migration: it is a lambda. Move the code into a static method and pass a method reference, "
                    + "such as RunJava.of(M0004_fill_codes::forwards).");
        }
        String owner = lambda.getImplClass().replace('/', '.');
        return source.type(owner) + "::" + lambda.getImplMethodName();
    }

    /** Return a readable name of {@code code}: {@code Class::method} for a method reference. */
    static String reference(Code code) {
        SerializedLambda lambda = serialized(code);
        if (lambda == null) {
            return code.toString();
        }
        String owner = lambda.getImplClass();
        return owner.substring(owner.lastIndexOf('/') + 1) + "::" + lambda.getImplMethodName();
    }

    private static SerializedLambda serialized(Code code) {
        try {
            Method writeReplace = code.getClass().getDeclaredMethod("writeReplace");
            writeReplace.setAccessible(true);
            return writeReplace.invoke(code) instanceof SerializedLambda lambda ? lambda : null;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
