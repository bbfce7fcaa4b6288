package bench.project;

import bench.project.config.settings.Bench;
import dev.reinhardt.Reinhardt;
import dev.reinhardt.conf.Settings;
import dev.reinhardt.core.handlers.ProjectHandler;
import dev.reinhardt.core.server.EmbeddedServer;

/**
 * Serve the benchmark project on Reinhardt's embedded Jetty, as a production
 * launcher does: load the settings, set up the apps, build the handler once.
 *
 * <pre>{@code DATABASE_URL=postgres://postgres@127.0.0.1:5432/reinhardt_bench java -cp ... bench.project.Main 8080}</pre>
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 8080;
        Settings.configure(new Bench());
        Reinhardt.setup();
        EmbeddedServer server = EmbeddedServer.start(ProjectHandler.create(Settings.current()), "127.0.0.1", port);
        System.out.println("reinhardt listening on http://127.0.0.1:" + server.port() + "/");
        server.join();
    }
}
