package shop.users;

import dev.reinhardt.apps.Apps;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class UsersConfigTest {

    @Test
    void appInstallsUnderItsLabel() {
        Apps apps = new Apps();
        apps.populate(List.of(UsersConfig.class), config -> List.of());

        assertThat(apps.getAppConfig("users").name()).isEqualTo("shop.users");
    }
}
