package {{ project_name }}.config.settings;

import dev.reinhardt.conf.DatabaseSettings;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Settings for working on {{ project_name }} locally: debug on, SQLite in the project folder. */
public class Development extends Base {

    public Development() {
        debug = true;
        // A development-only key; Production reads a real one from the environment.
        secretKey = "{{ secret_key }}";
        allowedHosts = List.of("localhost", "127.0.0.1", "[::1]");
        databases = Map.of("default", DatabaseSettings.sqlite(Path.of("db.sqlite3")));
    }
}
