package bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code bench/run} refuses options it cannot use before it builds or starts
 * anything, naming the option and what it takes.
 */
class RunOptionsTest {

    /** The script, from the module directory Maven runs the tests in. */
    private static final Path RUN = Path.of("..", "run").toAbsolutePath().normalize();

    private record Result(int exitCode, String stderr) {
    }

    private static Result run(String... options) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", RUN.toString()));
        command.addAll(List.of(options));
        Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("bench/run answered within 30 s").isTrue();
        return new Result(process.exitValue(), new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @CsvSource({"--rounds, 0", "--rounds, two", "--key-rounds, 0", "--key-rounds, -3"})
    void roundsThatAreNotAWholeNumberOfAtLeastOneAreRefusedWithTheOptionNamed(String option, String value)
            throws Exception {
        Result result = run(option, value);

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stderr()).isEqualTo("bench/run: " + option
                + " takes a whole number of rounds, at least 1, not '" + value + "'.\n");
    }

    @Test
    void anUnknownOptionIsRefusedWithAPointerToTheHelp() throws Exception {
        Result result = run("--fast");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stderr()).contains("unknown option '--fast'").contains("bench/run --help");
    }

    @Test
    void theHelpListsTheKeyRoundsOption() throws Exception {
        Process process = new ProcessBuilder("bash", RUN.toString(), "--help").start();
        String help = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
        assertThat(help).contains("--key-rounds N").contains("6 for /json and /db");
    }
}
