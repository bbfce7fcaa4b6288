package dev.reinhardt.urls;

import dev.reinhardt.conf.Settings;
import dev.reinhardt.exceptions.ImproperlyConfigured;
import dev.reinhardt.http.View;

import java.lang.reflect.InvocationTargetException;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The functions a urlconf is written with (Django's {@code django.urls}):
 * {@code import static dev.reinhardt.urls.Urls.*;}
 *
 * <pre>{@code
 * path("articles/<int:year>/<slug:slug>/", Articles::detail, "article-detail")
 * rePath("^archive/(?<year>[0-9]{4})/$", Articles::archive, "archive")
 * include("blog/", BlogUrls.class)
 * reverse("blog:article-detail", Map.of("year", 2024, "slug", "hello"))   // "/blog/articles/2024/hello/"
 * }</pre>
 *
 * <p>Routes are written without a leading '/'. Converters: {@code str}
 * (default, no '/'), {@code int} (Integer), {@code long} (Long),
 * {@code slug}, {@code uuid} (UUID), {@code path} (may contain '/'), and
 * any registered with {@link #registerConverter}.
 */
public final class Urls {

    private Urls() {
    }

    /** Return a pattern routing {@code route} to {@code view}, without a name. */
    public static UrlPattern path(String route, View view) {
        return path(route, view, null);
    }

    /**
     * Return a pattern routing {@code route} to {@code view}, named {@code name} for reverse().
     *
     * @throws ImproperlyConfigured when the route uses an unknown converter or is malformed
     */
    public static UrlPattern path(String route, View view, String name) {
        return new Endpoint(RoutePattern.route(route, true), Objects.requireNonNull(view, "view"), name);
    }

    /** Return a pattern routing paths matching {@code regex} to {@code view}; named groups become kwargs (strings). */
    public static UrlPattern rePath(String regex, View view) {
        return rePath(regex, view, null);
    }

    /** Return a pattern routing paths matching {@code regex} to {@code view}, named {@code name}. */
    public static UrlPattern rePath(String regex, View view, String name) {
        return new Endpoint(RoutePattern.regex(regex, true), Objects.requireNonNull(view, "view"), name);
    }

    /** Return a pattern putting {@code route} in front of the patterns of urlconf class {@code urlconf}. */
    public static UrlPattern include(String route, Class<? extends UrlConf> urlconf) {
        return include(route, instantiate(urlconf), null);
    }

    /** Return a pattern putting {@code route} in front of {@code urlconf}'s patterns, in its app namespace. */
    public static UrlPattern include(String route, UrlConf urlconf) {
        return include(route, urlconf, null);
    }

    /**
     * Return a pattern putting {@code route} in front of {@code urlconf}'s
     * patterns, deployed under instance namespace {@code namespace} (the app
     * namespace when null).
     */
    public static UrlPattern include(String route, UrlConf urlconf, String namespace) {
        String appName = urlconf.appName();
        if (namespace != null && appName == null) {
            throw new ImproperlyConfigured("Specifying a namespace in include() without an application namespace is not "
                    + "supported. Return an appName from " + urlconf.getClass().getName() + ".appName().");
        }
        return new Include(RoutePattern.route(route, false), List.copyOf(urlconf.urlpatterns()), appName,
                namespace != null ? namespace : appName);
    }

    /** Return a pattern putting {@code route} in front of {@code patterns}, without namespaces. */
    public static UrlPattern include(String route, List<UrlPattern> patterns) {
        return new Include(RoutePattern.route(route, false), List.copyOf(patterns), null, null);
    }

    /**
     * Register converter {@code name} for routes like {@code <name:param>};
     * call it before the urlconfs that use it are loaded.
     *
     * @throws ImproperlyConfigured when the name is taken
     */
    public static void registerConverter(String name, PathConverter<?> converter) {
        Converters.register(name, Objects.requireNonNull(converter, "converter"));
    }

    /** Return the path of the pattern named {@code viewName} (such as {@code "blog:index"}) in the project's root urlconf. */
    public static String reverse(String viewName) {
        return reverse(viewName, Map.of());
    }

    /**
     * Return the path of the pattern named {@code viewName} with path
     * parameters {@code kwargs}, in the root urlconf of the current settings,
     * behind the {@link ScriptPrefix} the project is deployed under: under a
     * servlet context {@code /shop}, {@code "/shop/blog/articles/2024/hello/"}.
     *
     * @throws NoReverseMatch naming what was tried and suggesting close names
     */
    public static String reverse(String viewName, Map<String, ?> kwargs) {
        String path = UrlResolver.forSettings(Settings.current()).reverse(viewName, kwargs);
        return ScriptPrefix.current() + path.substring(1);
    }

    static UrlConf instantiate(Class<?> type) {
        if (!UrlConf.class.isAssignableFrom(type)) {
            throw new ImproperlyConfigured("The urlconf " + type.getName() + " does not implement "
                    + UrlConf.class.getName() + ".");
        }
        try {
            var constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            return (UrlConf) constructor.newInstance();
        } catch (NoSuchMethodException e) {
            throw new ImproperlyConfigured("The urlconf " + type.getName() + " needs a constructor without parameters.", e);
        } catch (InvocationTargetException e) {
            throw new ImproperlyConfigured("The urlconf " + type.getName() + " failed in its constructor: "
                    + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new ImproperlyConfigured("The urlconf " + type.getName() + " could not be instantiated: " + e, e);
        }
    }
}
