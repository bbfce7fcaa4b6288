package shop.config.settings;

import dev.reinhardt.conf.Settings;
import shop.orders.OrdersConfig;
import shop.users.UsersConfig;

import java.util.List;

/** The settings every environment of the shop shares. */
public class Base extends Settings {

    public Base() {
        installedApps = List.of(UsersConfig.class, OrdersConfig.class);
        middleware = List.of();
        timeZone = "UTC";
        useTz = true;
    }
}
