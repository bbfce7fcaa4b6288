package dev.reinhardt.core.server.autoreload;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.WatchService;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Watches directory trees and reports the files created, modified or
 * deleted in them, editor scratch files left out ({@link EditorFiles}).
 * Directories created later are watched too.
 *
 * <p>Not thread-safe: one thread polls; {@link #close()} may come from any thread.
 */
interface FileWatcher extends AutoCloseable {

    /** How often the polling watcher scans the trees. */
    Duration POLL_INTERVAL = Duration.ofSeconds(1);

    /**
     * Return a watcher of {@code roots}: the OS's file events through a
     * {@link WatchService}, or modification-time polling when {@code poll} is
     * set or no native watch service is available. Why polling was chosen
     * over a failing watch service goes to {@code notes}.
     */
    static FileWatcher create(List<Path> roots, boolean poll, Consumer<String> notes) throws IOException {
        if (!poll) {
            WatchService service = null;
            try {
                service = FileSystems.getDefault().newWatchService();
                // The JDK's own fallback scans every 10 s or so: slower than ours.
                if (!service.getClass().getName().endsWith("PollingWatchService")) {
                    return new WatchServiceWatcher(service, roots);
                }
                service.close();
            } catch (IOException | UnsupportedOperationException e) {
                if (service != null) {
                    service.close();
                }
                notes.accept("The OS's file watching is unavailable (" + e.getMessage() + "); polling instead.");
            }
        }
        return new PollingWatcher(roots, POLL_INTERVAL);
    }

    /** Return how this watcher watches, for the "Watching for file changes with ..." line. */
    String name();

    /**
     * Wait up to {@code timeout} for changes and return the absolute paths of
     * the files that changed, or an empty set when none did. A deleted
     * directory may be reported as a path of its own.
     *
     * @throws IOException when a new directory cannot be watched
     */
    Set<Path> poll(Duration timeout) throws IOException, InterruptedException;

    /** Stop watching and release the OS's resources. */
    @Override
    void close();
}
