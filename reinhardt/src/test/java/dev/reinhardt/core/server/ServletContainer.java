package dev.reinhardt.core.server;

import dev.reinhardt.conf.Settings;
import dev.reinhardt.core.handlers.ProjectHandler;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * A real Jetty servlet container on a free loopback port, serving a
 * project through {@link ReinhardtServlet} under a context path.
 *
 * @param server the running container
 * @param port   the port it listens on
 */
record ServletContainer(Server server, int port) implements AutoCloseable {

    /** Start a container that serves the project of {@code settings} under {@code contextPath}. */
    static ServletContainer start(String contextPath, Settings settings) throws Exception {
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler(contextPath);
        context.addServlet(new ServletHolder(new ReinhardtServlet(ProjectHandler.create(settings), settings)), "/*");
        server.setHandler(context);
        server.start();
        return new ServletContainer(server, connector.getLocalPort());
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
