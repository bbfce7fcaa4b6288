package dev.reinhardt.core.handlers;

import dev.reinhardt.http.Http404;
import dev.reinhardt.http.HttpRequest;
import dev.reinhardt.http.HttpResponse;
import dev.reinhardt.http.JsonResponse;
import dev.reinhardt.urls.Resolver404;
import dev.reinhardt.urls.UrlResolver;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The pages the handler renders itself: plain error pages, the technical
 * 404 and 500 pages shown when {@code debug} is on (as JSON when the client
 * prefers it), and the welcome page of a project without URLs.
 */
final class DebugPages {

    private static final String STYLE = "<style>body{font:15px/1.5 system-ui,sans-serif;margin:0}"
            + "header{background:#fde8d7;padding:1em 2em;border-bottom:1px solid #e0c1ad}main{padding:1em 2em}"
            + "code,pre{font:13px ui-monospace,monospace}pre{background:#f6f6f6;padding:.8em;overflow:auto}"
            + "li.framework{color:#888}</style>";

    private DebugPages() {
    }

    static HttpResponse plain(int status, String title, String message) {
        String body = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + escape(title)
                + "</title></head><body><h1>" + escape(title) + "</h1>"
                + (message == null || message.isEmpty() ? "" : "<p>" + escape(message) + "</p>") + "</body></html>";
        return new HttpResponse(body, status);
    }

    static HttpResponse welcome() {
        String body = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Reinhardt is running"
                + "</title>" + STYLE + "</head><body><header><h1>Your Reinhardt project is up and running</h1></header>"
                + "<main><p>This page appears because <code>debug</code> is on and your root urlconf has no URL "
                + "patterns yet.</p><p>Next: add a view, list it with <code>path(...)</code> in the class named by the "
                + "<code>rootUrlconf</code> setting, and reload.</p></main></body></html>";
        return new HttpResponse(body, 200);
    }

    static HttpResponse technical404(HttpRequest request, Http404 e, UrlResolver resolver) {
        List<String> tried = e instanceof Resolver404 notFound ? notFound.tried() : resolver.patternDescriptions();
        String raisedBy = request.resolverMatch() == null ? null : request.resolverMatch().route();
        if (prefersJson(request)) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("status", 404);
            json.put("path", request.path());
            json.put("message", e.getMessage());
            json.put("raisedBy", raisedBy);
            json.put("patternsTried", tried);
            return new JsonResponse(json, 404);
        }
        StringBuilder html = start("Page not found at " + request.path(), request);
        if (raisedBy != null) {
            html.append("<p>Raised by the view for route <code>").append(escape(raisedBy)).append("</code>: ")
                    .append(escape(e.getMessage())).append("</p>");
        }
        html.append("<p>Reinhardt tried these URL patterns, in this order:</p><ol>");
        for (String pattern : tried) {
            html.append("<li><code>").append(escape(pattern)).append("</code></li>");
        }
        html.append("</ol>");
        if (e instanceof Resolver404) {
            html.append("<p>").append(escape(e.getMessage())).append("</p>");
        }
        return finish(html, 404);
    }

    static HttpResponse technical500(HttpRequest request, Throwable e, int status) {
        List<StackTraceElement> frames = List.of(e.getStackTrace());
        if (prefersJson(request)) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("status", status);
            json.put("exception", e.getClass().getName());
            json.put("message", e.getMessage());
            json.put("path", request.path());
            json.put("frames", frames.stream().filter(ProjectFrames::isProject).map(String::valueOf).toList());
            json.put("causes", causes(e));
            return new JsonResponse(json, status);
        }
        StringBuilder html = start(e.getClass().getSimpleName() + " at " + request.path(), request);
        html.append("<p><strong>").append(escape(e.getClass().getName())).append("</strong>: ")
                .append(escape(String.valueOf(e.getMessage()))).append("</p><h2>Traceback (project frames)</h2><ol>");
        int hidden = 0;
        for (StackTraceElement frame : frames) {
            if (ProjectFrames.isProject(frame)) {
                html.append("<li><code>").append(escape(frame.toString())).append("</code></li>");
            } else {
                hidden++;
            }
        }
        html.append("</ol><p class=\"framework\">").append(hidden).append(" framework and library frames hidden.</p>");
        for (String cause : causes(e)) {
            html.append("<p>Caused by: <code>").append(escape(cause)).append("</code></p>");
        }
        html.append("<h2>Request</h2><pre>").append(escape(request.method() + " " + request.getFullPath()));
        for (String name : request.headers().names()) {
            html.append('\n').append(escape(name)).append(": ").append(escape(request.headers().get(name)));
        }
        html.append("</pre>");
        return finish(html, status);
    }

    /** Return whether the Accept header ranks JSON above HTML. */
    static boolean prefersJson(HttpRequest request) {
        String accept = request.headers().get("Accept");
        if (accept == null) {
            return false;
        }
        double json = 0;
        double html = 0;
        int jsonAt = Integer.MAX_VALUE;
        int htmlAt = Integer.MAX_VALUE;
        String[] ranges = accept.split(",");
        for (int i = 0; i < ranges.length; i++) {
            String[] parts = ranges[i].split(";");
            String type = parts[0].strip().toLowerCase(Locale.ROOT);
            double q = 1;
            for (int p = 1; p < parts.length; p++) {
                String parameter = parts[p].strip();
                if (parameter.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(parameter.substring(2));
                    } catch (NumberFormatException ignored) {
                        q = 0;
                    }
                }
            }
            if ((type.equals("application/json") || type.endsWith("+json")) && q > json) {
                json = q;
                jsonAt = Math.min(jsonAt, i);
            } else if (type.equals("text/html") && q > html) {
                html = q;
                htmlAt = Math.min(htmlAt, i);
            }
        }
        return json > html || (json > 0 && json == html && jsonAt < htmlAt);
    }

    private static List<String> causes(Throwable e) {
        List<String> causes = new ArrayList<>();
        for (Throwable cause = e.getCause(); cause != null && causes.size() < 10; cause = cause.getCause()) {
            causes.add(cause.toString());
        }
        return causes;
    }

    private static StringBuilder start(String title, HttpRequest request) {
        return new StringBuilder(4096).append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"robots\" content=\"noindex,nofollow\"><title>").append(escape(title))
                .append("</title>").append(STYLE).append("</head><body><header><h1>").append(escape(title))
                .append("</h1><p>Request: <code>").append(escape(request.method() + " " + request.getFullPath()))
                .append("</code></p></header><main>");
    }

    private static HttpResponse finish(StringBuilder html, int status) {
        html.append("<p><em>You see this page because <code>debug</code> is on. Turn it off in production to show a "
                + "plain page instead.</em></p></main></body></html>");
        return new HttpResponse(html.toString(), status);
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#x27;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
