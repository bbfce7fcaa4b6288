package shop.orders;

import dev.reinhardt.apps.Apps;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OrdersConfigTest {

    @Test
    void appInstallsUnderItsLabel() {
        Apps apps = new Apps();
        apps.populate(List.of(OrdersConfig.class), config -> List.of());

        assertThat(apps.getAppConfig("orders").name()).isEqualTo("shop.orders");
    }
}
