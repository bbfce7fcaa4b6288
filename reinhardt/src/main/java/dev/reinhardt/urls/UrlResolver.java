package dev.reinhardt.urls;

import dev.reinhardt.conf.Settings;
import dev.reinhardt.http.View;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A urlconf compiled for matching and reversing (Django's
 * {@code URLResolver}). Built once: every route is precompiled, and each
 * level of the tree is indexed by the literal first path segment of its
 * patterns, so a request tries only the patterns that can match it, still
 * in declaration order. Immutable and thread-safe.
 */
public final class UrlResolver {

    private static final Map<Class<?>, UrlResolver> BY_URLCONF = new ConcurrentHashMap<>();
    private static final UrlConf NO_PATTERNS = List::of;

    private final UrlConf urlconf;
    private final Level root;
    private final List<String> descriptions;
    private final ReverseIndex reverseIndex;

    private UrlResolver(UrlConf urlconf) {
        this.urlconf = urlconf;
        List<String> lines = new ArrayList<>();
        this.reverseIndex = new ReverseIndex();
        this.root = build(urlconf.urlpatterns(), new Context("", "", List.of(), List.of(), List.of()), lines);
        this.descriptions = List.copyOf(lines);
    }

    /** Compile {@code urlconf}. */
    public static UrlResolver of(UrlConf urlconf) {
        return new UrlResolver(urlconf);
    }

    /** Return the compiled root urlconf of {@code settings}, compiling it on first use; no patterns when it is unset. */
    public static UrlResolver forSettings(Settings settings) {
        Class<?> type = settings.rootUrlconf();
        if (type == null) {
            return BY_URLCONF.computeIfAbsent(UrlResolver.class, k -> new UrlResolver(NO_PATTERNS));
        }
        return BY_URLCONF.computeIfAbsent(type, k -> new UrlResolver(Urls.instantiate(k)));
    }

    /** Return the urlconf this resolver was compiled from. */
    public UrlConf urlconf() {
        return urlconf;
    }

    /** Return whether the urlconf has no patterns at all. */
    public boolean isEmpty() {
        return root.all().length == 0;
    }

    /** Return every pattern, one line each, as the debug 404 page lists them. */
    public List<String> patternDescriptions() {
        return descriptions;
    }

    /**
     * Return how {@code path} (starting with '/') matches.
     *
     * @throws Resolver404 listing the patterns when none matches
     */
    public ResolverMatch resolve(String path) {
        ResolverMatch match = match(path);
        if (match == null) {
            throw new Resolver404(path.startsWith("/") ? path.substring(1) : path, descriptions);
        }
        return match;
    }

    /** Return how {@code path} matches, or null when nothing matches. */
    public ResolverMatch match(String path) {
        if (!path.startsWith("/")) {
            return null;
        }
        List<Object> kwargs = new ArrayList<>(4);
        EndpointNode endpoint = walk(root, path, 1, kwargs);
        if (endpoint == null) {
            return null;
        }
        return new ResolverMatch(endpoint.view, toMap(kwargs), endpoint.name, endpoint.appNames,
                endpoint.namespaces, endpoint.route);
    }

    /**
     * Return the path for {@code viewName} (such as {@code "blog:article-detail"}) with {@code kwargs},
     * relative to the root of this urlconf: without the {@link ScriptPrefix}, which {@link Urls#reverse} adds.
     *
     * @throws NoReverseMatch naming the patterns tried and close names
     */
    public String reverse(String viewName, Map<String, ?> kwargs) {
        return reverseIndex.reverse(viewName, kwargs);
    }

    private static EndpointNode walk(Level level, String path, int from, List<Object> kwargs) {
        for (Node node : level.candidates(path, from)) {
            int mark = kwargs.size();
            int end = node.pattern().match(path, from, kwargs);
            if (end < 0) {
                continue;
            }
            if (node instanceof EndpointNode endpoint) {
                return endpoint;
            }
            EndpointNode found = walk(((IncludeNode) node).level, path, end, kwargs);
            if (found != null) {
                return found;
            }
            kwargs.subList(mark, kwargs.size()).clear();
        }
        return null;
    }

    private static Map<String, Object> toMap(List<Object> pairs) {
        if (pairs.isEmpty()) {
            return Map.of();
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.size(); i += 2) {
            map.put((String) pairs.get(i), pairs.get(i + 1));
        }
        return Collections.unmodifiableMap(map);
    }

    /** What an include passes down while the tree is built. */
    private record Context(String route, String description, List<String> appNames, List<String> namespaces,
                           List<Object> reverseParts) {
    }

    private Level build(List<UrlPattern> patterns, Context context, List<String> lines) {
        List<Node> nodes = new ArrayList<>(patterns.size());
        for (UrlPattern pattern : patterns) {
            switch (pattern) {
                case Endpoint endpoint -> {
                    String route = context.route + endpoint.route();
                    nodes.add(new EndpointNode(endpoint.pattern(), endpoint.view(), endpoint.name(), route,
                            context.appNames, context.namespaces));
                    lines.add(context.description + endpoint.route()
                            + (endpoint.name() == null ? "" : " [name='" + endpoint.name() + "']"));
                    reverseIndex.add(endpoint, route, context.appNames, context.namespaces,
                            join(context.reverseParts, endpoint.pattern().reverseParts()));
                }
                case Include include -> {
                    List<String> appNames = append(context.appNames, include.appName());
                    List<String> namespaces = append(context.namespaces, include.namespace());
                    Context inner = new Context(context.route + include.route(),
                            context.description + include.route() + " ", appNames, namespaces,
                            join(context.reverseParts, include.pattern().reverseParts()));
                    nodes.add(new IncludeNode(include.pattern(), build(include.patterns(), inner, lines)));
                }
            }
        }
        return Level.index(nodes);
    }

    private static List<String> append(List<String> list, String item) {
        if (item == null) {
            return list;
        }
        List<String> copy = new ArrayList<>(list);
        copy.add(item);
        return List.copyOf(copy);
    }

    private static List<Object> join(List<Object> prefix, List<Object> parts) {
        if (prefix == null || parts == null) {
            return null;
        }
        List<Object> joined = new ArrayList<>(prefix);
        joined.addAll(parts);
        return List.copyOf(joined);
    }

    private sealed interface Node permits EndpointNode, IncludeNode {
        RoutePattern pattern();
    }

    private record EndpointNode(RoutePattern pattern, View view, String name, String route, List<String> appNames,
                                List<String> namespaces) implements Node {
    }

    private record IncludeNode(RoutePattern pattern, Level level) implements Node {
    }

    /** One level of the tree: its nodes in order, and per literal first segment the nodes that can match it. */
    private record Level(Node[] all, Map<String, Node[]> bySegment, Node[] dynamic) {

        static Level index(List<Node> nodes) {
            Map<String, List<Node>> grouped = new HashMap<>();
            List<Node> dynamic = new ArrayList<>();
            for (Node node : nodes) {
                String segment = node.pattern().firstSegment();
                if (segment == null) {
                    dynamic.add(node);
                    grouped.values().forEach(list -> list.add(node));
                } else {
                    grouped.computeIfAbsent(segment, k -> new ArrayList<>(dynamic)).add(node);
                }
            }
            Map<String, Node[]> bySegment = new HashMap<>();
            grouped.forEach((segment, list) -> bySegment.put(segment, list.toArray(Node[]::new)));
            return new Level(nodes.toArray(Node[]::new), Map.copyOf(bySegment), dynamic.toArray(Node[]::new));
        }

        Node[] candidates(String path, int from) {
            if (bySegment.isEmpty()) {
                return all;
            }
            int slash = path.indexOf('/', from);
            Node[] nodes = bySegment.get(path.substring(from, slash < 0 ? path.length() : slash));
            return nodes != null ? nodes : dynamic;
        }
    }
}
