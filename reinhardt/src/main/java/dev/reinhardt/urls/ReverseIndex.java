package dev.reinhardt.urls;

import dev.reinhardt.utils.Suggestions;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Named patterns by qualified name, for reverse(). A name is reachable
 * through its instance namespaces ({@code "blog-2024:index"}) and through
 * its application namespaces ({@code "blog:index"}), which pick the
 * instance named like the app, or else the last one deployed.
 */
final class ReverseIndex {

    private record Candidate(List<Object> parts, Set<String> parameters, String route) {
    }

    private final Map<String, List<Candidate>> byInstanceName = new HashMap<>();
    private final Map<String, List<Candidate>> byAppName = new HashMap<>();
    private final Set<String> defaultInstances = new HashSet<>();
    private final Set<String> namespaces = new HashSet<>();

    void add(Endpoint endpoint, String route, List<String> appNames, List<String> instanceNames, List<Object> parts) {
        if (endpoint.name() == null || parts == null) {
            return;
        }
        Set<String> parameters = new HashSet<>();
        for (Object part : parts) {
            if (part instanceof RoutePattern.Parameter parameter) {
                parameters.add(parameter.name());
            }
        }
        Candidate candidate = new Candidate(parts, Set.copyOf(parameters), route);
        for (int i = 1; i <= instanceNames.size(); i++) {
            namespaces.add(String.join(":", instanceNames.subList(0, i)));
            namespaces.add(String.join(":", appNames.subList(0, i)));
        }
        String instanceKey = qualified(instanceNames, endpoint.name());
        byInstanceName.computeIfAbsent(instanceKey, k -> new ArrayList<>()).add(candidate);
        String appKey = qualified(appNames, endpoint.name());
        if (!appKey.equals(instanceKey)) {
            if (!defaultInstances.contains(appKey)) {
                byAppName.put(appKey, new ArrayList<>(List.of(candidate)));
            }
        } else {
            defaultInstances.add(appKey);
        }
    }

    String reverse(String viewName, Map<String, ?> kwargs) {
        int colon = viewName.lastIndexOf(':');
        if (colon > 0) {
            checkNamespaces(viewName.substring(0, colon));
        }
        List<Candidate> candidates = byInstanceName.get(viewName);
        if (candidates == null) {
            candidates = byAppName.get(viewName);
        }
        if (candidates == null) {
            Set<String> names = new LinkedHashSet<>(byInstanceName.keySet());
            names.addAll(byAppName.keySet());
            throw new NoReverseMatch("Reverse for '" + viewName + "' not found. '" + viewName
                    + "' is not a valid view function or pattern name." + Suggestions.didYouMean(viewName, names));
        }
        for (Candidate candidate : candidates) {
            String path = build(candidate, kwargs);
            if (path != null) {
                return path;
            }
        }
        List<String> tried = candidates.stream().map(c -> "'" + c.route + "'").toList();
        String arguments = kwargs.isEmpty() ? "no arguments" : "keyword arguments '" + kwargs + "'";
        throw new NoReverseMatch("Reverse for '" + viewName + "' with " + arguments + " not found. "
                + candidates.size() + " pattern(s) tried: " + tried);
    }

    private void checkNamespaces(String path) {
        String[] parts = path.split(":");
        StringBuilder prefix = new StringBuilder();
        for (String part : parts) {
            String inside = prefix.toString();
            prefix.append(prefix.isEmpty() ? "" : ":").append(part);
            if (!namespaces.contains(prefix.toString())) {
                throw new NoReverseMatch("'" + part + "' is not a registered namespace"
                        + (inside.isEmpty() ? "" : " inside '" + inside + "'") + "."
                        + Suggestions.didYouMean(prefix.toString(), namespaces));
            }
        }
    }

    private static String build(Candidate candidate, Map<String, ?> kwargs) {
        if (!candidate.parameters.equals(kwargs.keySet())) {
            return null;
        }
        StringBuilder path = new StringBuilder("/");
        for (Object part : candidate.parts) {
            if (part instanceof String literal) {
                path.append(literal);
                continue;
            }
            RoutePattern.Parameter parameter = (RoutePattern.Parameter) part;
            Object value = kwargs.get(parameter.name());
            String text;
            try {
                text = parameter.converter() != null ? parameter.converter().toUrl(value) : String.valueOf(value);
            } catch (IllegalArgumentException e) {
                return null;
            }
            if (text == null || !parameter.check().matcher(text).matches()) {
                return null;
            }
            appendQuoted(path, text);
        }
        return path.toString();
    }

    /** Percent-encode all but unreserved characters, sub-delimiters and "/~:@", as Django's reverse() does. */
    private static void appendQuoted(StringBuilder out, String text) {
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            boolean safe = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "-._~!$&'()*+,;=/:@".indexOf(c) >= 0;
            if (safe) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
    }

    private static String qualified(List<String> namespaces, String name) {
        return namespaces.isEmpty() ? name : String.join(":", namespaces) + ":" + name;
    }
}
