package dev.reinhardt.core.management;

import dev.reinhardt.apps.AppConfig;
import dev.reinhardt.apps.Apps;
import dev.reinhardt.core.management.commands.CheckCommand;
import dev.reinhardt.core.management.commands.DiffSettingsCommand;
import dev.reinhardt.core.management.commands.MakeMigrationsCommand;
import dev.reinhardt.core.management.commands.MigrateCommand;
import dev.reinhardt.core.management.commands.RunServerCommand;
import dev.reinhardt.core.management.commands.ShellCommand;
import dev.reinhardt.core.management.commands.ShowMigrationsCommand;
import dev.reinhardt.core.management.commands.SqlMigrateCommand;
import dev.reinhardt.core.management.commands.SquashMigrationsCommand;
import dev.reinhardt.core.management.commands.StartAppCommand;
import dev.reinhardt.core.management.commands.StartProjectCommand;
import dev.reinhardt.core.management.commands.VersionCommand;
import dev.reinhardt.utils.ClassFinder;
import picocli.CommandLine.Command;

import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The commands a project has: Reinhardt's own, then each installed app's,
 * found in the app's {@code management.commands} package. A later app's
 * command replaces an earlier one of the same name, as in Django.
 */
final class CommandRegistry {

    /** The group Reinhardt's own commands are listed under in {@code help}. */
    static final String CORE_GROUP = "reinhardt";

    private static final List<Class<? extends BaseCommand>> CORE = List.of(
            CheckCommand.class, DiffSettingsCommand.class, RunServerCommand.class, ShellCommand.class, StartAppCommand.class,
            StartProjectCommand.class, VersionCommand.class,
            MakeMigrationsCommand.class, MigrateCommand.class, ShowMigrationsCommand.class, SqlMigrateCommand.class,
            SquashMigrationsCommand.class);

    private final Map<String, Entry> commands = new LinkedHashMap<>();

    private CommandRegistry() {
    }

    /** Return Reinhardt's own commands only (when there are no settings to find apps with). */
    static CommandRegistry core() {
        CommandRegistry registry = new CommandRegistry();
        CORE.forEach(type -> registry.add(CORE_GROUP, type));
        return registry;
    }

    /** Return Reinhardt's commands plus those of the apps in {@code apps}. */
    static CommandRegistry withApps(Apps apps) {
        CommandRegistry registry = core();
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        for (AppConfig config : apps.getAppConfigs()) {
            for (Class<?> type : ClassFinder.find(config.commandsPackage(), loader)) {
                if (BaseCommand.class.isAssignableFrom(type) && !Modifier.isAbstract(type.getModifiers())) {
                    registry.add(config.label(), type.asSubclass(BaseCommand.class));
                }
            }
        }
        return registry;
    }

    private void add(String group, Class<? extends BaseCommand> type) {
        String name = nameOf(type);
        commands.put(name, new Entry(name, group, type));
    }

    /** Return the command's name: its {@code @Command(name)}, or its class name in snake_case. */
    static String nameOf(Class<? extends BaseCommand> type) {
        Command annotation = type.getAnnotation(Command.class);
        if (annotation != null && !annotation.name().equals("<main class>")) {
            return annotation.name();
        }
        String simple = type.getSimpleName().replaceFirst("Command$", "");
        return simple.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    Entry get(String name) {
        return commands.get(name);
    }

    List<String> names() {
        return new ArrayList<>(commands.keySet());
    }

    /** Return the command names grouped by app label, Reinhardt's group first, names sorted. */
    Map<String, List<String>> grouped() {
        Map<String, List<String>> groups = new TreeMap<>((a, b) -> a.equals(b) ? 0
                : a.equals(CORE_GROUP) ? -1 : b.equals(CORE_GROUP) ? 1 : a.compareTo(b));
        commands.values().forEach(entry -> groups.computeIfAbsent(entry.group, g -> new ArrayList<>()).add(entry.name));
        groups.values().forEach(list -> list.sort(null));
        return groups;
    }

    record Entry(String name, String group, Class<? extends BaseCommand> type) {

        BaseCommand instantiate() {
            try {
                var constructor = type.getDeclaredConstructor();
                constructor.setAccessible(true);
                return constructor.newInstance();
            } catch (ReflectiveOperationException e) {
                throw new CommandError("Command '" + name + "' (" + type.getName()
                        + ") could not be created; it needs a constructor without parameters: " + e, e);
            }
        }
    }
}
