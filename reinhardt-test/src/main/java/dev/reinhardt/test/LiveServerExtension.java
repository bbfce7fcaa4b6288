package dev.reinhardt.test;

import dev.reinhardt.apps.Apps;
import dev.reinhardt.conf.Settings;
import dev.reinhardt.core.handlers.Handler;
import dev.reinhardt.core.handlers.ProjectHandler;
import dev.reinhardt.core.server.EmbeddedServer;
import dev.reinhardt.db.Connections;
import dev.reinhardt.http.HttpRequest;
import dev.reinhardt.http.HttpResponse;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.time.Duration;

/**
 * The JUnit 5 extension behind {@link LiveServerTest}: starts the project on
 * Jetty at {@code 127.0.0.1} on a free port before the class, after
 * {@link ReinhardtExtension} has set it up, and stops it after the class.
 * Requests are served with the test class's registry and test databases,
 * and with the settings of the test running at the time.
 */
public final class LiveServerExtension implements BeforeAllCallback, AfterAllCallback, ParameterResolver {

    /** The address the server listens on. */
    static final String HOST = "127.0.0.1";
    private static final String SERVER = "liveServer";

    private record Running(EmbeddedServer server, LiveServer address) {
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (context.getStore(ReinhardtExtension.NAMESPACE).get(SERVER, Running.class) != null) {
            return;
        }
        ClassState state = ReinhardtExtension.classState(context);
        Handler handler = new TestServerHandler(state);
        EmbeddedServer server = EmbeddedServer.builder(handler, state.settings).host(HOST).port(0)
                .stopTimeout(Duration.ofSeconds(2)).start();
        context.getStore(ReinhardtExtension.NAMESPACE).put(SERVER,
                new Running(server, new LiveServer(HOST, server.port())));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        Running running = context.getStore(ReinhardtExtension.NAMESPACE).remove(SERVER, Running.class);
        if (running != null) {
            running.server().stop();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == LiveServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        Running running = extensionContext.getStore(ReinhardtExtension.NAMESPACE).get(SERVER, Running.class);
        if (running == null) {
            throw new IllegalStateException("No live server runs for " + extensionContext.getRequiredTestClass()
                    .getName() + "; annotate the class with @LiveServerTest.");
        }
        return running.address();
    }

    /**
     * Serve each request on a server thread with the class's registry and
     * connections, through a project handler built for the settings of the
     * test running now (rebuilt when a test overrides settings).
     */
    private static final class TestServerHandler implements Handler {
        private final ClassState state;
        private volatile ProjectHandler project;

        TestServerHandler(ClassState state) {
            this.state = state;
        }

        @Override
        public HttpResponse handle(HttpRequest request) {
            Settings settings = state.currentSettings;
            ProjectHandler current = project;
            if (current == null || current.settings() != settings) {
                current = Settings.callWith(settings, () -> Apps.callWith(state.apps, () -> ProjectHandler.create(settings)));
                project = current;
            }
            ProjectHandler chosen = current;
            return Apps.callWith(state.apps, () -> Connections.callWith(state.databases.connections(),
                    () -> chosen.handle(request)));
        }
    }
}
