package bench.baseline;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PostgresUrlTest {

    @Test
    void aFullUrlGivesTheJdbcUrlCredentialsAndPoolSize() {
        PostgresUrl url = PostgresUrl.parse("postgres://bench:s%40cret@db.local:6543/world_db?poolSize=16");

        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db.local:6543/world_db");
        assertThat(url.user()).isEqualTo("bench");
        assertThat(url.password()).isEqualTo("s@cret");
        assertThat(url.poolSize()).isEqualTo(16);
        assertThat(url.databaseName()).isEqualTo("world_db");
        assertThat(url.maintenanceJdbcUrl()).isEqualTo("jdbc:postgresql://db.local:6543/postgres");
    }

    @Test
    void theDefaultUrlUsesPortFiveFourThreeTwoAndTheFrameworksPoolSize() {
        PostgresUrl url = PostgresUrl.parse(PostgresUrl.DEFAULT);

        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:5432/reinhardt_bench");
        assertThat(url.user()).isEqualTo("postgres");
        assertThat(url.password()).isEmpty();
        assertThat(url.poolSize()).isEqualTo(10);
    }

    @Test
    void aUrlOfAnotherDatabaseIsRefusedNamingTheVariable() {
        assertThatThrownBy(() -> PostgresUrl.parse("sqlite:///tmp/x.db"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs a PostgreSQL URL")
                .hasMessageContaining("Set DATABASE_URL.");
    }

    @Test
    void aUrlWithoutADatabaseNameIsRefused() {
        assertThatThrownBy(() -> PostgresUrl.parse("postgres://postgres@127.0.0.1:5432/"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("names no database");
    }
}
