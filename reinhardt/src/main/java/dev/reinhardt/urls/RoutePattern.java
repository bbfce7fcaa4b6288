package dev.reinhardt.urls;

import dev.reinhardt.exceptions.ImproperlyConfigured;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One compiled route: a {@code path()} route or an {@code rePath()} regex,
 * matched against a region of the request path without copying it.
 * Literal routes are compared as strings, without a regex. Immutable.
 */
final class RoutePattern {

    private static final Pattern PARAMETER = Pattern.compile("<(?:(?<converter>[^>:]+):)?(?<name>[^>]+)>");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    /** A {@code <converter:name>} or a regex group, in reverse order: how to write a value back. */
    record Parameter(String name, PathConverter<?> converter, Pattern check) {
    }

    private final String source;
    private final boolean endpoint;
    private final String literal;
    private final Pattern pattern;
    private final String[] groups;
    private final Parameter[] parameters;
    private final String firstSegment;
    private final List<Object> reverseParts;

    private RoutePattern(String source, boolean endpoint, String literal, Pattern pattern, String[] groups,
                         Parameter[] parameters, String firstSegment, List<Object> reverseParts) {
        this.source = source;
        this.endpoint = endpoint;
        this.literal = literal;
        this.pattern = pattern;
        this.groups = groups;
        this.parameters = parameters;
        this.firstSegment = firstSegment;
        this.reverseParts = reverseParts;
    }

    /** Compile a {@code path()} route such as {@code "articles/<int:year>/"}. */
    static RoutePattern route(String route, boolean endpoint) {
        if (route.startsWith("/")) {
            throw new ImproperlyConfigured("URL route '" + route + "' starts with '/'. Remove the slash: the root "
                    + "urlconf already matches the leading '/' of every path.");
        }
        StringBuilder regex = new StringBuilder();
        List<Parameter> parameters = new ArrayList<>();
        List<Object> parts = new ArrayList<>();
        Matcher matcher = PARAMETER.matcher(route);
        int last = 0;
        while (matcher.find()) {
            String text = route.substring(last, matcher.start());
            regex.append(Pattern.quote(text));
            parts.add(text);
            String name = matcher.group("name");
            String converterName = matcher.group("converter") == null ? "str" : matcher.group("converter");
            if (!name.equals(name.strip()) || !converterName.equals(converterName.strip())) {
                throw new ImproperlyConfigured("URL route '" + route + "' cannot contain whitespace in angle brackets <...>.");
            }
            if (!IDENTIFIER.matcher(name).matches()) {
                throw new ImproperlyConfigured("URL route '" + route + "' uses parameter name '" + name
                        + "', which is not a valid Java identifier.");
            }
            PathConverter<?> converter = Converters.get(converterName, route);
            regex.append("(?<p").append(parameters.size()).append('>').append(converter.regex()).append(')');
            Parameter parameter = new Parameter(name, converter, Pattern.compile(converter.regex()));
            parameters.add(parameter);
            parts.add(parameter);
            last = matcher.end();
        }
        String tail = route.substring(last);
        if (tail.indexOf('<') >= 0 || tail.indexOf('>') >= 0) {
            throw new ImproperlyConfigured("URL route '" + route + "' has an unmatched '<' or '>'.");
        }
        parts.add(tail);
        String[] groups = new String[parameters.size()];
        for (int i = 0; i < groups.length; i++) {
            groups[i] = "p" + i;
        }
        boolean isLiteral = parameters.isEmpty();
        regex.append(Pattern.quote(tail));
        String firstSegment = firstSegment(route, isLiteral, endpoint);
        return new RoutePattern(route, endpoint, isLiteral ? route : null,
                isLiteral ? null : Pattern.compile(regex.toString()), groups,
                parameters.toArray(Parameter[]::new), firstSegment, List.copyOf(parts));
    }

    /**
     * Compile an {@code rePath()} regex. Python's {@code (?P<name>...)} is
     * accepted for Java's {@code (?<name>...)}; a leading '^' is implied and a
     * trailing '$' makes an endpoint match the whole remaining path.
     */
    static RoutePattern regex(String regex, boolean endpoint) {
        String java = regex.replace("(?P<", "(?<").replace("\\Z", "\\z");
        boolean anchoredEnd = java.endsWith("$") || java.endsWith("\\z");
        Pattern compiled;
        try {
            compiled = Pattern.compile(java.startsWith("^") ? java.substring(1) : java);
        } catch (PatternSyntaxException e) {
            throw new ImproperlyConfigured("URL regex '" + regex + "' is not a valid regular expression: "
                    + e.getDescription() + ". Java group names allow only letters and digits.");
        }
        List<Map.Entry<String, Integer>> named = new ArrayList<>(compiled.namedGroups().entrySet());
        named.sort(Map.Entry.comparingByValue());
        String[] groups = named.stream().map(Map.Entry::getKey).toArray(String[]::new);
        Parameter[] parameters = new Parameter[groups.length];
        for (int i = 0; i < groups.length; i++) {
            parameters[i] = new Parameter(groups[i], null, null);
        }
        return new RoutePattern(regex, endpoint && anchoredEnd, null, compiled, groups, parameters, null,
                RegexReverse.parts(java));
    }

    /** Return the route or regex as written. */
    String source() {
        return source;
    }

    /** Return the first path segment every match starts with, or null when it varies. */
    String firstSegment() {
        return firstSegment;
    }

    /** Return the pieces reverse() joins: literal strings and {@link Parameter}s; null when not reversible. */
    List<Object> reverseParts() {
        return reverseParts;
    }

    /**
     * Match {@code path} from {@code from}: the rest of it for an endpoint, a
     * prefix otherwise. Add the converted parameters to {@code kwargs} as
     * name-value pairs and return where the match ends, or -1.
     */
    int match(String path, int from, List<Object> kwargs) {
        if (literal != null) {
            if (!path.startsWith(literal, from)) {
                return -1;
            }
            int end = from + literal.length();
            return endpoint && end != path.length() ? -1 : end;
        }
        Matcher matcher = pattern.matcher(path).region(from, path.length());
        if (!(endpoint ? matcher.matches() : matcher.lookingAt())) {
            return -1;
        }
        int mark = kwargs.size();
        for (int i = 0; i < groups.length; i++) {
            String text = matcher.group(groups[i]);
            Object value = text;
            PathConverter<?> converter = parameters[i].converter();
            if (converter != null) {
                try {
                    value = converter.toJava(text);
                } catch (IllegalArgumentException e) {
                    kwargs.subList(mark, kwargs.size()).clear();
                    return -1;
                }
            }
            if (text != null) {
                kwargs.add(parameters[i].name());
                kwargs.add(value);
            }
        }
        return matcher.end();
    }

    private static String firstSegment(String route, boolean isLiteral, boolean endpoint) {
        int bracket = route.indexOf('<');
        String prefix = bracket < 0 ? route : route.substring(0, bracket);
        int slash = prefix.indexOf('/');
        if (slash >= 0) {
            return prefix.substring(0, slash);
        }
        // Without a slash the first segment is only known when the route is the whole path.
        return isLiteral && endpoint ? route : null;
    }

    @Override
    public String toString() {
        return source;
    }
}
