package shop.config.settings;

import dev.reinhardt.conf.Settings;
import dev.reinhardt.middleware.CommonMiddleware;
import dev.reinhardt.middleware.ConditionalGetMiddleware;
import dev.reinhardt.middleware.GZipMiddleware;
import dev.reinhardt.middleware.SecurityMiddleware;
import dev.reinhardt.middleware.ServerTimingMiddleware;
import dev.reinhardt.middleware.XFrameOptionsMiddleware;
import shop.config.Urls;
import shop.core.middleware.RequestIdMiddleware;
import shop.core.middleware.RequestTimingMiddleware;
import shop.orders.OrdersConfig;
import shop.users.UsersConfig;

import java.util.List;

/** The settings every environment of the shop shares. */
public class Base extends Settings {

    public Base() {
        installedApps = List.of(UsersConfig.class, OrdersConfig.class);
        // Outermost first. The request id wraps everything, so every response and log line of a request carries
        // it; timing comes next, so it measures the whole chain; Server-Timing (debug only) counts the SQL of all
        // the middleware below it. Then Django's order: security redirects before any work, gzip around the
        // conditional GET (whose ETag is then that of the uncompressed body), the URL rules, clickjacking.
        middleware = List.of(
                RequestIdMiddleware.class,
                RequestTimingMiddleware.class,
                ServerTimingMiddleware.class,
                SecurityMiddleware.class,
                GZipMiddleware.class,
                ConditionalGetMiddleware.class,
                CommonMiddleware.class,
                XFrameOptionsMiddleware.class);
        rootUrlconf = Urls.class;
        timeZone = "UTC";
        useTz = true;
    }
}
