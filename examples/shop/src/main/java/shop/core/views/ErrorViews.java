package shop.core.views;

import dev.reinhardt.exceptions.BadRequest;
import dev.reinhardt.exceptions.TooManyFieldsSent;
import dev.reinhardt.http.HttpRequest;
import dev.reinhardt.http.HttpResponse;
import dev.reinhardt.http.JsonResponse;
import shop.core.middleware.RequestIdMiddleware;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The shop's error pages when {@code debug} is off (the root urlconf's
 * {@code handler400}, {@code handler404} and {@code handler500}): JSON
 * {@code {"status", "error", "path"}} for clients that prefer JSON and for
 * the {@code /api/} paths, a small HTML page for browsers. Messages never
 * carry internals; a server error names the request id the log has.
 */
public final class ErrorViews {

    private ErrorViews() {
    }

    /** Answer 400 Bad Request, with the exception's message when it is written for the client. */
    public static HttpResponse badRequest(HttpRequest request, Throwable exception) {
        String message = exception instanceof BadRequest || exception instanceof TooManyFieldsSent
                ? exception.getMessage()
                : "The request was refused: it is malformed or unsafe.";
        return answer(request, 400, "Bad Request", message);
    }

    /** Answer 404 Not Found. */
    public static HttpResponse notFound(HttpRequest request, Throwable exception) {
        return answer(request, 404, "Not Found", "There is nothing at " + request.path()
                + ". The home page / lists the shop's pages and APIs.");
    }

    /** Answer 500 Server Error, naming the request id under which the error is logged. */
    public static HttpResponse serverError(HttpRequest request, Throwable exception) {
        Object id = request.attributes().get(RequestIdMiddleware.KEY);
        return answer(request, 500, "Server Error", "The shop failed to answer this request"
                + (id == null ? "" : "; the error is logged with request id " + id) + ". Please try again later.");
    }

    /** Answer JSON or HTML as the client prefers; {@code Vary: Accept} keeps caches from mixing the two. */
    private static HttpResponse answer(HttpRequest request, int status, String title, String message) {
        return render(request, status, title, message).header("Vary", "Accept");
    }

    private static HttpResponse render(HttpRequest request, int status, String title, String message) {
        if (wantsJson(request)) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", status);
            body.put("error", message);
            body.put("path", request.path());
            return new JsonResponse(body, status);
        }
        String html = """
                <!doctype html>
                <html lang="en">
                <head><meta charset="utf-8"><title>%1$s (%2$d)</title></head>
                <body><h1>%1$s (%2$d)</h1><p>%3$s</p></body>
                </html>
                """.formatted(title, status, HomeView.escape(message));
        return new HttpResponse(html, status);
    }

    /** Return whether to answer JSON: the Accept header ranks JSON above HTML, or an API path and no HTML asked. */
    static boolean wantsJson(HttpRequest request) {
        double json = 0;
        double html = 0;
        String accept = request.headers().get("Accept");
        for (String range : accept == null ? new String[0] : accept.split(",")) {
            String[] parts = range.split(";");
            String type = parts[0].strip().toLowerCase(Locale.ROOT);
            double q = quality(parts);
            if (type.equals("application/json") || type.endsWith("+json")) {
                json = Math.max(json, q);
            } else if (type.equals("text/html")) {
                html = Math.max(html, q);
            }
        }
        return json > html || (json == html && request.path().startsWith("/api/"));
    }

    private static double quality(String[] parameters) {
        for (int i = 1; i < parameters.length; i++) {
            String parameter = parameters[i].strip();
            if (parameter.startsWith("q=")) {
                try {
                    return Double.parseDouble(parameter.substring(2));
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }
}
