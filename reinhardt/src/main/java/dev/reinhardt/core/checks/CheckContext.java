package dev.reinhardt.core.checks;

import dev.reinhardt.apps.AppConfig;
import dev.reinhardt.conf.Settings;

import java.util.List;

/**
 * What a {@link Check} inspects.
 *
 * @param settings   the project's settings
 * @param appConfigs the apps to check: all installed apps, or those named on the command line
 * @param allApps    whether {@code appConfigs} is every installed app
 */
public record CheckContext(Settings settings, List<AppConfig> appConfigs, boolean allApps) {

    public CheckContext {
        appConfigs = List.copyOf(appConfigs);
    }
}
