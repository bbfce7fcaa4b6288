package dev.reinhardt.core.checks;

import dev.reinhardt.conf.Settings;

import java.util.List;

/** Security checks of the settings, run by {@code manage check --deploy}. */
final class SecurityChecks {

    /** The prefix {@code startproject} gives generated development keys. */
    static final String INSECURE_PREFIX = "reinhardt-insecure-";
    private static final int MIN_LENGTH = 50;
    private static final int MIN_UNIQUE_CHARACTERS = 5;

    private SecurityChecks() {
    }

    /** security.W018: debug must be off in deployment. */
    static List<CheckMessage> debug(CheckContext context) {
        if (!context.settings().debug()) {
            return List.of();
        }
        return List.of(CheckMessage.warning("You should not have debug set to true in deployment.",
                "Set debug = false in your production settings.", null, "security.W018"));
    }

    /** security.W009: the secret key must be long, varied and not a generated development key. */
    static List<CheckMessage> secretKey(CheckContext context) {
        String key = context.settings().secretKey();
        boolean weak = key == null || key.length() < MIN_LENGTH || key.chars().distinct().count() < MIN_UNIQUE_CHARACTERS
                || key.startsWith(INSECURE_PREFIX);
        if (!weak) {
            return List.of();
        }
        return List.of(CheckMessage.warning("Your secretKey has fewer than " + MIN_LENGTH + " characters, fewer than "
                        + MIN_UNIQUE_CHARACTERS + " unique characters, or starts with '" + INSECURE_PREFIX
                        + "', so it is easy to guess.",
                "Generate a long random key (for example: openssl rand -base64 48) and read it from the environment "
                        + "with Env.env(\"SECRET_KEY\").", null, "security.W009"));
    }

    /** security.W020: allowedHosts must not be empty in deployment. */
    static List<CheckMessage> allowedHosts(CheckContext context) {
        Settings settings = context.settings();
        if (!settings.allowedHosts().isEmpty()) {
            return List.of();
        }
        return List.of(CheckMessage.warning("allowedHosts must not be empty in deployment.",
                "List the host names this site serves, for example allowedHosts = List.of(\"shop.example.com\").",
                null, "security.W020"));
    }
}
