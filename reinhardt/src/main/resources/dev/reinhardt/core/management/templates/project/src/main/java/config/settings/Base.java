package {{ project_name }}.config.settings;

import dev.reinhardt.conf.Settings;

import java.util.List;

/** The settings every environment of {{ project_name }} shares. */
public class Base extends Settings {

    public Base() {
        installedApps = List.of();
        middleware = List.of();
        timeZone = "UTC";
        useTz = true;
    }
}
