package shop.config.settings;

import dev.reinhardt.conf.DatabaseSettings;

import java.util.Map;

import static dev.reinhardt.conf.Env.env;
import static dev.reinhardt.conf.Env.envList;

/** Settings for production: every secret and host name comes from the environment. */
public class Production extends Base {

    public Production() {
        debug = false;
        secretKey = env("SECRET_KEY");
        allowedHosts = envList("ALLOWED_HOSTS");
        databases = Map.of("default", DatabaseSettings.fromUrl(env("DATABASE_URL")));
    }
}
