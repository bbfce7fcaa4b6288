package bench.project.config.settings;

import bench.baseline.PostgresUrl;
import bench.project.config.BenchUrls;
import bench.project.orders.OrdersConfig;
import bench.project.world.WorldConfig;
import dev.reinhardt.conf.DatabaseSettings;
import dev.reinhardt.conf.Settings;
import dev.reinhardt.middleware.CommonMiddleware;
import dev.reinhardt.middleware.SecurityMiddleware;
import dev.reinhardt.middleware.XFrameOptionsMiddleware;

import java.util.List;
import java.util.Map;

import static dev.reinhardt.conf.Env.env;

/**
 * The benchmark project's settings, as in production: debug off, the
 * default middleware Reinhardt ships, PostgreSQL from {@code DATABASE_URL}.
 */
public class Bench extends Settings {

    public Bench() {
        debug = false;
        secretKey = env("SECRET_KEY", "bench-only-key-not-for-production-4f7c1e9a2b8d6053");
        allowedHosts = List.of("127.0.0.1", "localhost");
        installedApps = List.of(WorldConfig.class, OrdersConfig.class);
        middleware = List.of(SecurityMiddleware.class, CommonMiddleware.class, XFrameOptionsMiddleware.class);
        rootUrlconf = BenchUrls.class;
        databases = Map.of("default", DatabaseSettings.fromUrl(PostgresUrl.fromEnvironment()));
        timeZone = "UTC";
    }
}
