package shop;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ./manage runserver} of a project made by {@code startproject}, as a
 * user runs it: edits to its sources are served without a restart by hand.
 */
class AutoreloadTest {

    /** How long a change may take to be served on a loaded machine; the tests go on as soon as it is. */
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @TempDir
    static Path dir;

    static Path project;

    @BeforeAll
    static void createProjectWithAView() throws Exception {
        ManageScriptTest.Result created = ManageScriptTest.manage(Map.of(), "startproject", "mysite",
                dir.resolve("mysite").toString());
        assertThat(created.status()).as(created.err()).isZero();
        project = dir.resolve("mysite");
        Files.writeString(project.resolve("src/main/java/mysite/config/Urls.java"), """
                package mysite.config;

                import dev.reinhardt.urls.UrlConf;
                import dev.reinhardt.urls.UrlPattern;
                import mysite.Hello;

                import java.util.List;

                import static dev.reinhardt.urls.Urls.path;

                public final class Urls implements UrlConf {
                    @Override
                    public List<UrlPattern> urlpatterns() {
                        return List.of(path("hello/", Hello::hello, "hello"));
                    }
                }
                """);
        writeHello("return new HttpResponse(\"Hello v1\");");
        Path base = project.resolve("src/main/java/mysite/config/settings/Base.java");
        Files.writeString(base, Files.readString(base).replace("        installedApps = List.of();\n",
                "        installedApps = List.of();\n        rootUrlconf = mysite.config.Urls.class;\n"));
    }

    @Test
    void editsAreServedCompileErrorsAreShownAndTheOldAppAnswersMeanwhile() throws Exception {
        build();
        int port = freePort();
        Path log = Files.createTempFile(dir, "runserver", ".log");
        Process server = startRunserver(log, "127.0.0.1:" + port);
        try {
            awaitBody(port, "Hello v1", log);
            assertThat(Files.readString(log)).contains("Watching for file changes with WatchService");

            writeHello("return new HttpResponse(\"Hello v2\");");
            awaitBody(port, "Hello v2", log);
            assertThat(Files.readString(log)).contains("src/main/java/mysite/Hello.java changed, reloading.");

            writeHello("return new HttpResponse(\"Hello v3\")");
            awaitLog(log, "src/main/java/mysite/Hello.java:8: error: ';' expected\n"
                    + "        return new HttpResponse(\"Hello v3\")\n");
            assertThat(get(port)).as("the last code that compiled still answers").isEqualTo("Hello v2");

            writeHello("return new HttpResponse(\"Hello v3\");");
            awaitBody(port, "Hello v3", log);

            Path development = project.resolve("src/main/java/mysite/config/settings/Development.java");
            String settings = Files.readString(development);
            Files.writeString(development, settings.replace("        debug = true;\n", "        debug = true;\n"
                    + "        secretKey = dev.reinhardt.conf.Env.env(\"AUTORELOAD_TEST_MISSING\");\n"));
            awaitLog(log, "The server exited with status 1. Fix the error and save to start it again.");
            assertThat(Files.readString(log)).contains("Set the environment variable AUTORELOAD_TEST_MISSING");

            Files.writeString(development, settings);
            writeHello("return new HttpResponse(\"Hello v4\");");
            awaitBody(port, "Hello v4", log);

            List<ProcessHandle> children = server.descendants().toList();
            assertThat(children).as("the server runs in a child JVM").isNotEmpty();
            server.destroy();
            assertThat(server.waitFor(30, TimeUnit.SECONDS)).as(Files.readString(log)).isTrue();
            for (ProcessHandle child : children) {
                child.onExit().get(30, TimeUnit.SECONDS);
                assertThat(child.isAlive()).as("child JVM " + child.pid() + " is left running").isFalse();
            }
        } finally {
            stop(server);
        }
    }

    @Test
    void noreloadServesInThisJvmAndDoesNotWatch() throws Exception {
        build();
        int port = freePort();
        Path log = Files.createTempFile(dir, "runserver", ".log");
        Process server = startRunserver(log, "127.0.0.1:" + port, "--noreload");
        try {
            awaitBody(port, null, log);
            assertThat(server.descendants().toList()).as("no child JVM").isEmpty();
            assertThat(Files.readString(log)).doesNotContain("Watching for file changes")
                    .contains("Starting development server at http://127.0.0.1:" + port + "/");
            server.destroy();
            assertThat(server.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            stop(server);
        }
    }

    /** Build as the manage script would, but offline: the tests' Maven repository already has everything. */
    private static void build() throws Exception {
        ManageScriptTest.Result built = ManageScriptTest.run(project, Map.of(),
                List.of("./mvnw", "-q", "-B", "-o", "-DskipTests", "process-classes"));
        assertThat(built.status()).as(built.out() + built.err()).isZero();
    }

    private static void writeHello(String statement) throws IOException {
        Path hello = project.resolve("src/main/java/mysite/Hello.java");
        Files.createDirectories(hello.getParent());
        Files.writeString(hello, """
                package mysite;

                import dev.reinhardt.http.HttpRequest;
                import dev.reinhardt.http.HttpResponse;

                public final class Hello {
                    public static HttpResponse hello(HttpRequest request) {
                        %s
                    }
                }
                """.formatted(statement));
    }

    private static Process startRunserver(Path log, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("./manage", "runserver"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().remove("REINHARDT_SETTINGS_MODULE");
        builder.environment().remove("REINHARDT_RELOADER");
        return builder.start();
    }

    /** Wait until GET /hello/ answers {@code expected}, or anything when it is null. */
    private static void awaitBody(int port, String expected, Path log) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        String body = null;
        while (System.nanoTime() < deadline) {
            body = get(port);
            if (body != null && (expected == null || body.equals(expected))) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("GET /hello/ did not answer " + expected + " within " + PATIENCE
                + "; last answer: " + body + "\n" + Files.readString(log));
    }

    private static void awaitLog(Path log, String expected) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.readString(log, StandardCharsets.UTF_8).contains(expected)) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("The output did not show " + expected + " within " + PATIENCE + ":\n"
                + Files.readString(log));
    }

    /** Return the body of GET /hello/, or null while no server listens (it is restarting). */
    private static String get(int port) throws InterruptedException {
        try (HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()) {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/hello/")).timeout(Duration.ofSeconds(20)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? response.body() : null;
        } catch (IOException notListening) {
            return null;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Leave nothing running whatever happened: the server and, when reloading, its child JVM. */
    private static void stop(Process server) throws InterruptedException {
        List<ProcessHandle> children = server.descendants().toList();
        server.destroy();
        if (!server.waitFor(30, TimeUnit.SECONDS)) {
            server.destroyForcibly();
        }
        children.forEach(ProcessHandle::destroyForcibly);
    }
}
