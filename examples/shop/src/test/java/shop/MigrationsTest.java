package shop;

import dev.reinhardt.core.management.ManagementUtility;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

/** The CI gate of the production checklist: every model change of the shop has its committed migration. */
class MigrationsTest {

    @Test
    void committedMigrationsMatchTheModels() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = new ManagementUtility(new PrintWriter(out), new PrintWriter(err))
                .execute("makemigrations", "--check", "--settings", "shop.config.settings.Development");
        assertThat(status).as(out + err.toString()).isZero();
        assertThat(out.toString()).isEqualTo("No changes detected\n");
    }
}
