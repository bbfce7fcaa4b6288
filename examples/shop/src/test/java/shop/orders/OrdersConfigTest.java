package shop.orders;

import dev.reinhardt.apps.Apps;
import dev.reinhardt.test.ReinhardtTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@ReinhardtTest
class OrdersConfigTest {

    @Test
    void appInstallsUnderItsLabel() {
        assertThat(Apps.registry().getAppConfig("orders").name()).isEqualTo("shop.orders");
    }
}
