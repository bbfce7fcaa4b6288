package {{ package }};

import dev.reinhardt.apps.AppConfig;

/** The {{ app_name }} app: list {@code {{ camel_name }}Config.class} in the project's installedApps. */
public final class {{ camel_name }}Config extends AppConfig {
}
