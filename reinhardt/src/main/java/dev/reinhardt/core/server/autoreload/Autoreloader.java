package dev.reinhardt.core.server.autoreload;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArraySet;

/**
 * Runs a development server in a child JVM and restarts it when the project's
 * sources change (Django's {@code autoreload.run_with_reloader}).
 *
 * <pre>{@code
 * Autoreloader.builder(settings.getClass())
 *         .server("dev.reinhardt.core.management.Main", List.of("runserver", "8000", "--noreload"))
 *         .output(out, err)
 *         .build()
 *         .run();
 * }</pre>
 *
 * <p>This JVM only supervises: it watches {@code src/main/java} and
 * {@code src/main/resources} (also when that is created later), and when
 * files change (after 150 ms without further changes, editor scratch files
 * ignored) it compiles every source in-process into a staging folder. On compile errors it prints each as
 * {@code path/File.java:LINE: error: message} with the source line, and the
 * running server is left alone until the next change. On success it stops
 * the server (in-flight requests finish), installs the new classes and
 * changed resources into {@code target/classes}, and starts a new server.
 * A server that fails at start-up is reported, and the next change starts
 * it again. When this JVM is stopped (Ctrl-C, SIGTERM) it stops the server
 * first; when the server is stopped by such a signal, {@link #run()} returns.
 */
public final class Autoreloader {

    /** How long a burst of changes must be quiet before reloading, so one save is one reload. */
    private static final Duration QUIET = Duration.ofMillis(150);
    /** How often the loop looks up from the watcher to see whether it should end. */
    private static final Duration WAKE = Duration.ofMillis(500);
    /** How long a stopping server may take to finish its requests: the server's own stop timeout, and some. */
    private static final Duration STOP_GRACE = Duration.ofSeconds(15);

    private final ProjectLayout layout;
    private final List<String> command;
    private final boolean poll;
    private final PrintWriter out;
    private final PrintWriter err;
    private final SourceCompiler compiler;
    private final Path workingDirectory = Path.of("").toAbsolutePath();

    private final Object lock = new Object();
    private final Set<ServerProcess> live = new CopyOnWriteArraySet<>();
    private boolean stopping;
    private volatile boolean serverSignalled;
    private Thread warmUp;

    private Autoreloader(Builder builder) {
        this.layout = builder.layout;
        this.command = ServerProcess.javaCommand(builder.mainClass, builder.arguments);
        this.poll = builder.poll;
        this.out = builder.out;
        this.err = builder.err;
        List<Path> classPath = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!entry.isEmpty()) {
                classPath.add(Path.of(entry));
            }
        }
        this.compiler = new SourceCompiler(layout.sources(), layout.classes(), classPath, layout.staging());
    }

    /**
     * Return a builder for the project whose {@code target/classes} folder
     * {@code projectClass} (such as the settings class) was loaded from.
     *
     * @throws IllegalStateException when that class did not come from a project's
     *                               {@code target/classes}, with a message for the user
     */
    public static Builder builder(Class<?> projectClass) {
        return new Builder(ProjectLayout.ofClass(projectClass));
    }

    /**
     * Start the server and restart it on every change until this JVM is
     * stopped or the server is stopped by a signal.
     *
     * @throws IOException when the sources cannot be watched or the server cannot be started
     */
    public void run() throws IOException, InterruptedException {
        FileWatcher watcher = FileWatcher.create(layout.watchedRoots(), poll, err::println);
        Thread hook = Thread.ofPlatform().name("autoreload-stop").unstarted(() -> stopAll(watcher));
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            out.println("Watching for file changes with " + watcher.name());
            out.flush();
            startServer();
            warmUp = Thread.ofPlatform().daemon().priority(Thread.MIN_PRIORITY).name("autoreload-warm-up")
                    .start(this::warmUpCompiler);
            Changes pending = new Changes(layout);
            while (!serverSignalled && !isStopping()) {
                Set<Path> batch = poll(watcher, WAKE);
                if (batch.isEmpty()) {
                    continue;
                }
                for (Set<Path> more = poll(watcher, QUIET); !more.isEmpty(); more = poll(watcher, QUIET)) {
                    batch.addAll(more);
                }
                List<Path> relevant = pending.add(batch);
                if (!relevant.isEmpty()) {
                    out.println(describe(relevant) + " changed, reloading.");
                    out.flush();
                    try {
                        reload(pending);
                    } catch (IOException e) {
                        err.println("Could not reload: " + e.getMessage() + ". Save a file to try again.");
                        err.flush();
                    }
                }
            }
        } finally {
            stopAll(watcher);
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // The hook is running or has run: nothing to remove.
            }
        }
    }

    private Set<Path> poll(FileWatcher watcher, Duration timeout) throws InterruptedException {
        try {
            return new TreeSet<>(watcher.poll(timeout));
        } catch (IOException e) {
            err.println("Could not watch for file changes: " + e.getMessage());
            err.flush();
            return new TreeSet<>();
        }
    }

    /** Compile once while the first server starts: a cold compiler would make the first reload slow. */
    private void warmUpCompiler() {
        try {
            compiler.compile();
        } catch (IOException | RuntimeException e) {
            // Nothing is installed from this compile; the first real one reports whatever went wrong.
        }
    }

    private void reload(Changes pending) throws IOException, InterruptedException {
        if (pending.sourcesChanged()) {
            warmUp.join();
            List<CompileError> errors = compiler.compile();
            if (!errors.isEmpty()) {
                report(errors);
                return;
            }
        }
        stopServer();
        if (pending.sourcesChanged()) {
            compiler.install(pending.deletedSources());
        }
        for (Path resource : pending.resources()) {
            syncResource(resource);
        }
        pending.clear();
        startServer();
    }

    private void report(List<CompileError> errors) {
        for (CompileError error : errors) {
            err.print(error.format(workingDirectory));
        }
        err.println(errors.size() == 1 ? "1 error" : errors.size() + " errors");
        err.println("The server goes on with the code that last compiled. Fix the error and save to reload.");
        err.flush();
    }

    /** Make {@code target/classes} hold what {@code resource} holds now: a copy, or nothing when it was deleted. */
    private void syncResource(Path resource) throws IOException {
        Path target = layout.classes().resolve(layout.resources().relativize(resource).toString());
        if (Files.isDirectory(resource)) {
            try (var walk = Files.walk(resource)) {
                List<Path> files = walk.filter(Files::isRegularFile).filter(path -> !EditorFiles.isTemporary(path)).toList();
                for (Path file : files) {
                    syncResource(file);
                }
            }
        } else if (Files.isRegularFile(resource)) {
            Files.createDirectories(target.getParent());
            Files.copy(resource, target, StandardCopyOption.REPLACE_EXISTING);
        } else if (Files.isRegularFile(target)) {
            // Only files: the resources' folders are the classes' packages too.
            Files.delete(target);
        }
    }

    private void startServer() throws IOException {
        synchronized (lock) {
            if (stopping) {
                return;
            }
            live.add(ServerProcess.start(command, this::serverEnded));
        }
    }

    private void serverEnded(ServerProcess server, int status) {
        live.remove(server);
        if (status == 130 || status == 143) {
            // Ended by SIGINT or SIGTERM, as Ctrl-C in the terminal sends to both JVMs: end as well.
            serverSignalled = true;
            return;
        }
        if (!isStopping()) {
            err.println("The server exited with status " + status + ". Fix the error and save to start it again.");
            err.flush();
        }
    }

    private void stopServer() {
        for (ServerProcess server : live) {
            try {
                server.stop(STOP_GRACE);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            live.remove(server);
        }
    }

    private void stopAll(FileWatcher watcher) {
        synchronized (lock) {
            stopping = true;
        }
        stopServer();
        watcher.close();
    }

    private boolean isStopping() {
        synchronized (lock) {
            return stopping;
        }
    }

    private String describe(List<Path> changed) {
        Path first = changed.getFirst();
        String shown = (first.startsWith(workingDirectory) ? workingDirectory.relativize(first) : first).toString();
        return switch (changed.size()) {
            case 1 -> shown;
            case 2 -> shown + " and 1 other file";
            default -> shown + " and " + (changed.size() - 1) + " other files";
        };
    }

    /** Configures an {@link Autoreloader}. */
    public static final class Builder {
        private final ProjectLayout layout;
        private String mainClass;
        private List<String> arguments;
        private boolean poll;
        private PrintWriter out;
        private PrintWriter err;

        private Builder(ProjectLayout layout) {
            this.layout = layout;
        }

        /**
         * Run the server as {@code mainClass} with {@code arguments}, in a JVM
         * with this one's options and class path. The arguments must make it
         * serve without reloading itself.
         */
        public Builder server(String mainClass, List<String> arguments) {
            this.mainClass = Objects.requireNonNull(mainClass, "mainClass");
            this.arguments = List.copyOf(arguments);
            return this;
        }

        /** Scan for changes every second instead of using the OS's file events. */
        public Builder polling(boolean poll) {
            this.poll = poll;
            return this;
        }

        /** Print progress to {@code out} and compile errors and problems to {@code err}. */
        public Builder output(PrintWriter out, PrintWriter err) {
            this.out = Objects.requireNonNull(out, "out");
            this.err = Objects.requireNonNull(err, "err");
            return this;
        }

        /**
         * Build the autoreloader.
         *
         * @throws IllegalStateException when this Java runtime has no compiler, with a message for the user
         */
        public Autoreloader build() {
            Objects.requireNonNull(mainClass, "server(...) was not called");
            Objects.requireNonNull(out, "output(...) was not called");
            return new Autoreloader(this);
        }
    }
}
