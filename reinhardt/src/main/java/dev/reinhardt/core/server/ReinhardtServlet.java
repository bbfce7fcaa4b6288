package dev.reinhardt.core.server;

import dev.reinhardt.conf.Settings;
import dev.reinhardt.core.handlers.Handler;
import dev.reinhardt.core.handlers.ProjectHandler;
import dev.reinhardt.exceptions.BadRequest;
import dev.reinhardt.http.HttpRequest;
import dev.reinhardt.http.HttpResponse;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Collections;
import java.util.Map;

/**
 * Serve a Reinhardt project from any Jakarta Servlet 6 container, as a
 * WSGI app deploys behind any WSGI server. Map it to {@code /*}; URLs are
 * resolved below the web application's context path, which is the request's
 * script prefix (Django's SCRIPT_NAME, replaced by the
 * {@code forceScriptName} setting when set): {@code request.path()},
 * {@code reverse()} and the redirects Reinhardt builds all keep it.
 * The response is closed, and {@code requestFinished} sent, after its last
 * byte is written.
 *
 * <p>Declared in {@code web.xml} it builds a {@link ProjectHandler} from the
 * project's settings ({@code REINHARDT_SETTINGS_MODULE}) in {@link #init()};
 * embedded, pass the handler and settings to the constructor.
 */
public class ReinhardtServlet extends HttpServlet {

    private transient Handler handler;
    private transient Settings settings;

    /** Create a servlet that builds the project's handler from its settings when the container initialises it. */
    public ReinhardtServlet() {
    }

    /** Create a servlet serving {@code handler}, whose requests are bounded by {@code settings}. */
    public ReinhardtServlet(Handler handler, Settings settings) {
        this.handler = handler;
        this.settings = settings;
    }

    @Override
    public void init() {
        if (handler == null) {
            settings = Settings.current();
            handler = ProjectHandler.create(settings);
        }
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpRequest reinhardtRequest;
        try {
            reinhardtRequest = toRequest(request);
        } catch (BadRequest e) {
            write(request, response, HttpResponse.plainText("Bad Request (400)", 400));
            return;
        }
        Exchange.serve(handler, settings, reinhardtRequest, result -> write(request, response, result));
    }

    private HttpRequest toRequest(HttpServletRequest request) throws IOException {
        String uri = request.getRequestURI();
        String contextPath = request.getContextPath();
        String forced = settings.forceScriptName();
        HttpRequest.Builder builder = HttpRequest.builder(settings)
                .method(request.getMethod())
                .scriptName(forced != null ? forced : contextPath)
                .rawPath(uri.substring(Math.min(contextPath.length(), uri.length())))
                .queryString(request.getQueryString())
                .scheme(request.getScheme())
                .server(request.getServerName(), request.getServerPort())
                .remoteAddr(request.getRemoteAddr())
                .body(request.getInputStream(), request.getContentLengthLong());
        for (String name : Collections.list(request.getHeaderNames())) {
            for (String value : Collections.list(request.getHeaders(name))) {
                builder.header(name, value);
            }
        }
        return builder.build();
    }

    private static void write(HttpServletRequest request, HttpServletResponse response, HttpResponse result)
            throws IOException {
        response.setStatus(result.status());
        for (Map.Entry<String, String> line : result.headerLines()) {
            response.addHeader(line.getKey(), line.getValue());
        }
        boolean bodiless = request.getMethod().equals("HEAD") || result.status() == 204 || result.status() == 304;
        if (!result.isStreaming()) {
            response.setContentLengthLong(result.content().length);
        }
        if (bodiless) {
            response.flushBuffer();
            return;
        }
        try (OutputStream out = response.getOutputStream()) {
            result.writeBody(out);
        }
    }
}
