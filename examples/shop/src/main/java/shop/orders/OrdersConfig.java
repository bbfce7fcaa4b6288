package shop.orders;

import dev.reinhardt.apps.AppConfig;

/** The orders app: list {@code OrdersConfig.class} in the project's installedApps. */
public final class OrdersConfig extends AppConfig {
}
