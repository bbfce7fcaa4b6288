package dev.reinhardt.views.generic;

import dev.reinhardt.http.HttpRequest;
import dev.reinhardt.http.HttpResponse;
import dev.reinhardt.http.HttpResponsePermanentRedirect;
import dev.reinhardt.http.HttpResponseRedirect;
import dev.reinhardt.urls.Urls;
import dev.reinhardt.http.View;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A view that redirects (Django's {@code RedirectView}), for every method.
 * Immutable; configure it with the {@code to...} factories and the
 * {@code permanent}/{@code queryString} copies.
 *
 * <pre>{@code
 * path("old/<slug:slug>/", RedirectView.to("/new/{slug}/").permanent(), "old")
 * path("go/<int:year>/", RedirectView.toPattern("blog:archive").queryString(), "go")
 * }</pre>
 *
 * <p>{@code {name}} placeholders in the URL are filled from the path
 * parameters. A placeholder without a parameter answers 410 Gone, as Django
 * does for a missing URL.
 */
public final class RedirectView implements View {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z_][A-Za-z0-9_]*)}");

    private final String url;
    private final String patternName;
    private final boolean permanent;
    private final boolean queryString;

    private RedirectView(String url, String patternName, boolean permanent, boolean queryString) {
        this.url = url;
        this.patternName = patternName;
        this.permanent = permanent;
        this.queryString = queryString;
    }

    /** Redirect to {@code url}, which may hold {@code {name}} placeholders. */
    public static RedirectView to(String url) {
        return new RedirectView(url, null, false, false);
    }

    /** Redirect to the pattern named {@code patternName}, reversed with the same path parameters. */
    public static RedirectView toPattern(String patternName) {
        return new RedirectView(null, patternName, false, false);
    }

    /** Return a copy that answers 301 instead of 302. */
    public RedirectView permanent() {
        return new RedirectView(url, patternName, true, queryString);
    }

    /** Return a copy that keeps the request's query string. */
    public RedirectView queryString() {
        return new RedirectView(url, patternName, permanent, true);
    }

    @Override
    public HttpResponse handle(HttpRequest request) {
        Map<String, Object> kwargs = request.resolverMatch() == null ? Map.of() : request.resolverMatch().kwargs();
        String target = patternName != null ? Urls.reverse(patternName, kwargs) : fill(url, kwargs);
        if (target == null) {
            return HttpResponse.gone();
        }
        if (queryString && !request.queryString().isEmpty()) {
            target = target + "?" + request.queryString();
        }
        return permanent ? new HttpResponsePermanentRedirect(target) : new HttpResponseRedirect(target);
    }

    private static String fill(String url, Map<String, Object> kwargs) {
        Matcher matcher = PLACEHOLDER.matcher(url);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            Object value = kwargs.get(matcher.group(1));
            if (value == null) {
                return null;
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(String.valueOf(value)));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
