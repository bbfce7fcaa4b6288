package dev.reinhardt.middleware;

import dev.reinhardt.conf.Settings;
import dev.reinhardt.core.handlers.ProjectHandler;
import dev.reinhardt.http.HttpRequest;
import dev.reinhardt.http.HttpResponse;

/** Build a project handler per test and send it requests. */
final class MiddlewareTestSupport {

    private MiddlewareTestSupport() {
    }

    static HttpRequest.Builder request(ProjectHandler handler, String method, String path) {
        return HttpRequest.builder(handler.settings()).method(method).rawPath(path).header("Host", "testserver");
    }

    static HttpResponse get(ProjectHandler handler, String path) {
        return handler.handle(request(handler, "GET", path).build());
    }

    static ProjectHandler handler(Settings settings) {
        return ProjectHandler.create(settings);
    }
}
