package dev.reinhardt.core.handlers;

import dev.reinhardt.conf.Settings;
import dev.reinhardt.core.signals.Signals;
import dev.reinhardt.db.backends.base.ConnectionScope;
import dev.reinhardt.dispatch.ReceiverFailure;
import dev.reinhardt.http.HttpRequest;
import dev.reinhardt.http.HttpResponse;
import dev.reinhardt.urls.ScriptPrefix;
import dev.reinhardt.urls.UrlResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * The project as one {@link Handler} (Django's {@code WSGIHandler}): built
 * once from {@link Settings}, with the middleware chain of
 * {@code settings.middleware()} around the URL resolver of
 * {@code settings.rootUrlconf()}.
 *
 * <p>Per request it binds the settings and the request's
 * {@link ScriptPrefix} for the request's thread (so
 * {@code Settings.current()} and {@code Urls.reverse} see them), sends
 * {@link Signals#requestStarted}, and guards every middleware and the view:
 * an exception becomes an error response, never a dropped connection.
 * Temporary upload files are deleted, and {@link Signals#requestFinished}
 * sent, when the caller {@linkplain HttpResponse#close() closes} the
 * response: a server does so once the last byte of the body is sent (or the
 * client went away), so a streamed body is still in flight until then.
 * The middleware and the view run in a {@link ConnectionScope}: a request
 * borrows at most one connection per database, returned once the view's
 * response is built (a body streamed after that queries on its own).
 * On databases whose settings ask for {@code atomicRequests}, each view runs
 * in a transaction that a thrown exception rolls back. Thread-safe.
 */
public final class ProjectHandler implements Handler {

    private static final Logger LOG = LoggerFactory.getLogger("dev.reinhardt.request");

    private final Settings settings;
    private final Handler chain;
    private final ExceptionResponses errors;

    private ProjectHandler(Settings settings, Handler chain, ExceptionResponses errors) {
        this.settings = settings;
        this.chain = chain;
        this.errors = errors;
    }

    /**
     * Build the handler for {@code settings}: compile the root urlconf and
     * create each middleware once.
     *
     * @throws dev.reinhardt.exceptions.ImproperlyConfigured when a middleware or the urlconf is unusable
     */
    public static ProjectHandler create(Settings settings) {
        UrlResolver resolver = Settings.callWith(settings, () -> UrlResolver.forSettings(settings));
        ExceptionResponses errors = new ExceptionResponses(settings, resolver);
        Handler chain = Settings.callWith(settings, () -> MiddlewareChain.build(settings, resolver, errors));
        return new ProjectHandler(settings, chain, errors);
    }

    /** Return the settings the handler was built from. */
    public Settings settings() {
        return settings;
    }

    @Override
    public HttpResponse handle(HttpRequest request) {
        if (request.scriptName().isEmpty() && settingsAreCurrent() && ScriptPrefix.current().equals("/")) {
            // A server adapter has bound both for the whole exchange already; binding them again costs per request.
            return handleInScope(request);
        }
        return Settings.callWith(settings,
                () -> ScriptPrefix.callWith(request.scriptName(), () -> handleInScope(request)));
    }

    private boolean settingsAreCurrent() {
        return Settings.isConfigured() && Settings.current() == settings;
    }

    private HttpResponse handleInScope(HttpRequest request) {
        HttpResponse response;
        try {
            response = ConnectionScope.call(() -> {
                Signals.requestStarted.send(ProjectHandler.class, request);
                return chain.handle(request);
            });
            if (response == null) {
                throw new IllegalStateException("The outermost middleware returned null instead of an HttpResponse.");
            }
        } catch (Exception e) {
            response = errors.responseFor(request, e);
        }
        response.onClose(request::close);
        response.onClose(() -> {
            if (settingsAreCurrent()) {
                requestFinished(request);
            } else {
                Settings.callWith(settings, () -> requestFinished(request));
            }
        });
        return response;
    }

    private static Void requestFinished(HttpRequest request) {
        List<ReceiverFailure> failures = Signals.requestFinished.sendRobust(ProjectHandler.class, request);
        for (ReceiverFailure failure : failures) {
            LOG.error("A requestFinished receiver failed", failure.error());
        }
        return null;
    }

    @Override
    public String toString() {
        return "ProjectHandler[" + settings + "]";
    }
}
