package bench.project.orders;

import dev.reinhardt.apps.AppConfig;

/** The app serving the shop's order list, over the tables {@code bench.OrderTables} fills. */
public final class OrdersConfig extends AppConfig {
}
