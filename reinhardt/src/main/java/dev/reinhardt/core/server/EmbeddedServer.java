package dev.reinhardt.core.server;

import dev.reinhardt.conf.Settings;
import dev.reinhardt.core.handlers.Handler;
import dev.reinhardt.core.handlers.ProjectHandler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.VirtualThreadPool;

import java.net.BindException;
import java.time.Duration;
import java.util.Objects;

/**
 * An embedded Jetty 12 server for a {@link Handler}, one virtual thread per request.
 *
 * <pre>{@code
 * EmbeddedServer server = EmbeddedServer.start(ProjectHandler.create(settings), "127.0.0.1", 8000);
 * server.join();
 * }</pre>
 *
 * <p>Hostile clients are bounded: request headers over 8 KiB get 431, an
 * idle connection is closed after the idle timeout (30 s by default),
 * a request body arriving slower than 1 KiB/s is cut off, and at most
 * 10,000 connections are open at once. {@link #stop()} stops accepting,
 * lets in-flight requests finish for up to the stop timeout (10 s by
 * default), then closes everything.
 *
 * <p>The project is served at the root. Behind a proxy that publishes it
 * under a path prefix and strips the prefix, set the {@code forceScriptName}
 * setting to that prefix so {@code reverse()} and redirects include it.
 */
public final class EmbeddedServer {

    private final Server server;
    private final ServerConnector connector;

    private EmbeddedServer(Server server, ServerConnector connector) {
        this.server = server;
        this.connector = connector;
    }

    /**
     * Start serving {@code handler} on {@code host}:{@code port} (0 picks a
     * free port), with the settings of a {@link ProjectHandler} or else the
     * project's current settings.
     *
     * @throws PortInUseException when the port is taken
     */
    public static EmbeddedServer start(Handler handler, String host, int port) {
        Settings settings = handler instanceof ProjectHandler project ? project.settings() : Settings.current();
        return builder(handler, settings).host(host).port(port).start();
    }

    /** Return a builder for a server of {@code handler}, whose requests are bounded by {@code settings}. */
    public static Builder builder(Handler handler, Settings settings) {
        return new Builder(handler, settings);
    }

    /** Return the port the server listens on. */
    public int port() {
        return connector.getLocalPort();
    }

    /** Stop gracefully: refuse new connections, let in-flight requests finish within the stop timeout, close. */
    public void stop() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("The server did not stop cleanly: " + e.getMessage(), e);
        }
    }

    /** Wait until the server has stopped. */
    public void join() throws InterruptedException {
        server.join();
    }

    /** Configures and starts an {@link EmbeddedServer}. */
    public static final class Builder {
        private final Handler handler;
        private final Settings settings;
        private String host = "127.0.0.1";
        private int port = 8000;
        private Duration idleTimeout = Duration.ofSeconds(30);
        private Duration stopTimeout = Duration.ofSeconds(10);
        private int maxConnections = 10_000;

        private Builder(Handler handler, Settings settings) {
            this.handler = Objects.requireNonNull(handler, "handler");
            this.settings = Objects.requireNonNull(settings, "settings");
        }

        /** Listen on {@code host}; "0.0.0.0" for every interface. */
        public Builder host(String host) {
            this.host = host;
            return this;
        }

        /** Listen on {@code port}; 0 picks a free one. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** Close connections idle for longer than {@code timeout}. */
        public Builder idleTimeout(Duration timeout) {
            this.idleTimeout = timeout;
            return this;
        }

        /** Wait at most {@code timeout} for in-flight requests when stopping. */
        public Builder stopTimeout(Duration timeout) {
            this.stopTimeout = timeout;
            return this;
        }

        /** Accept at most {@code max} connections at once. */
        public Builder maxConnections(int max) {
            this.maxConnections = max;
            return this;
        }

        /**
         * Start the server.
         *
         * @throws PortInUseException when the port is taken
         */
        public EmbeddedServer start() {
            VirtualThreadPool threads = new VirtualThreadPool();
            threads.setName("reinhardt");
            Server server = new Server(threads);
            HttpConfiguration config = new HttpConfiguration();
            config.setSendServerVersion(false);
            config.setRequestHeaderSize(8192);
            config.setResponseHeaderSize(16384);
            ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(config));
            connector.setHost(host);
            connector.setPort(port);
            connector.setIdleTimeout(idleTimeout.toMillis());
            server.addConnector(connector);
            server.addBean(new NetworkConnectionLimit(maxConnections, connector));
            server.setHandler(new JettyAdapter(handler, settings));
            server.setStopTimeout(stopTimeout.toMillis());
            server.setStopAtShutdown(false);
            try {
                server.start();
            } catch (Exception e) {
                stopQuietly(server, e);
                for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                    if (cause instanceof BindException) {
                        throw new PortInUseException(port, e);
                    }
                }
                throw new IllegalStateException("The server could not start on " + host + ":" + port + ": "
                        + e.getMessage(), e);
            }
            return new EmbeddedServer(server, connector);
        }

        private static void stopQuietly(Server server, Exception failure) {
            try {
                server.stop();
            } catch (Exception e) {
                failure.addSuppressed(e);
            }
        }
    }
}
