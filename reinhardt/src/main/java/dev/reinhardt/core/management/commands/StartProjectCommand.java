package dev.reinhardt.core.management.commands;

import dev.reinhardt.Reinhardt;
import dev.reinhardt.core.management.BaseCommand;
import dev.reinhardt.core.management.CommandError;
import dev.reinhardt.core.management.Templates;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Map;
import java.util.stream.Stream;

/** {@code manage startproject NAME [DIRECTORY]}: create a new project. */
@Command(name = "startproject",
        description = "Create a Reinhardt project NAME in DIRECTORY (default: a new folder NAME in the current one).")
public final class StartProjectCommand extends BaseCommand {

    private static final String KEY_CHARACTERS = "abcdefghijklmnopqrstuvwxyz0123456789!@#%^&*(-_=+)";

    @Parameters(index = "0", paramLabel = "NAME", description = "The project's name, also its Java package.")
    String name;

    @Parameters(index = "1", arity = "0..1", paramLabel = "DIRECTORY", description = "Where to create it.")
    Path directory;

    @Override
    protected boolean requiresSettings() {
        return false;
    }

    @Override
    protected void handle() throws IOException {
        Names.requirePackageName(name, "project");
        Path target = directory != null ? directory : Path.of(name);
        if (Files.exists(target) && !isEmptyDirectory(target)) {
            throw new CommandError("'" + target + "' already exists and is not empty. Choose another name or "
                    + "directory, or empty it first.");
        }
        Files.createDirectories(target);
        Templates.render("project", target, Map.of(
                "project_name", name,
                "reinhardt_version", Reinhardt.version(),
                "secret_key", secretKey()));
        if (verbosity() > 0) {
            stdout().println(style().success("Created project '" + name + "' in " + target.toAbsolutePath().normalize()
                    + "."));
            stdout().println("Next: cd " + target + " && ./manage runserver");
        }
    }

    private static boolean isEmptyDirectory(Path path) throws IOException {
        if (!Files.isDirectory(path)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(path)) {
            return entries.findAny().isEmpty();
        }
    }

    /** Return a random development key, marked insecure so {@code check --deploy} flags it. */
    private static String secretKey() {
        SecureRandom random = new SecureRandom();
        StringBuilder key = new StringBuilder("reinhardt-insecure-");
        for (int i = 0; i < 50; i++) {
            key.append(KEY_CHARACTERS.charAt(random.nextInt(KEY_CHARACTERS.length())));
        }
        return key.toString();
    }
}
