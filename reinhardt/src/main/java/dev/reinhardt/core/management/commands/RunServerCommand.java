package dev.reinhardt.core.management.commands;

import dev.reinhardt.Reinhardt;
import dev.reinhardt.conf.Settings;
import dev.reinhardt.core.handlers.ProjectHandler;
import dev.reinhardt.core.management.BaseCommand;
import dev.reinhardt.core.management.CommandError;
import dev.reinhardt.core.management.Main;
import dev.reinhardt.core.server.EmbeddedServer;
import dev.reinhardt.core.server.PortInUseException;
import dev.reinhardt.core.server.autoreload.Autoreloader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code manage runserver [addr:]port}: serve the project on embedded Jetty
 * for development. Ctrl-C or SIGTERM lets in-flight requests finish, then exits.
 *
 * <p>Unless {@code --noreload} is given, this process becomes an
 * {@link Autoreloader}: the server runs in a child JVM started as
 * {@code runserver ... --noreload}, and editing a source of the project
 * recompiles it and restarts that child. The project is the one whose
 * {@code target/classes} the settings class was loaded from, as the
 * {@code manage} script arranges. Changes are seen through the OS's file
 * events; {@value #RELOADER_VARIABLE}{@code =poll} makes it scan every second
 * instead, for file systems whose events do not reach this machine.
 */
@Command(name = "runserver", description = "Start a development web server (default 127.0.0.1:8000).",
        footer = {"", "Editing the project's sources recompiles them and restarts the server, unless --noreload "
                + "is given. Set " + RunServerCommand.RELOADER_VARIABLE + "=poll to look for changes every second "
                + "instead of through the OS's file events (for network or container mounts)."})
public final class RunServerCommand extends BaseCommand {

    /** The environment variable that chooses how changes are seen: {@code watch} (the default) or {@code poll}. */
    public static final String RELOADER_VARIABLE = "REINHARDT_RELOADER";

    private static final Pattern ADDRESS_PORT = Pattern.compile(
            "^(?:(?<host>\\[[0-9a-fA-F:]+]|[A-Za-z0-9.-]+):)?(?<port>\\d{1,5})$");

    @Parameters(arity = "0..1", paramLabel = "[ADDR:]PORT", defaultValue = "127.0.0.1:8000",
            description = "Address and port to listen on. Default: ${DEFAULT-VALUE}.")
    String addressPort;

    @Option(names = "--noreload", description = "Do not restart the server when sources change.")
    boolean noReload;

    @Spec
    CommandSpec spec;

    /** Run the checks where the server runs: in the child when reloading, as its start-up reports them. */
    @Override
    protected boolean requiresSystemChecks() {
        return noReload;
    }

    @Override
    protected void handle() throws IOException, InterruptedException {
        Matcher matcher = ADDRESS_PORT.matcher(addressPort);
        if (!matcher.matches() || Integer.parseInt(matcher.group("port")) > 65535) {
            throw new CommandError("\"" + addressPort + "\" is not a valid port number or address:port pair. "
                    + "Use for example 8000, 0.0.0.0:8000 or [::1]:8000.");
        }
        String host = matcher.group("host") == null ? "127.0.0.1" : matcher.group("host");
        String bindHost = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        int port = Integer.parseInt(matcher.group("port"));
        Settings settings = Settings.current();
        if (!noReload) {
            runWithReloader(settings, bindHost, port);
            return;
        }
        EmbeddedServer server;
        try {
            server = EmbeddedServer.builder(ProjectHandler.create(settings), settings).host(bindHost).port(port).start();
        } catch (PortInUseException e) {
            throw new CommandError(e.getMessage());
        }
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(server::stop));
        stdout().println(ZonedDateTime.now().format(DateTimeFormatter.ofPattern("MMMM dd, yyyy - HH:mm:ss", Locale.ENGLISH)));
        stdout().println("Reinhardt version " + Reinhardt.version() + ", using settings '"
                + settings.getClass().getName() + "'");
        stdout().println("Starting development server at http://" + host + ":" + server.port() + "/");
        stdout().println("Quit the server with CONTROL-C.");
        stdout().flush();
        server.join();
    }

    private void runWithReloader(Settings settings, String bindHost, int port) throws IOException, InterruptedException {
        boolean poll = pollingChosen();
        checkAddressIsFree(bindHost, port);
        List<String> arguments = new ArrayList<>();
        arguments.add("runserver");
        arguments.addAll(spec.commandLine().getParseResult().originalArgs());
        arguments.add("--noreload");
        Autoreloader reloader;
        try {
            reloader = Autoreloader.builder(settings.getClass())
                    .server(Main.class.getName(), arguments)
                    .polling(poll)
                    .output(stdout(), stderr())
                    .build();
        } catch (IllegalStateException e) {
            throw new CommandError(e.getMessage());
        }
        reloader.run();
    }

    private static boolean pollingChosen() {
        String value = System.getenv(RELOADER_VARIABLE);
        if (value == null || value.isEmpty() || value.equals("watch")) {
            return false;
        }
        if (value.equals("poll")) {
            return true;
        }
        throw new CommandError(RELOADER_VARIABLE + "=" + value + " is not a reloader. Use \"watch\" (the OS's "
                + "file events, the default) or \"poll\" (look for changes every second).");
    }

    /** Fail now rather than in every child: the children would each report it and wait for an edit that cannot help. */
    private static void checkAddressIsFree(String bindHost, int port) throws IOException {
        InetSocketAddress address = new InetSocketAddress(bindHost, port);
        if (address.isUnresolved()) {
            throw new CommandError("\"" + bindHost + "\" is not a host name this machine knows. "
                    + "Use an address of this machine, such as 127.0.0.1 or 0.0.0.0.");
        }
        if (port == 0) {
            return;
        }
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(address);
        } catch (BindException e) {
            if (String.valueOf(e.getMessage()).contains("in use")) {
                throw new CommandError(new PortInUseException(port, e).getMessage());
            }
            throw new CommandError("Cannot listen on " + bindHost + ":" + port + " (" + e.getMessage()
                    + "). Use an address of this machine, such as 127.0.0.1 or 0.0.0.0.");
        }
    }
}
