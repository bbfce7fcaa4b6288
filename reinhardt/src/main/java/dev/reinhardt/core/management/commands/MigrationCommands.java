package dev.reinhardt.core.management.commands;

import dev.reinhardt.apps.AppConfig;
import dev.reinhardt.apps.Apps;
import dev.reinhardt.apps.LookupException;
import dev.reinhardt.core.management.CommandError;
import dev.reinhardt.db.migrations.MigrationError;
import dev.reinhardt.db.migrations.MigrationQuestioner;
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
