package dev.reinhardt.core.handlers;

import dev.reinhardt.conf.Settings;
import dev.reinhardt.core.signals.Signals;
import dev.reinhardt.dispatch.ReceiverFailure;
import dev.reinhardt.http.HttpRequest;
import dev.reinhardt.http.HttpResponse;
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
 * <p>Per request it binds the settings for the request's thread (so
 * {@code Settings.current()} and {@code Urls.reverse} see them), sends
 * {@link Signals#requestStarted} and {@link Signals#requestFinished}, and
 * guards every middleware and the view: an exception becomes an error
 * response, never a dropped connection. On databases whose settings ask for
 * {@code atomicRequests}, each view runs in a transaction that a thrown
 * exception rolls back. Temporary upload files are deleted
 * when the response is returned. Thread-safe.
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
        return Settings.callWith(settings, () -> handleInScope(request));
    }

    private HttpResponse handleInScope(HttpRequest request) {
        try {
            Signals.requestStarted.send(ProjectHandler.class, request);
            return chain.handle(request);
        } catch (Exception e) {
            return errors.responseFor(request, e);
        } finally {
            request.close();
            List<ReceiverFailure> failures = Signals.requestFinished.sendRobust(ProjectHandler.class, request);
            for (ReceiverFailure failure : failures) {
                LOG.error("A requestFinished receiver failed", failure.error());
            }
        }
    }

    @Override
    public String toString() {
        return "ProjectHandler[" + settings + "]";
    }
}
