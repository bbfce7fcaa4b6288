package dev.reinhardt.core.management.commands;

import dev.reinhardt.conf.Settings;
import dev.reinhardt.core.management.ManagementUtility;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What runserver refuses before it starts anything; serving and reloading are tested through ./manage in the shop. */
class RunServerCommandTest {

    public static class TestSettings extends Settings {
        public TestSettings() {
            debug = true;
            allowedHosts = List.of("127.0.0.1");
        }
    }

    record Run(int status, String err) {
    }

    private static Run runserver(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new java.util.ArrayList<>(List.of("runserver"));
        all.addAll(List.of(args));
        all.addAll(List.of("--settings", TestSettings.class.getName()));
        int status = new ManagementUtility(new PrintWriter(out), new PrintWriter(err)).execute(all.toArray(String[]::new));
        return new Run(status, err.toString());
    }

    @Test
    void portInUseIsReportedBeforeAnyServerStarts() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            Run run = runserver("127.0.0.1:" + taken.getLocalPort());

            assertThat(run.status()).isEqualTo(1);
            assertThat(run.err()).isEqualTo("CommandError: Port " + taken.getLocalPort()
                    + " is already in use. Stop the other process or pass another port.\n");
        }
    }

    @Test
    void settingsFromOutsideAProjectsClassesAskForNoreload() {
        Run run = runserver("127.0.0.1:0");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).startsWith("CommandError: Autoreload watches the sources of the project the settings class "
                        + TestSettings.class.getName() + " belongs to, but it was loaded from ")
                .endsWith("target/test-classes, not from a target/classes folder beside src/main/java. "
                        + "Start the server with the project's ./manage script, or pass --noreload.\n");
    }

    @Test
    void addressOfAnotherMachineIsRefusedWithAHint() {
        Run run = runserver("192.0.2.1:8000");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).startsWith("CommandError: Cannot listen on 192.0.2.1:8000 (")
                .endsWith("). Use an address of this machine, such as 127.0.0.1 or 0.0.0.0.\n");
    }

    @Test
    void badAddressIsRefusedWithExamples() {
        Run run = runserver("localhost:http");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("CommandError: \"localhost:http\" is not a valid port number or address:port "
                + "pair. Use for example 8000, 0.0.0.0:8000 or [::1]:8000.\n");
    }
}
