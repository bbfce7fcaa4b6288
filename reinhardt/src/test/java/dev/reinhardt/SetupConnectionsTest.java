package dev.reinhardt;

import dev.reinhardt.apps.AppRegistryNotReady;
import dev.reinhardt.apps.Apps;
import dev.reinhardt.conf.DatabaseSettings;
import dev.reinhardt.conf.Settings;
import dev.reinhardt.db.Connections;
import dev.reinhardt.db.backends.base.DatabaseWrapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code Reinhardt.setup()} makes the connections of the databases setting the project's. */
class SetupConnectionsTest {

    @TempDir
    Path dir;

    private Apps registryBefore;
    private Connections connectionsBefore;

    @BeforeEach
    void setAsideTheProjectWideState() {
        try {
            registryBefore = Apps.registry();
        } catch (AppRegistryNotReady notSetUp) {
            registryBefore = null;
        }
        Apps.setRegistry(null);
        connectionsBefore = Connections.install(null);
    }

    @AfterEach
    void restoreIt() {
        Connections mine = Connections.install(connectionsBefore);
        if (mine != null) {
            mine.close();
        }
        Apps.setRegistry(registryBefore);
    }

    @Test
    void setupCreatesAndInstallsEveryAliasOfTheDatabasesSetting() {
        Map<String, DatabaseSettings> aliases = new LinkedHashMap<>();
        aliases.put("default", DatabaseSettings.sqlite(dir.resolve("main.sqlite3")));
        aliases.put("archive", DatabaseSettings.sqlite(dir.resolve("archive.sqlite3")));
        Settings settings = new Settings() {
            {
                debug = true;
                databases = aliases;
            }
        };

        Settings.callWith(settings, Reinhardt::setup);

        assertThat(Connections.connections().aliases()).containsExactly("default", "archive");
        DatabaseWrapper archive = Connections.get("archive");
        assertThat(archive.settings().name()).isEqualTo(dir.resolve("archive.sqlite3").toString());
        assertThat(archive.fetchAll("SELECT 40 + 2")).isEqualTo(List.of(List.of(42)));
        assertThat(dir.resolve("archive.sqlite3")).exists();
        assertThat(dir.resolve("main.sqlite3")).doesNotExist();
    }
}
