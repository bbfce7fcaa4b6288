package dev.reinhardt.core.server.autoreload;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The changes not yet applied to the running server: they pile up while the
 * sources do not compile, and are cleared once a reload has applied them.
 */
final class Changes {

    private final ProjectLayout layout;
    private boolean sourcesChanged;
    private final Set<Path> deletedSources = new TreeSet<>();
    private final Set<Path> resources = new TreeSet<>();

    Changes(ProjectLayout layout) {
        this.layout = layout;
    }

    /**
     * Add the watcher's {@code paths} and return those that call for a
     * reload: Java sources, and anything below the resources.
     */
    List<Path> add(Collection<Path> paths) {
        List<Path> relevant = new ArrayList<>();
        for (Path path : paths) {
            if (path.startsWith(layout.sources())) {
                boolean javaFile = path.getFileName().toString().endsWith(".java");
                // A directory stands for changes the watcher lost track of (an overflow).
                if (javaFile || Files.isDirectory(path)) {
                    sourcesChanged = true;
                    relevant.add(path);
                    if (javaFile && !Files.exists(path)) {
                        deletedSources.add(path);
                    } else {
                        deletedSources.remove(path);
                    }
                }
            } else if (path.startsWith(layout.resources())) {
                resources.add(path);
                relevant.add(path);
            }
        }
        return relevant;
    }

    /** Return whether a Java source changed, so the sources must be compiled. */
    boolean sourcesChanged() {
        return sourcesChanged;
    }

    /** Return the Java sources deleted, whose classes are to go. */
    Set<Path> deletedSources() {
        return deletedSources;
    }

    /** Return the resources created, changed or deleted. */
    Set<Path> resources() {
        return resources;
    }

    /** Forget the changes: they are applied. */
    void clear() {
        sourcesChanged = false;
        deletedSources.clear();
        resources.clear();
    }
}
