package dev.reinhardt.core.management;

import dev.reinhardt.Reinhardt;
import dev.reinhardt.apps.Apps;
import dev.reinhardt.conf.Settings;
import dev.reinhardt.core.checks.CheckContext;
import dev.reinhardt.core.checks.Checks;
import dev.reinhardt.core.checks.Level;
import dev.reinhardt.exceptions.ImproperlyConfigured;
import dev.reinhardt.utils.Suggestions;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The front door of the {@code manage} command line (Django's
 * {@code execute_from_command_line}): finds the settings and apps, looks up
 * the command and runs it.
 *
 * <pre>{@code
 * int status = new ManagementUtility(out, err).execute("check", "--deploy");
 * }</pre>
 *
 * <p>Settings come from {@code --settings}, else from settings already
 * configured in this process, else from {@code REINHARDT_SETTINGS_MODULE}.
 * Errors a user can fix are printed as one line and give a non-zero status;
 * stack traces appear only with {@code --traceback}.
 */
public final class ManagementUtility {

    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean color;
    private boolean installGlobally;

    /** Create a utility that writes to {@code out} and {@code err}, without colour. */
    public ManagementUtility(PrintWriter out, PrintWriter err) {
        this(out, err, false);
    }

    ManagementUtility(PrintWriter out, PrintWriter err, boolean color) {
        this.out = out;
        this.err = err;
        this.color = color;
    }

    /**
     * Make the loaded settings and apps the project-wide ones, so threads the
     * command starts (such as a server's) see them. Used by {@link Main}.
     */
    ManagementUtility installGlobally() {
        this.installGlobally = true;
        return this;
    }

    /** Run the command line {@code args} and return the exit status. */
    public int execute(String... args) {
        Arguments arguments = Arguments.parse(args);
        try {
            return run(arguments);
        } catch (ImproperlyConfigured | CommandError e) {
            return fail(e, arguments.traceback());
        } catch (RuntimeException e) {
            err.println("Error: " + e);
            if (arguments.traceback()) {
                e.printStackTrace(err);
            } else {
                err.println("Run again with --traceback to see the full stack trace.");
            }
            return 1;
        } finally {
            out.flush();
            err.flush();
        }
    }

    private int run(Arguments arguments) {
        String name = arguments.command();
        if (name.equals("--version")) {
            out.println(Reinhardt.version());
            return 0;
        }
        if (name.equals("help") || name.equals("--help") || name.equals("-h")) {
            return help(arguments);
        }
        CommandRegistry.Entry coreEntry = CommandRegistry.core().get(name);
        if (coreEntry != null && !coreEntry.instantiate().requiresSettings()) {
            return runCommand(coreEntry, arguments.rest(), null, null);
        }
        Settings settings = loadSettings(arguments);
        Apps apps = Settings.callWith(settings, () -> Reinhardt.setup(settings));
        CommandRegistry registry = CommandRegistry.withApps(apps);
        CommandRegistry.Entry entry = registry.get(name);
        if (entry == null) {
            err.println("Unknown command: '" + name + "'." + Suggestions.didYouMean(name, registry.names()));
            err.println("Type 'manage help' for usage.");
            return 1;
        }
        if (installGlobally) {
            if (arguments.settingsClass() != null) {
                Settings.configure(settings);
            }
            Apps.setRegistry(apps);
        }
        return Settings.callWith(settings, () -> Apps.callWith(apps, () -> runCommand(entry, arguments.rest(), settings, apps)));
    }

    private Settings loadSettings(Arguments arguments) {
        if (arguments.settingsClass() != null) {
            return Settings.load(arguments.settingsClass(), "--settings");
        }
        return Settings.current();
    }

    private int runCommand(CommandRegistry.Entry entry, List<String> args, Settings settings, Apps apps) {
        BaseCommand command = entry.instantiate();
        command.attach(out, err, color);
        CommandLine line = new CommandLine(command);
        line.setCommandName("manage " + entry.name());
        line.setOut(out);
        line.setErr(err);
        CommandLine.ParseResult parsed;
        try {
            parsed = line.parseArgs(args.toArray(String[]::new));
        } catch (CommandLine.ParameterException e) {
            err.println("manage " + entry.name() + ": error: " + e.getMessage());
            err.println("Type 'manage help " + entry.name() + "' for usage.");
            return 2;
        }
        if (parsed.isUsageHelpRequested()) {
            line.usage(out);
            return 0;
        }
        if (settings != null && command.requiresSystemChecks()) {
            int status = systemChecks(settings, apps);
            if (status != 0) {
                return status;
            }
        }
        try {
            return command.call();
        } catch (ImproperlyConfigured | CommandError e) {
            return fail(e, command.traceback());
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            return fail(new CommandError(e.getClass().getSimpleName() + ": " + e.getMessage(), e), command.traceback());
        }
    }

    private int systemChecks(Settings settings, Apps apps) {
        Checks.CheckRun run = Checks.run(new CheckContext(settings, apps.getAppConfigs(), true), List.of(), false);
        if (run.hasSerious(Level.ERROR)) {
            return fail(new SystemCheckError(CheckReport.format(run, true)), false);
        }
        return 0;
    }

    private int help(Arguments arguments) {
        List<String> rest = arguments.positionals();
        CommandRegistry registry;
        String problem = null;
        try {
            Settings settings = loadSettings(arguments);
            registry = CommandRegistry.withApps(Settings.callWith(settings, () -> Reinhardt.setup(settings)));
        } catch (ImproperlyConfigured e) {
            registry = CommandRegistry.core();
            problem = e.getMessage();
        }
        if (!rest.isEmpty()) {
            CommandRegistry.Entry entry = registry.get(rest.getFirst());
            if (entry == null) {
                err.println("Unknown command: '" + rest.getFirst() + "'."
                        + Suggestions.didYouMean(rest.getFirst(), registry.names()));
                err.println("Type 'manage help' for usage.");
                return 1;
            }
            CommandLine line = new CommandLine(entry.instantiate());
            line.setCommandName("manage " + entry.name());
            line.usage(out);
            return 0;
        }
        out.println("Type 'manage help <subcommand>' for help on a specific subcommand.");
        out.println();
        out.println("Available subcommands:");
        for (Map.Entry<String, List<String>> group : registry.grouped().entrySet()) {
            out.println();
            out.println("[" + group.getKey() + "]");
            group.getValue().forEach(command -> out.println("    " + command));
        }
        if (problem != null) {
            out.println();
            out.println("Note that only Reinhardt's own commands are listed as settings are not properly configured ("
                    + problem + ")");
        }
        return 0;
    }

    private int fail(RuntimeException error, boolean traceback) {
        if (error instanceof SystemCheckError) {
            err.print(error.getMessage());
        } else {
            String kind = error instanceof CommandError ? "CommandError" : error.getClass().getSimpleName();
            err.println(kind + ": " + error.getMessage());
        }
        if (traceback) {
            error.printStackTrace(err);
        }
        return error instanceof CommandError commandError ? commandError.exitCode() : 1;
    }

    /** The command line, pre-read for what is needed before the command is known. */
    private record Arguments(String command, List<String> rest, String settingsClass, boolean traceback) {

        static Arguments parse(String[] args) {
            List<String> all = Arrays.asList(args);
            String settings = null;
            for (int i = 0; i < all.size(); i++) {
                String arg = all.get(i);
                if (arg.equals("--settings") && i + 1 < all.size()) {
                    settings = all.get(i + 1);
                } else if (arg.startsWith("--settings=")) {
                    settings = arg.substring("--settings=".length());
                }
            }
            String command = all.isEmpty() ? "help" : all.getFirst();
            List<String> rest = all.isEmpty() ? List.of() : all.subList(1, all.size());
            return new Arguments(command, List.copyOf(rest), settings, all.contains("--traceback"));
        }

        /** Return the arguments after the command that are neither options nor the value of --settings. */
        List<String> positionals() {
            List<String> positionals = new java.util.ArrayList<>();
            for (int i = 0; i < rest.size(); i++) {
                String arg = rest.get(i);
                if (arg.equals("--settings")) {
                    i++;
                } else if (!arg.startsWith("-")) {
                    positionals.add(arg);
                }
            }
            return positionals;
        }
    }
}
