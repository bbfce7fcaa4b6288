package shop.users;

import dev.reinhardt.apps.AppConfig;

/** The users app: list {@code UsersConfig.class} in the project's installedApps. */
public final class UsersConfig extends AppConfig {
}
