package shop.config;

import dev.reinhardt.core.management.ManagementUtility;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

class SettingsTest {

    @Test
    void developmentSettingsPassTheSystemChecks() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = new ManagementUtility(new PrintWriter(out), new PrintWriter(err))
                .execute("check", "--settings", "shop.config.settings.Development");

        assertThat(err.toString()).isEmpty();
        assertThat(status).isZero();
        assertThat(out.toString()).contains("System check identified no issues");
    }
}
