package dev.reinhardt.core.server.autoreload;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.List;

/**
 * Where a Maven project keeps what the autoreloader works on: its sources
 * ({@code src/main/java}), resources ({@code src/main/resources}) and
 * compiled classes ({@code target/classes}).
 *
 * @param root      the project folder, the one with the {@code pom.xml}
 * @param sources   the Java sources
 * @param resources the resources, which may not exist
 * @param classes   the compiled classes and copied resources
 */
record ProjectLayout(Path root, Path sources, Path resources, Path classes) {

    /** Return the layout of the project folder {@code root}. */
    static ProjectLayout of(Path root) {
        Path absolute = root.toAbsolutePath().normalize();
        return new ProjectLayout(absolute, absolute.resolve("src/main/java"), absolute.resolve("src/main/resources"),
                absolute.resolve("target/classes"));
    }

    /**
     * Return the layout of the project whose {@code target/classes} folder
     * {@code projectClass} was loaded from, as the {@code manage} script
     * loads the settings class.
     *
     * @throws IllegalStateException when the class came from elsewhere, such as a jar
     */
    static ProjectLayout ofClass(Class<?> projectClass) {
        CodeSource codeSource = projectClass.getProtectionDomain().getCodeSource();
        Path location = null;
        if (codeSource != null && codeSource.getLocation() != null) {
            try {
                location = Path.of(codeSource.getLocation().toURI()).toAbsolutePath().normalize();
            } catch (URISyntaxException | IllegalArgumentException notAFile) {
                location = null;
            }
        }
        if (location != null && location.endsWith(Path.of("target", "classes")) && Files.isDirectory(location)) {
            ProjectLayout layout = of(location.getParent().getParent());
            if (Files.isDirectory(layout.sources())) {
                return layout;
            }
        }
        throw new IllegalStateException("Autoreload watches the sources of the project the settings class "
                + projectClass.getName() + " belongs to, but it was loaded from "
                + (location == null ? "an unknown place" : location)
                + ", not from a target/classes folder beside src/main/java. "
                + "Start the server with the project's ./manage script, or pass --noreload.");
    }

    /**
     * Return the folders to watch: {@code src/main}, which holds the sources
     * and the resources, so that a resources folder created later is seen too.
     */
    List<Path> watchedRoots() {
        return List.of(sources.getParent());
    }

    /** Return the folder the compiler stages its output in before it replaces the classes. */
    Path staging() {
        return root.resolve("target/autoreload-classes");
    }
}
