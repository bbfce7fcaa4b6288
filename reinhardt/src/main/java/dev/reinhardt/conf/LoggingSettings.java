package dev.reinhardt.conf;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code logging} setting: levels for the console log, or a Logback
 * configuration file that replaces them.
 *
 * @param rootLevel  the level of the root logger ({@code TRACE}, {@code DEBUG}, {@code INFO}, {@code WARN}, {@code ERROR})
 * @param levels     levels for named loggers, such as {@code "dev.reinhardt.db" -> "DEBUG"}
 * @param configFile a Logback XML file to load instead, or empty
 */
public record LoggingSettings(String rootLevel, Map<String, String> levels, String configFile) {

    public LoggingSettings {
        levels = Map.copyOf(levels);
    }

    /** Return the defaults: INFO to the console. */
    public static LoggingSettings defaults() {
        return new LoggingSettings("INFO", Map.of(), "");
    }

    /** Return a copy with {@code logger} set to {@code level}. */
    public LoggingSettings level(String logger, String level) {
        Map<String, String> copy = new LinkedHashMap<>(levels);
        copy.put(logger, level);
        return new LoggingSettings(rootLevel, copy, configFile);
    }

    /** Return a copy with the root logger at {@code level}. */
    public LoggingSettings root(String level) {
        return new LoggingSettings(level, levels, configFile);
    }

    /** Return a copy that loads the Logback configuration in {@code path} instead. */
    public LoggingSettings fromFile(String path) {
        return new LoggingSettings(rootLevel, levels, path);
    }
}
