package dev.reinhardt.core.server.autoreload;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.ObjIntConsumer;

/**
 * The server running in a child JVM, with its standard streams shared with
 * this one. Thread-safe.
 */
final class ServerProcess {

    private final Process process;
    private volatile boolean stopRequested;

    private ServerProcess(Process process) {
        this.process = process;
    }

    /**
     * Return the command that runs {@code mainClass} with {@code arguments}
     * in a JVM like this one: the same {@code java}, JVM options and class path.
     */
    static List<String> javaCommand(String mainClass, List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(arguments);
        return List.copyOf(command);
    }

    /**
     * Start {@code command}; {@code onUnexpectedExit} receives the server and
     * its exit status when it ends without {@link #stop} having been asked for.
     */
    static ServerProcess start(List<String> command, ObjIntConsumer<ServerProcess> onUnexpectedExit) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        Map<String, String> environment = builder.environment();
        // This JVM's options already carry what these variables added: do not add it twice.
        environment.remove("JDK_JAVA_OPTIONS");
        environment.remove("JAVA_TOOL_OPTIONS");
        environment.remove("_JAVA_OPTIONS");
        ServerProcess server = new ServerProcess(builder.start());
        server.process.onExit().thenAccept(ended -> {
            if (!server.stopRequested) {
                onUnexpectedExit.accept(server, ended.exitValue());
            }
        });
        return server;
    }

    /**
     * Ask the server to stop (SIGTERM: it lets in-flight requests finish) and
     * wait for it; kill it when it has not ended within {@code grace}.
     */
    void stop(Duration grace) throws InterruptedException {
        stopRequested = true;
        process.destroy();
        if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            process.waitFor();
        }
    }
}
