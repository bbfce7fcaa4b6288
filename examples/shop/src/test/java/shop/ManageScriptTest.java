package shop;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs the shop's real {@code ./manage} script as a user does, in a child process. */
class ManageScriptTest {

    private static final Path SHOP = Path.of("").toAbsolutePath();

    record Result(int status, String out, String err) {
    }

    static Result run(Path dir, Map<String, String> env, List<String> command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().remove("REINHARDT_SETTINGS_MODULE");
        builder.environment().putAll(env);
        Path out = Files.createTempFile("manage", ".out");
        Path err = Files.createTempFile("manage", ".err");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        boolean finished = process.waitFor(5, TimeUnit.MINUTES);
        if (!finished) {
            process.destroyForcibly();
            throw new AssertionError("timed out: " + command);
        }
        Result result = new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(out);
        Files.delete(err);
        return result;
    }

    static Result manage(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(SHOP.resolve("manage").toString()));
        command.addAll(List.of(args));
        return run(SHOP, env, command);
    }

    @Test
    void checkPassesForTheShop() throws Exception {
        Result result = manage(Map.of(), "check");
        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.out()).isEqualTo("System check identified no issues (0 silenced).\n");
    }

    @Test
    void mistypedCommandGetsADidYouMeanLine() throws Exception {
        Result result = manage(Map.of(), "runservr");
        assertThat(result.status()).isEqualTo(1);
        assertThat(result.err()).isEqualTo("Unknown command: 'runservr'. Did you mean 'runserver'?\n"
                + "Type 'manage help' for usage.\n");
    }

    @Test
    void unknownSettingsClassIsOneClearLine() throws Exception {
        Result result = manage(Map.of("REINHARDT_SETTINGS_MODULE", "no.such.Settings"), "check");
        assertThat(result.status()).isEqualTo(1);
        assertThat(result.err()).isEqualTo("ImproperlyConfigured: Settings class 'no.such.Settings' (from "
                + "REINHARDT_SETTINGS_MODULE) was not found. Check the name and that the project is built.\n");
    }

    @Test
    void productionSettingsNameTheMissingVariable() throws Exception {
        Result result = manage(Map.of(), "check", "--settings", "shop.config.settings.Production");
        assertThat(result.status()).isEqualTo(1);
        assertThat(result.err()).isEqualTo("ImproperlyConfigured: Settings class 'shop.config.settings.Production' "
                + "(from --settings) is improperly configured: Set the environment variable SECRET_KEY: the settings "
                + "need it and it has no default.\n");
    }

    @Test
    void shellRunsCodeWithTheShopsSettingsLoaded() throws Exception {
        Result result = manage(Map.of(), "shell", "-c",
                "System.out.println(\"apps=\" + Apps.registry().getAppConfigs().size() + \" debug=\" + Settings.current().debug());");
        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.out()).contains("apps=2 debug=true");
    }

    @Test
    void runserverServesTheShopAndStopsGracefullyOnSigterm() throws Exception {
        int port;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        ProcessBuilder builder = new ProcessBuilder(SHOP.resolve("manage").toString(), "runserver",
                "127.0.0.1:" + port, "--noreload").directory(SHOP.toFile()).redirectErrorStream(true);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().remove("REINHARDT_SETTINGS_MODULE");
        Path log = Files.createTempFile("runserver", ".log");
        Process server = builder.redirectOutput(log.toFile()).start();
        try (java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient()) {
            java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create("http://127.0.0.1:" + port + "/")).build();
            java.net.http.HttpResponse<String> response = null;
            for (int attempt = 0; attempt < 100 && response == null; attempt++) {
                try {
                    response = client.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
                } catch (java.net.ConnectException notYet) {
                    Thread.sleep(100);
                }
            }
            assertThat(response).as(Files.readString(log)).isNotNull();
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("<h1>Shop</h1>");
        } finally {
            server.destroy();
            assertThat(server.waitFor(20, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(Files.readString(log)).contains("Starting development server at http://127.0.0.1:" + port + "/");
        Files.delete(log);
    }

    @Test
    void startprojectMakesAProjectWhoseTestsAndChecksPass(@TempDir Path dir) throws Exception {
        Result created = manage(Map.of(), "startproject", "mysite", dir.resolve("mysite").toString());
        assertThat(created.status()).as(created.err()).isZero();
        Path project = dir.resolve("mysite");

        Result tests = run(project, Map.of(), List.of("./mvnw", "-q", "-B", "-o", "test"));
        assertThat(tests.status()).as(tests.out() + tests.err()).isZero();

        assertThat(Files.readString(project.resolve("manage")).replace("mysite.config", "shop.config"))
                .as("the shop's manage script is the one startproject generates")
                .isEqualTo(Files.readString(SHOP.resolve("manage")));

        Result check = run(project, Map.of(), List.of("./manage", "check"));
        assertThat(check.status()).as(check.err()).isZero();
        assertThat(check.out()).isEqualTo("System check identified no issues (0 silenced).\n");
    }
}
