package bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ReportTest {

    @TempDir
    Path dir;

    private JsonNode report(String raw) throws Exception {
        Path input = Files.writeString(dir.resolve("raw.tsv"), raw);
        Path output = dir.resolve("latest.json");
        Report.main(new String[] {input.toString(), output.toString(), "threads=2"});
        return new ObjectMapper().readTree(output.toFile());
    }

    @Test
    void eachEndpointGetsMediansOverTheRoundsAndTheRatioOfThem() throws Exception {
        JsonNode json = report("""
                startup\t1\treinhardt\t900
                load\t1\treinhardt\tjson\t800.0\t4.0\t0\t200\t12.5
                load\t1\tbaseline\tjson\t1000.0\t3.0\t0\t180\t10.0
                startup\t1\tbaseline\t700
                load\t2\tbaseline\tjson\t1200.0\t5.0\t0\t190\t11.0
                load\t2\treinhardt\tjson\t1000.0\t6.0\t0\t210\t13.5
                startup\t2\treinhardt\t1100
                startup\t2\tbaseline\t500
                """);

        JsonNode endpoint = json.get("endpoints").get("json");
        assertThat(endpoint.get("reinhardt_rps").asDouble()).isEqualTo(900.0);
        assertThat(endpoint.get("baseline_rps").asDouble()).isEqualTo(1100.0);
        assertThat(endpoint.get("ratio").asDouble()).isEqualTo(0.818);
        assertThat(endpoint.get("reinhardt_p99_ms").asDouble()).isEqualTo(5.0);
        assertThat(endpoint.get("baseline_p99_ms").asDouble()).isEqualTo(4.0);
        assertThat(endpoint.get("reinhardt_cpu_us_per_req").asDouble()).isEqualTo(13.0);
        assertThat(endpoint.get("errors").asInt()).isZero();
        assertThat(json.get("startup_ms").get("reinhardt").asInt()).isEqualTo(1000);
        assertThat(json.get("startup_ms").get("baseline").asInt()).isEqualTo(600);
        assertThat(json.get("rss_mb").get("reinhardt").asInt()).isEqualTo(210);
        assertThat(json.get("rss_mb").get("baseline").asInt()).isEqualTo(190);
    }

    @Test
    void errorsOfBothServersAreCountedPerEndpoint() throws Exception {
        JsonNode json = report("""
                load\t1\treinhardt\tdb\t100.0\t9.0\t2\t200\t80.0
                load\t1\tbaseline\tdb\t120.0\t8.0\t3\t180\t70.0
                """);

        assertThat(json.get("endpoints").get("db").get("errors").asInt()).isEqualTo(5);
    }
}
