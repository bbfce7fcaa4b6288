package dev.reinhardt.urls;

import dev.reinhardt.http.RouteMatch;
import dev.reinhardt.http.View;

import java.util.List;
import java.util.Map;

/**
 * How a path matched (Django's {@code ResolverMatch}): the view, its typed
 * keyword arguments, the pattern's name and namespaces. Immutable. Views see
 * it as {@code request.resolverMatch()}.
 *
 * @param view       the view to call
 * @param kwargs     the path parameters, converted: {@code <int:year>} is an Integer, {@code <uuid:id>} a UUID
 * @param urlName    the matched pattern's name, or null
 * @param appNames   the application namespaces, outermost first
 * @param namespaces the instance namespaces, outermost first
 * @param route      the full matched route, such as {@code "blog/articles/<int:year>/"}
 */
public record ResolverMatch(View view, Map<String, Object> kwargs, String urlName, List<String> appNames,
                            List<String> namespaces, String route) implements RouteMatch {
}
