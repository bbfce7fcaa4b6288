package dev.reinhardt.core.handlers;

import dev.reinhardt.conf.Settings;
import dev.reinhardt.core.signals.Signals;
import dev.reinhardt.exceptions.BadRequest;
import dev.reinhardt.exceptions.PermissionDenied;
import dev.reinhardt.exceptions.RequestDataTooBig;
import dev.reinhardt.exceptions.SuspiciousOperation;
import dev.reinhardt.http.Http404;
import dev.reinhardt.http.HttpRequest;
import dev.reinhardt.http.HttpResponse;
import dev.reinhardt.urls.UrlConf;
import dev.reinhardt.urls.UrlResolver;
import dev.reinhardt.http.ErrorView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turn an exception into a response (Django's {@code response_for_exception}):
 * 404, 403, 400, 413 or a logged 500, as a technical page when
 * {@code debug}, else the project's error view or a plain page.
 */
final class ExceptionResponses {

    private static final Logger REQUEST_LOG = LoggerFactory.getLogger("dev.reinhardt.request");

    private final boolean debug;
    private final UrlResolver resolver;
    private final ErrorView handler400;
    private final ErrorView handler403;
    private final ErrorView handler404;
    private final ErrorView handler500;

    ExceptionResponses(Settings settings, UrlResolver resolver) {
        this.debug = settings.debug();
        this.resolver = resolver;
        UrlConf urlconf = resolver.urlconf();
        this.handler400 = urlconf.handler400();
        this.handler403 = urlconf.handler403();
        this.handler404 = urlconf.handler404();
        this.handler500 = urlconf.handler500();
    }

    HttpResponse responseFor(HttpRequest request, Throwable e) {
        return switch (e) {
            case Http404 notFound -> debug ? DebugPages.technical404(request, notFound, resolver)
                    : custom(handler404, request, e, 404, "Not Found", "The requested resource was not found on this server.");
            case PermissionDenied _ -> {
                REQUEST_LOG.warn("Forbidden (Permission denied): {}", request.path());
                yield custom(handler403, request, e, 403, "403 Forbidden", "");
            }
            case BadRequest bad -> {
                REQUEST_LOG.warn("Bad Request: {}: {}", request.path(), bad.getMessage());
                yield custom(handler400, request, e, 400, "Bad Request (400)", bad.getMessage());
            }
            case RequestDataTooBig tooBig -> {
                securityLog(tooBig).error(tooBig.getMessage());
                yield HttpResponse.plainText("Content Too Large (413)", 413);
            }
            case SuspiciousOperation suspicious -> {
                securityLog(suspicious).error(suspicious.getMessage());
                yield debug ? DebugPages.technical500(request, e, 400)
                        : custom(handler400, request, e, 400, "Bad Request (400)", "");
            }
            default -> serverError(request, e);
        };
    }

    private HttpResponse serverError(HttpRequest request, Throwable e) {
        Object requestId = request.attributes().get("requestId");
        if (requestId != null) {
            REQUEST_LOG.error("Internal Server Error: {} (request id {})", request.path(), requestId, e);
        } else {
            REQUEST_LOG.error("Internal Server Error: {}", request.path(), e);
        }
        Signals.gotRequestException.sendRobust(ProjectHandler.class, new Signals.RequestFailure(request, e));
        if (debug) {
            return DebugPages.technical500(request, e, 500);
        }
        return custom(handler500, request, e, 500, "Server Error (500)", "");
    }

    private static Logger securityLog(SuspiciousOperation e) {
        return LoggerFactory.getLogger("dev.reinhardt.security." + e.getClass().getSimpleName());
    }

    /** Render with the project's error view when it has one; fall back to a plain page if that fails too. */
    private static HttpResponse custom(ErrorView view, HttpRequest request, Throwable e, int status, String title,
                                       String message) {
        if (view != null) {
            try {
                HttpResponse response = view.handle(request, e);
                if (response != null) {
                    return response;
                }
                REQUEST_LOG.error("The error view for {} returned null", status);
            } catch (Exception failure) {
                REQUEST_LOG.error("The error view for {} failed", status, failure);
            }
        }
        return DebugPages.plain(status, title, message);
    }
}
