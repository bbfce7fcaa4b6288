package dev.reinhardt.core.server.autoreload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

/**
 * A {@link FileWatcher} on the OS's file events (inotify on Linux): every
 * directory of the trees is registered, and directories that appear later are
 * registered as their creation is reported.
 */
final class WatchServiceWatcher implements FileWatcher {

    private final WatchService service;
    private final Map<WatchKey, Path> directories = new ConcurrentHashMap<>();

    WatchServiceWatcher(WatchService service, List<Path> roots) throws IOException {
        this.service = service;
        for (Path root : roots) {
            registerTree(root.toAbsolutePath(), new TreeSet<>());
        }
    }

    @Override
    public String name() {
        return "WatchService";
    }

    @Override
    public Set<Path> poll(Duration timeout) throws IOException, InterruptedException {
        Set<Path> changed = new TreeSet<>();
        try {
            WatchKey key = service.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
            while (key != null) {
                collect(key, changed);
                key = service.poll();
            }
        } catch (ClosedWatchServiceException closed) {
            return Set.of();
        }
        return changed;
    }

    private void collect(WatchKey key, Set<Path> changed) throws IOException {
        Path directory = directories.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (directory == null) {
                continue;
            }
            if (event.kind() == OVERFLOW) {
                // Events were lost: report the directory, which makes the caller treat everything in it as changed.
                changed.add(directory);
                continue;
            }
            Path path = directory.resolve((Path) event.context());
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                registerTree(path, changed);
            } else if (!EditorFiles.isTemporary(path)) {
                changed.add(path);
            }
        }
        if (!key.reset()) {
            directories.remove(key);
        }
    }

    /** Watch {@code root} and the directories below it, adding the files already in them to {@code found}. */
    private void registerTree(Path root, Set<Path> found) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.forEach(path -> {
                if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                    register(path);
                } else if (!EditorFiles.isTemporary(path)) {
                    found.add(path);
                }
            });
        } catch (NoSuchFileException gone) {
            // Created and deleted again before it could be watched: nothing to watch.
        } catch (UncheckedIOException e) {
            if (!(e.getCause() instanceof NoSuchFileException)) {
                throw e.getCause();
            }
        }
    }

    private void register(Path directory) {
        try {
            directories.put(directory.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), directory);
        } catch (NoSuchFileException gone) {
            // Deleted while the tree was walked.
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not stop watching files: " + e.getMessage(), e);
        }
    }
}
