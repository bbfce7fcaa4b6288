package {{ package }};

import dev.reinhardt.apps.Apps;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class {{ camel_name }}ConfigTest {

    @Test
    void appInstallsUnderItsLabel() {
        Apps apps = new Apps();
        apps.populate(List.of({{ camel_name }}Config.class), config -> List.of());

        assertThat(apps.getAppConfig("{{ app_name }}").name()).isEqualTo("{{ package }}");
    }
}
