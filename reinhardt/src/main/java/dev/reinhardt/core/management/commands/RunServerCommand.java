package dev.reinhardt.core.management.commands;

import dev.reinhardt.Reinhardt;
import dev.reinhardt.conf.Settings;
import dev.reinhardt.core.handlers.ProjectHandler;
import dev.reinhardt.core.management.BaseCommand;
import dev.reinhardt.core.management.CommandError;
import dev.reinhardt.core.server.EmbeddedServer;
import dev.reinhardt.core.server.PortInUseException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code manage runserver [addr:]port}: serve the project on embedded Jetty
 * for development. Ctrl-C or SIGTERM lets in-flight requests finish, then exits.
 */
@Command(name = "runserver", description = "Start a development web server (default 127.0.0.1:8000).")
public final class RunServerCommand extends BaseCommand {

    private static final Pattern ADDRESS_PORT = Pattern.compile(
            "^(?:(?<host>\\[[0-9a-fA-F:]+]|[A-Za-z0-9.-]+):)?(?<port>\\d{1,5})$");

    @Parameters(arity = "0..1", paramLabel = "[ADDR:]PORT", defaultValue = "127.0.0.1:8000",
            description = "Address and port to listen on. Default: ${DEFAULT-VALUE}.")
    String addressPort;

    @Option(names = "--noreload", description = "Do not restart the server when sources change.")
    boolean noReload;

    @Override
    protected boolean requiresSystemChecks() {
        return true;
    }

    @Override
    protected void handle() throws InterruptedException {
        Matcher matcher = ADDRESS_PORT.matcher(addressPort);
        if (!matcher.matches() || Integer.parseInt(matcher.group("port")) > 65535) {
            throw new CommandError("\"" + addressPort + "\" is not a valid port number or address:port pair. "
                    + "Use for example 8000, 0.0.0.0:8000 or [::1]:8000.");
        }
        String host = matcher.group("host") == null ? "127.0.0.1" : matcher.group("host");
        String bindHost = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        int port = Integer.parseInt(matcher.group("port"));
        Settings settings = Settings.current();
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
}
