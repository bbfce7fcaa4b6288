package dev.reinhardt.urls;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turn a simple {@code rePath()} regex into pieces for reverse(): literal
 * text and named groups. Regexes with alternation, quantifiers outside
 * groups or character classes outside groups are not reversible, as in
 * Django's common cases.
 */
final class RegexReverse {

    private RegexReverse() {
    }

    /** Return literal strings and {@link RoutePattern.Parameter}s, or null when the regex is not reversible. */
    static List<Object> parts(String regex) {
        String body = regex.startsWith("^") ? regex.substring(1) : regex;
        if (body.endsWith("\\z")) {
            body = body.substring(0, body.length() - 2);
        } else if (body.endsWith("$")) {
            body = body.substring(0, body.length() - 1);
        }
        List<Object> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\' && i + 1 < body.length()) {
                char next = body.charAt(++i);
                if (Character.isLetterOrDigit(next)) {
                    return null;
                }
                literal.append(next);
            } else if (c == '(' && body.startsWith("(?<", i) && i + 3 < body.length() && body.charAt(i + 3) != '='
                    && body.charAt(i + 3) != '!') {
                int close = closingParen(body, i);
                int nameEnd = body.indexOf('>', i);
                if (close < 0 || nameEnd < 0) {
                    return null;
                }
                parts.add(literal.toString());
                literal.setLength(0);
                String groupRegex = body.substring(nameEnd + 1, close);
                parts.add(new RoutePattern.Parameter(body.substring(i + 3, nameEnd), null, Pattern.compile(groupRegex)));
                i = close;
            } else if ("()[]{}|*+?.^$".indexOf(c) >= 0) {
                return null;
            } else {
                literal.append(c);
            }
        }
        parts.add(literal.toString());
        return List.copyOf(parts);
    }

    private static int closingParen(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
