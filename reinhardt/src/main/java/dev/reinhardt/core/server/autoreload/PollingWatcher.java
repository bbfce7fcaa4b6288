package dev.reinhardt.core.server.autoreload;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/**
 * A {@link FileWatcher} that scans the trees every interval and compares each
 * file's modification time and size with the previous scan (Django's
 * {@code StatReloader}). Works on any file system, network and container
 * mounts included, at the cost of a walk per interval.
 */
final class PollingWatcher implements FileWatcher {

    private record Stamp(FileTime modified, long size) {
    }

    private final List<Path> roots;
    private final long intervalNanos;
    private Map<Path, Stamp> snapshot;
    private long nextScan;
    private volatile boolean closed;

    PollingWatcher(List<Path> roots, Duration interval) throws IOException {
        this.roots = roots.stream().map(Path::toAbsolutePath).toList();
        this.intervalNanos = interval.toNanos();
        this.snapshot = scan();
        this.nextScan = System.nanoTime() + intervalNanos;
    }

    @Override
    public String name() {
        return "polling (every " + Duration.ofNanos(intervalNanos).toMillis() + " ms)";
    }

    @Override
    public Set<Path> poll(Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!closed) {
            long now = System.nanoTime();
            if (now - nextScan >= 0) {
                Map<Path, Stamp> current = scan();
                nextScan = now + intervalNanos;
                Set<Path> changed = difference(snapshot, current);
                snapshot = current;
                if (!changed.isEmpty()) {
                    return changed;
                }
            }
            if (now - deadline >= 0) {
                break;
            }
            TimeUnit.NANOSECONDS.sleep(Math.min(deadline, nextScan) - now);
        }
        return Set.of();
    }

    private static Set<Path> difference(Map<Path, Stamp> before, Map<Path, Stamp> after) {
        Set<Path> changed = new TreeSet<>();
        after.forEach((path, stamp) -> {
            if (!Objects.equals(before.get(path), stamp)) {
                changed.add(path);
            }
        });
        before.keySet().stream().filter(path -> !after.containsKey(path)).forEach(changed::add);
        return changed;
    }

    private Map<Path, Stamp> scan() throws IOException {
        Map<Path, Stamp> files = new HashMap<>();
        for (Path root : roots) {
            try {
                Files.walkFileTree(root, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                        if (attributes.isRegularFile() && !EditorFiles.isTemporary(file)) {
                            files.put(file, new Stamp(attributes.lastModifiedTime(), attributes.size()));
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                        if (e instanceof NoSuchFileException) {
                            return FileVisitResult.CONTINUE;
                        }
                        throw e;
                    }
                });
            } catch (NoSuchFileException gone) {
                // A root deleted while running: its files show up as deleted.
            }
        }
        return files;
    }

    @Override
    public void close() {
        closed = true;
    }
}
