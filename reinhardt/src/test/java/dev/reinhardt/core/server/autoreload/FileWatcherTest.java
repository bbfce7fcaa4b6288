package dev.reinhardt.core.server.autoreload;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** Both watchers, on real files in a temporary folder. */
class FileWatcherTest {

    /** Long enough for a loaded machine; the tests end as soon as the change shows up. */
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    enum Kind {
        WATCH_SERVICE, POLLING;

        FileWatcher watch(Path root) throws IOException {
            return switch (this) {
                case WATCH_SERVICE -> FileWatcher.create(List.of(root), false, note -> {
                    throw new AssertionError("expected the OS's file events, got: " + note);
                });
                case POLLING -> new PollingWatcher(List.of(root), Duration.ofMillis(50));
            };
        }
    }

    @TempDir
    Path root;

    @ParameterizedTest
    @EnumSource(Kind.class)
    void createdFileIsReported(Kind kind) throws Exception {
        try (FileWatcher watcher = kind.watch(root)) {
            Path file = Files.writeString(root.resolve("Views.java"), "class Views {}");
            assertThat(changesUntil(watcher, file)).contains(file);
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void modifiedFileIsReported(Kind kind) throws Exception {
        Path file = Files.writeString(root.resolve("Views.java"), "class Views {}");
        try (FileWatcher watcher = kind.watch(root)) {
            Files.writeString(file, "class Views { int changed; }");
            assertThat(changesUntil(watcher, file)).contains(file);
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void deletedFileIsReported(Kind kind) throws Exception {
        Path file = Files.writeString(root.resolve("Views.java"), "class Views {}");
        try (FileWatcher watcher = kind.watch(root)) {
            Files.delete(file);
            assertThat(changesUntil(watcher, file)).contains(file);
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void fileInANewNestedDirectoryIsReported(Kind kind) throws Exception {
        try (FileWatcher watcher = kind.watch(root)) {
            Path file = Files.createDirectories(root.resolve("shop/orders/views")).resolve("Detail.java");
            Files.writeString(file, "class Detail {}");
            assertThat(changesUntil(watcher, file)).contains(file);
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void laterChangeInANewNestedDirectoryIsReported(Kind kind) throws Exception {
        try (FileWatcher watcher = kind.watch(root)) {
            Path file = Files.createDirectories(root.resolve("shop/orders")).resolve("Detail.java");
            Files.writeString(file, "class Detail {}");
            changesUntil(watcher, file);
            Files.writeString(file, "class Detail { int changed; }");
            assertThat(changesUntil(watcher, file)).contains(file);
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void editorScratchFilesAreNotReported(Kind kind) throws Exception {
        try (FileWatcher watcher = kind.watch(root)) {
            List<Path> scratch = List.of(root.resolve(".Views.java.swp"), root.resolve("Views.java~"),
                    root.resolve("#Views.java#"), root.resolve(".#Views.java"), root.resolve("4913"),
                    root.resolve("Views.java___jb_tmp___"));
            for (Path file : scratch) {
                Files.writeString(file, "scratch");
            }
            Path saved = Files.writeString(root.resolve("Views.java"), "class Views {}");
            Set<Path> changes = changesUntil(watcher, saved);
            assertThat(changes).contains(saved).doesNotContainAnyElementsOf(scratch);
        }
    }

    @Test
    void pollingIsUsedWhenAskedFor() throws Exception {
        try (FileWatcher watcher = FileWatcher.create(List.of(root), true, note -> { })) {
            assertThat(watcher).isInstanceOf(PollingWatcher.class);
            assertThat(watcher.name()).isEqualTo("polling (every 1000 ms)");
        }
    }

    @Test
    void pollReturnsNothingWhenNothingChanged() throws Exception {
        try (FileWatcher watcher = Kind.WATCH_SERVICE.watch(root)) {
            assertThat(watcher.poll(Duration.ofMillis(10))).isEmpty();
        }
    }

    /** Return every change reported until {@code expected} is among them. */
    private static Set<Path> changesUntil(FileWatcher watcher, Path expected) throws Exception {
        Set<Path> seen = new TreeSet<>();
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!seen.contains(expected) && System.nanoTime() < deadline) {
            seen.addAll(watcher.poll(Duration.ofMillis(200)));
        }
        if (!seen.contains(expected)) {
            throw new AssertionError(expected + " was not reported within " + PATIENCE + "; reported: "
                    + new ArrayList<>(seen));
        }
        return seen;
    }
}
