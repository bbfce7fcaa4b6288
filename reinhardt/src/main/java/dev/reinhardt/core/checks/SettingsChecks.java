package dev.reinhardt.core.checks;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;

/** Checks of the project's configuration that run on every {@code manage check}. */
final class SettingsChecks {

    private SettingsChecks() {
    }

    /** reinhardt.E001: the timeZone setting names a real time zone. */
    static List<CheckMessage> timeZone(CheckContext context) {
        String zone = context.settings().timeZone();
        try {
            ZoneId.of(zone);
            return List.of();
        } catch (DateTimeException e) {
            return List.of(CheckMessage.error("The timeZone setting '" + zone + "' is not a valid time zone.",
                    "Use an IANA name such as 'UTC' or 'Europe/Paris'.", "timeZone", "reinhardt.E001"));
        }
    }

    /** reinhardt.E002: every app label is a valid identifier, as model tables and migrations use it. */
    static List<CheckMessage> appConfigs(CheckContext context) {
        return context.appConfigs().stream()
                .filter(config -> !config.label().matches("[a-z_][a-z0-9_]*"))
                .map(config -> CheckMessage.error("The app label '" + config.label() + "' is not a valid label.",
                        "Labels are lowercase letters, digits and underscores, such as 'orders'. Override label() "
                                + "in " + config.getClass().getName() + ".", config.getClass(), "reinhardt.E002"))
                .toList();
    }
}
