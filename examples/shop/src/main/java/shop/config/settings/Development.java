package shop.config.settings;

import dev.reinhardt.conf.DatabaseSettings;

import java.util.List;
import java.util.Map;

import static dev.reinhardt.conf.Env.env;

/**
 * Settings for working on the shop locally: debug on, SQLite in
 * {@code db.sqlite3} of the project folder. {@code DATABASE_URL}, when set,
 * names another database, such as a scratch SQLite file for a test run.
 */
public class Development extends Base {

    public Development() {
        debug = true;
        // A development-only key; Production reads a real one from the environment.
        secretKey = "reinhardt-insecure-y7c_!a-n*iyl4318#-50dtk6&8p(^b49vjlm8k==#pn!cm7n#t";
        allowedHosts = List.of("localhost", "127.0.0.1", "[::1]");
        String url = env("DATABASE_URL", "");
        databases = Map.of("default", url.isEmpty()
                ? DatabaseSettings.sqlite(BASE_DIR.resolve("db.sqlite3"))
                : DatabaseSettings.fromUrl(url));
    }
}
