package dev.reinhardt.conf;

import dev.reinhardt.exceptions.ImproperlyConfigured;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatabaseSettingsTest {

    @Test
    void parsesPostgresUrlsWithCredentialsAndOptions() {
        DatabaseSettings db = DatabaseSettings.fromUrl("postgres://shop%40app:s%3Acret@db.internal:6432/orders?sslmode=require");
        assertThat(db.engine()).isEqualTo("postgresql");
        assertThat(db.user()).isEqualTo("shop@app");
        assertThat(db.password()).isEqualTo("s:cret");
        assertThat(db.host()).isEqualTo("db.internal");
        assertThat(db.port()).isEqualTo(6432);
        assertThat(db.name()).isEqualTo("orders");
        assertThat(db.options()).isEqualTo(Map.of("sslmode", "require"));
    }

    @Test
    void parsesSqliteUrls() {
        assertThat(DatabaseSettings.fromUrl("sqlite:///var/data/shop.db").name()).isEqualTo("/var/data/shop.db");
        assertThat(DatabaseSettings.fromUrl("sqlite:shop.db").name()).isEqualTo("shop.db");
        assertThat(DatabaseSettings.fromUrl("sqlite://:memory:").name()).isEqualTo(":memory:");
    }

    @Test
    void mariadbUrlsUseTheMysqlEngine() {
        assertThat(DatabaseSettings.fromUrl("mariadb://root@localhost/test").engine()).isEqualTo("mysql");
    }

    @Test
    void unknownSchemeListsTheSupportedOnes() {
        assertThatThrownBy(() -> DatabaseSettings.fromUrl("oracle://db/x"))
                .isInstanceOf(ImproperlyConfigured.class)
                .hasMessage("Database URL scheme 'oracle' is not supported. Use sqlite:, postgres://, mysql:// or mariadb://.");
    }

    @Test
    void urlWithoutDatabaseNameSaysHowToAddIt() {
        assertThatThrownBy(() -> DatabaseSettings.fromUrl("postgres://localhost"))
                .hasMessageContaining("names no database; add it as the path, for example postgres://localhost/mydb.");
    }

    @Test
    void unknownEngineListsTheChoices() {
        assertThatThrownBy(() -> new DatabaseSettings("oracle", "x", "", "", "", 0, Map.of()))
                .hasMessage("Unknown database engine 'oracle'. Choices are: sqlite, postgresql, mysql.");
    }

    @Test
    void passwordNeverAppearsInToString() {
        assertThat(DatabaseSettings.fromUrl("postgres://u:hunter2@h/db").toString()).doesNotContain("hunter2");
    }
}
