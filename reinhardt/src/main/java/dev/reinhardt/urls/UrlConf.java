package dev.reinhardt.urls;

import dev.reinhardt.http.ErrorView;

import java.util.List;

/**
 * A urlconf (Django's {@code urls.py} module): a class with a no-argument
 * constructor that lists URL patterns. The project's root urlconf is named
 * by the {@code rootUrlconf} setting; apps' urlconfs are {@code include()}d.
 *
 * <pre>{@code
 * public final class BlogUrls implements UrlConf {
 *     public List<UrlPattern> urlpatterns() {
 *         return List.of(
 *                 path("", Blog::index, "index"),
 *                 path("articles/<int:year>/<slug:slug>/", Blog::article, "article-detail"));
 *     }
 *     public String appName() { return "blog"; }   // reverse("blog:article-detail", ...)
 * }
 * }</pre>
 *
 * <p>The root urlconf may also name the views that render error pages, as a
 * Django project sets {@code handler404} in its root {@code urls.py}.
 * {@link #urlpatterns()} is called once, when the resolver is built.
 */
public interface UrlConf {

    /** Return the patterns, tried in order; the first match wins. */
    List<UrlPattern> urlpatterns();

    /** Return the application namespace of these patterns, or null for none. */
    default String appName() {
        return null;
    }

    /** Return the view for 400 Bad Request responses, or null for Reinhardt's page. */
    default ErrorView handler400() {
        return null;
    }

    /** Return the view for 403 Forbidden responses, or null for Reinhardt's page. */
    default ErrorView handler403() {
        return null;
    }

    /** Return the view for 404 Not Found responses (when debug is off), or null for Reinhardt's page. */
    default ErrorView handler404() {
        return null;
    }

    /** Return the view for 500 Server Error responses (when debug is off), or null for Reinhardt's page. */
    default ErrorView handler500() {
        return null;
    }
}
