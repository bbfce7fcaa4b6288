package dev.reinhardt.core.management.commands;

import dev.reinhardt.conf.Settings;
import dev.reinhardt.core.management.BaseCommand;
import dev.reinhardt.core.management.CommandError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** {@code manage diffsettings}: show how the project's settings differ from the defaults. */
@Command(name = "diffsettings", description = "Display the differences between the current settings and the defaults.")
public final class DiffSettingsCommand extends BaseCommand {

    private static final String HIDDEN = "********";

    @Option(names = "--all", description = "Show all settings; those with their default value are prefixed by '###'.")
    boolean all;

    @Option(names = "--default", paramLabel = "CLASS",
            description = "The settings class to compare against. Default: Reinhardt's defaults.")
    String defaultClass;

    @Option(names = "--output", defaultValue = "hash", paramLabel = "FORMAT",
            description = "hash (default) or unified (a diff with - and + lines).")
    String output;

    @Override
    protected void handle() {
        if (!output.equals("hash") && !output.equals("unified")) {
            throw new CommandError("Unknown --output format '" + output + "'. Choices are: hash, unified.");
        }
        Settings current = Settings.current();
        Settings defaults = defaultClass == null ? new Settings() : Settings.load(defaultClass, "--default");
        Map<String, String> currentValues = values(current);
        Map<String, String> defaultValues = values(defaults);
        for (Map.Entry<String, String> entry : currentValues.entrySet()) {
            String line = entry.getKey() + " = " + entry.getValue();
            String defaultValue = defaultValues.get(entry.getKey());
            boolean same = Objects.equals(defaultValue, entry.getValue());
            if (output.equals("unified")) {
                if (!same) {
                    if (defaultValue != null) {
                        stdout().println(style().error("- " + entry.getKey() + " = " + defaultValue));
                    }
                    stdout().println(style().success("+ " + line));
                } else if (all) {
                    stdout().println("  " + line);
                }
            } else if (!same) {
                stdout().println(defaultValue == null ? line + "  ###" : line);
            } else if (all) {
                stdout().println("### " + line);
            }
        }
    }

    /** Return every setting of {@code settings} by name, as printed; secrets are masked. */
    private static Map<String, String> values(Settings settings) {
        Map<String, String> values = new TreeMap<>();
        for (Class<?> type = settings.getClass(); type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) || field.isSynthetic() || field.getName().equals("extras")) {
                    continue;
                }
                field.setAccessible(true);
                try {
                    values.putIfAbsent(field.getName(), format(field.getName(), field.get(settings)));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException("Cannot read setting " + field.getName(), e);
                }
            }
        }
        settings.extras().forEach((key, value) -> values.put(key, format(key, value)));
        return values;
    }

    private static String format(String name, Object value) {
        if (value instanceof String text && name.toLowerCase().contains("secret") && !text.isEmpty()) {
            return HIDDEN;
        }
        return switch (value) {
            case null -> "null";
            case Class<?> type -> type.getName();
            case String text -> "\"" + text + "\"";
            case Collection<?> items -> items.stream().map(item -> format("", item))
                    .collect(Collectors.joining(", ", "[", "]"));
            case Map<?, ?> map -> map.entrySet().stream().map(e -> format("", e.getKey()) + "=" + format("", e.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
            default -> value.toString();
        };
    }
}
