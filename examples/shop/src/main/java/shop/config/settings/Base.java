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

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The settings every environment of the shop shares. */
public class Base extends Settings {

    /**
     * The shop's project folder (Django's {@code BASE_DIR}): the folder whose
     * {@code target/classes} this class was loaded from, so that files named
     * relative to it are the same wherever {@code manage} is started from;
     * the current folder when the classes come from elsewhere, such as a jar.
     */
    public static final Path BASE_DIR = projectFolder();

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

    private static Path projectFolder() {
        try {
            Path classes = Path.of(Base.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (classes.endsWith(Path.of("target", "classes")) && Files.isDirectory(classes)) {
                return classes.getParent().getParent();
            }
        } catch (URISyntaxException | RuntimeException notAFolder) {
            // A jar or an unusual class loader: fall back to the current folder.
        }
        return Path.of("").toAbsolutePath();
    }
}
