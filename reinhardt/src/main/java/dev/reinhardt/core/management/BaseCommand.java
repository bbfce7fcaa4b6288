package dev.reinhardt.core.management;

import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/**
 * The base class of management commands (Django's {@code BaseCommand}).
 *
 * <p>A command declares its name, description and arguments with picocli
 * annotations, as a Django command declares them in {@code add_arguments},
 * and does its work in {@link #handle()}:
 *
 * <pre>{@code
 * @Command(name = "seed_demo", description = "Fill the database with demo data.")
 * public final class SeedDemo extends BaseCommand {
 *     @Option(names = "--orders", defaultValue = "20000") int orders;
 *
 *     @Override protected void handle() {
 *         ...
 *         stdout().println(style().success("Created " + orders + " orders."));
 *     }
 * }
 * }</pre>
 *
 * <p>Apps contribute commands by putting such classes in their
 * {@code management.commands} package. A command needs a constructor without
 * parameters. Throw {@link CommandError} to stop with a message. Every command
 * accepts the common options below.
 */
public abstract class BaseCommand implements Callable<Integer> {

    @Option(names = "--settings", paramLabel = "CLASS",
            description = "The settings class to use, such as mysite.config.settings.Production. "
                    + "Defaults to the REINHARDT_SETTINGS_MODULE environment variable.")
    String settingsClass;

    @Option(names = {"-v", "--verbosity"}, defaultValue = "1", paramLabel = "{0,1,2,3}",
            description = "Verbosity level: 0=minimal, 1=normal, 2=verbose, 3=very verbose.")
    int verbosity;

    @Option(names = "--traceback", description = "Show the full stack trace when an error stops the command.")
    boolean traceback;

    @Option(names = "--no-color", description = "Don't colourize the output.")
    boolean noColor;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    private PrintWriter stdout;
    private PrintWriter stderr;
    private boolean color;

    /** Do the command's work. Throw {@link CommandError} to stop with a message. */
    protected abstract void handle() throws Exception;

    /**
     * Return whether the command needs the project's settings and apps; commands
     * such as {@code startproject} and {@code version} work without a project.
     */
    protected boolean requiresSettings() {
        return true;
    }

    /** Return whether system checks run before the command (and stop it on errors). */
    protected boolean requiresSystemChecks() {
        return false;
    }

    @Override
    public final Integer call() throws Exception {
        handle();
        stdout.flush();
        return 0;
    }

    /** Return the standard output of the command. */
    protected final PrintWriter stdout() {
        return stdout;
    }

    /** Return the error output of the command. */
    protected final PrintWriter stderr() {
        return stderr;
    }

    /** Return the styles for output, plain when {@code --no-color} is given or output is not a terminal. */
    protected final Style style() {
        return new Style(color && !noColor);
    }

    /** Return the verbosity, 0 to 3. */
    protected final int verbosity() {
        return verbosity;
    }

    final boolean traceback() {
        return traceback;
    }

    final void attach(PrintWriter out, PrintWriter err, boolean color) {
        this.stdout = out;
        this.stderr = err;
        this.color = color;
    }
}
