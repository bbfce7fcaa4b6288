package dev.reinhardt.core.management.commands;

import dev.reinhardt.apps.AppConfig;
import dev.reinhardt.apps.Apps;
import dev.reinhardt.apps.LookupException;
import dev.reinhardt.core.management.CommandError;
import dev.reinhardt.db.migrations.Migration;
import dev.reinhardt.db.migrations.MigrationError;
import dev.reinhardt.db.migrations.MigrationLoader;
import dev.reinhardt.db.migrations.MigrationQuestioner;
import dev.reinhardt.db.migrations.MigrationWriter;
import dev.reinhardt.db.migrations.operations.IrreversibleError;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/** What the migration commands share: app lookup, the source tree, questioners and error translation. */
final class MigrationCommands {

    private MigrationCommands() {
    }

    /**
     * Return the installed app labelled {@code label}.
     *
     * @throws CommandError naming the installed labels when there is none
     */
    static AppConfig app(Apps apps, String label) {
        try {
            return apps.getAppConfig(label);
        } catch (LookupException e) {
            throw new CommandError("App '" + label + "' could not be found. Is it in installedApps? " + e.getMessage());
        }
    }

    /**
     * Check that the app labelled {@code label} has migrations.
     *
     * @throws CommandError when it has none
     */
    static void requireMigrations(MigrationLoader loader, String label) {
        if (!loader.migratedApps().contains(label)) {
            throw new CommandError("App '" + label + "' does not have migrations.");
        }
    }

    /** Return the package {@code migration} belongs in: its app's migrations package. */
    static String packageOf(Apps apps, Migration migration) {
        return MigrationLoader.migrationsPackage(apps.getAppConfig(migration.appLabel()));
    }

    /**
     * Write {@code migration} as a Java source into its package under the
     * project's source root, and return the file.
     *
     * @throws CommandError when there is no source root, the file exists, or the migration cannot be written as Java
     */
    static Path write(Apps apps, Path projectDirectory, Migration migration) {
        Path root = requireSourceRoot(projectDirectory);
        return run(1, () -> {
            try {
                return MigrationWriter.write(migration, root, packageOf(apps, migration));
            } catch (IllegalStateException e) {
                throw new MigrationError(e.getMessage(), e);
            }
        });
    }

    /** Return the project's Java source root under {@code projectDirectory}. */
    static Path sourceRoot(Path projectDirectory) {
        return projectDirectory.resolve("src/main/java");
    }

    /**
     * Return the source root, which must exist to write migrations into.
     *
     * @throws CommandError with the fix when it does not
     */
    static Path requireSourceRoot(Path projectDirectory) {
        Path root = sourceRoot(projectDirectory);
        if (!Files.isDirectory(root)) {
            throw new CommandError("There is no src/main/java in " + projectDirectory.toAbsolutePath().normalize()
                    + ". Run the command from the project folder, or pass --directory.");
        }
        return root;
    }

    /** Return whether {@code app}'s package is part of the project's sources (so its migrations belong there). */
    static boolean inSourceTree(Path projectDirectory, AppConfig app) {
        return Files.isDirectory(sourceRoot(projectDirectory).resolve(app.name().replace('.', '/')));
    }

    /** Return the questioner: a person at a terminal unless {@code noInput}, else the safe answers. */
    static MigrationQuestioner questioner(boolean noInput, PrintWriter out, PrintWriter err) {
        var console = System.console();
        if (noInput || console == null || !console.isTerminal()) {
            return MigrationQuestioner.nonInteractive(err);
        }
        return MigrationQuestioner.interactive(new BufferedReader(new InputStreamReader(System.in, console.charset())),
                out);
    }

    /** Run {@code work}, turning migration problems into command errors (with {@code exitCode}). */
    static <T> T run(int exitCode, Supplier<T> work) {
        try {
            return work.get();
        } catch (MigrationError | IrreversibleError e) {
            throw new CommandError(e.getMessage(), exitCode);
        }
    }

    /** Return {@code labels} joined for messages: {@code 'a', 'b'}. */
    static String quoted(List<String> labels) {
        return String.join(", ", labels.stream().map(label -> "'" + label + "'").toList());
    }
}
