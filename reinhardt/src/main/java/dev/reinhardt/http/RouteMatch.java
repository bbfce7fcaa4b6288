package dev.reinhardt.http;

import java.util.List;
import java.util.Map;

/**
 * How the request's path matched the project's URL patterns, as the request
 * sees it (Django's {@code request.resolver_match}); the URL resolver's
 * {@code ResolverMatch} adds the view. Defined here so that {@code http}
 * does not depend on {@code urls}.
 */
public interface RouteMatch {

    /** Return the path parameters, converted: {@code <int:year>} is an Integer, {@code <uuid:id>} a UUID. */
    Map<String, Object> kwargs();

    /** Return the matched pattern's name, or null. */
    String urlName();

    /** Return the application namespaces, outermost first. */
    List<String> appNames();

    /** Return the instance namespaces, outermost first. */
    List<String> namespaces();

    /** Return the full matched route, such as {@code "blog/articles/<int:year>/"}. */
    String route();

    /** Return the instance namespaces joined by ':', such as {@code "blog"}; "" when none. */
    default String namespace() {
        return String.join(":", namespaces());
    }

    /** Return the name reverse() takes, such as {@code "blog:article-detail"}, or null when unnamed. */
    default String viewName() {
        if (urlName() == null) {
            return null;
        }
        return namespaces().isEmpty() ? urlName() : namespace() + ":" + urlName();
    }

    /**
     * Return path parameter {@code name} as {@code type}: {@code int year = match.kwarg("year", Integer.class);}
     *
     * @throws IllegalArgumentException when there is no such parameter or it has another type
     */
    default <T> T kwarg(String name, Class<T> type) {
        Object value = kwargs().get(name);
        if (value == null) {
            throw new IllegalArgumentException("The route '" + route() + "' has no parameter '" + name
                    + "'. It has " + kwargs().keySet() + ".");
        }
        if (!type.isInstance(value)) {
            throw new IllegalArgumentException("Path parameter '" + name + "' is a " + value.getClass().getSimpleName()
                    + ", not a " + type.getSimpleName() + ".");
        }
        return type.cast(value);
    }
}
