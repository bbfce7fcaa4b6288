package shop.config.settings;

import dev.reinhardt.conf.DatabaseSettings;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Settings for working on shop locally: debug on, SQLite in the project folder. */
public class Development extends Base {

    public Development() {
        debug = true;
        // A development-only key; Production reads a real one from the environment.
        secretKey = "reinhardt-insecure-y7c_!a-n*iyl4318#-50dtk6&8p(^b49vjlm8k==#pn!cm7n#t";
        allowedHosts = List.of("localhost", "127.0.0.1", "[::1]");
        databases = Map.of("default", DatabaseSettings.sqlite(Path.of("db.sqlite3")));
    }
}
