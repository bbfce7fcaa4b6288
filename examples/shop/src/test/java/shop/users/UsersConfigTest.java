package shop.users;

import dev.reinhardt.apps.Apps;
import dev.reinhardt.test.ReinhardtTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@ReinhardtTest
class UsersConfigTest {

    @Test
    void appInstallsUnderItsLabel() {
        assertThat(Apps.registry().getAppConfig("users").name()).isEqualTo("shop.users");
    }
}
