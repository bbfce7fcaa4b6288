package dev.reinhardt.urls;

import dev.reinhardt.views.View;

import java.util.List;
import java.util.Map;

/**
 * How a path matched (Django's {@code ResolverMatch}): the view, its typed
 * keyword arguments, the pattern's name and namespaces. Immutable.
 *
 * @param view       the view to call
 * @param kwargs     the path parameters, converted: {@code <int:year>} is an Integer, {@code <uuid:id>} a UUID
 * @param urlName    the matched pattern's name, or null
 * @param appNames   the application namespaces, outermost first
 * @param namespaces the instance namespaces, outermost first
 * @param route      the full matched route, such as {@code "blog/articles/<int:year>/"}
 */
public record ResolverMatch(View view, Map<String, Object> kwargs, String urlName, List<String> appNames,
                            List<String> namespaces, String route) {

    /** Return the instance namespaces joined by ':', such as {@code "blog"}; "" when none. */
    public String namespace() {
        return String.join(":", namespaces);
    }

    /** Return the name reverse() takes, such as {@code "blog:article-detail"}, or null when unnamed. */
    public String viewName() {
        if (urlName == null) {
            return null;
        }
        return namespaces.isEmpty() ? urlName : namespace() + ":" + urlName;
    }

    /**
     * Return path parameter {@code name} as {@code type}: {@code int year = match.kwarg("year", Integer.class);}
     *
     * @throws IllegalArgumentException when there is no such parameter or it has another type
     */
    public <T> T kwarg(String name, Class<T> type) {
        Object value = kwargs.get(name);
        if (value == null) {
            throw new IllegalArgumentException("The route '" + route + "' has no parameter '" + name
                    + "'. It has " + kwargs.keySet() + ".");
        }
        if (!type.isInstance(value)) {
            throw new IllegalArgumentException("Path parameter '" + name + "' is a " + value.getClass().getSimpleName()
                    + ", not a " + type.getSimpleName() + ".");
        }
        return type.cast(value);
    }
}
