package dev.reinhardt.db.migrations;

import dev.reinhardt.db.migrations.operations.Operation;
import dev.reinhardt.db.migrations.state.ProjectState;

import java.util.List;

/**
 * One migration of an app (Django's {@code Migration}): a Java class in the
 * app's {@code migrations} package, compiled with the project, named
 * {@code M<number>_<name>} ({@code M0002_order_status} is migration
 * {@code 0002_order_status}).
 *
 * <pre>{@code
 * public final class M0002_order_status extends Migration {
 *
 *     @Override
 *     public List<String> dependencies() {
 *         return List.of("orders.0001_initial");
 *     }
 *
 *     @Override
 *     public List<Operation> operations() {
 *         return List.of(
 *                 AddField.of("Order", "status", field("CharField", "maxLength", 20, "dbDefault", "new")));
 *     }
 * }
 * }</pre>
 *
 * <p>Subclasses need a constructor without parameters. {@code makemigrations}
 * writes them; people review them and may edit them, most often to add a
 * {@link dev.reinhardt.db.migrations.operations.RunJava} data migration.
 */
public abstract class Migration {

    private String appLabel;
    private String name;
    private List<Operation> operations;

    /** Return the migrations this one needs first, as {@code "app_label.name"} ({@code "app.__first__"} for an app's first). */
    public List<String> dependencies() {
        return List.of();
    }

    /** Return the operations, in order. */
    public abstract List<Operation> operations();

    /** Return whether this migration creates its app's first tables ({@code migrate --fake-initial} looks at these). */
    public boolean initial() {
        return false;
    }

    /** Return whether the migration runs in one transaction where the backend can roll back schema changes. */
    public boolean atomic() {
        return true;
    }

    /** Return the migrations a squashed migration stands for, as {@code "app_label.name"}. */
    public List<String> replaces() {
        return List.of();
    }

    /** Return the migrations that must run after this one (Django's {@code run_before}), as {@code "app_label.name"}. */
    public List<String> runBefore() {
        return List.of();
    }

    /** Return the app label. */
    public final String appLabel() {
        return appLabel;
    }

    /** Return the migration name, such as {@code "0002_order_status"}. */
    public final String name() {
        return name;
    }

    /** Return the key {@code app_label.name}. */
    public final MigrationKey key() {
        return new MigrationKey(appLabel, name);
    }

    /** Return the operations, built once. */
    public final List<Operation> operationList() {
        List<Operation> current = operations;
        if (current == null) {
            current = List.copyOf(operations());
            operations = current;
        }
        return current;
    }

    /** Return {@code state} after this migration's operations. */
    public final ProjectState apply(ProjectState state) {
        for (Operation operation : operationList()) {
            state = operation.stateForwards(appLabel, state);
        }
        return state;
    }

    /** Set the identity the loader found this migration under; once. */
    final Migration bind(String appLabel, String name) {
        if (this.appLabel != null && !(this.appLabel.equals(appLabel) && this.name.equals(name))) {
            throw new IllegalStateException("Migration " + key() + " is already bound.");
        }
        this.appLabel = appLabel;
        this.name = name;
        return this;
    }

    /**
     * Return a migration built in code rather than declared as a class (for
     * tools and tests): {@code makemigrations} writes such migrations out as classes.
     */
    public static Migration of(String appLabel, String name, List<String> dependencies, List<Operation> operations,
                               boolean initial, List<String> replaces) {
        return new Built(List.copyOf(dependencies), List.copyOf(operations), initial, List.copyOf(replaces))
                .bind(appLabel, name);
    }

    private static final class Built extends Migration {
        private final List<String> dependencies;
        private final List<Operation> operations;
        private final boolean initial;
        private final List<String> replaces;

        Built(List<String> dependencies, List<Operation> operations, boolean initial, List<String> replaces) {
            this.dependencies = dependencies;
            this.operations = operations;
            this.initial = initial;
            this.replaces = replaces;
        }

        @Override
        public List<String> dependencies() {
            return dependencies;
        }

        @Override
        public List<Operation> operations() {
            return operations;
        }

        @Override
        public boolean initial() {
            return initial;
        }

        @Override
        public List<String> replaces() {
            return replaces;
        }
    }

    /** Return the migration name of the class {@code simpleName}: {@code M0002_x} is {@code 0002_x}. */
    public static String nameOf(String simpleName) {
        boolean numbered = simpleName.length() > 1 && simpleName.charAt(0) == 'M'
                && Character.isDigit(simpleName.charAt(1));
        return numbered ? simpleName.substring(1) : simpleName;
    }

    /** Return the class name of migration {@code name}: {@code 0002_x} is {@code M0002_x}. */
    public static String classNameOf(String name) {
        return !name.isEmpty() && Character.isDigit(name.charAt(0)) ? "M" + name : name;
    }

    @Override
    public String toString() {
        return appLabel == null ? getClass().getSimpleName() : key().toString();
    }
}
