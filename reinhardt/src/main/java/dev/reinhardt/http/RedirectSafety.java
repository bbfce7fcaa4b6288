package dev.reinhardt.http;

import java.util.Locale;
import java.util.Set;

/**
 * Decide whether a URL a client supplied (a {@code ?next=} parameter) is
 * safe to redirect to, closing open redirects (Django's
 * {@code url_has_allowed_host_and_scheme}).
 *
 * <pre>{@code
 * String next = request.GET().get("next", "/");
 * if (!RedirectSafety.urlHasAllowedHostAndScheme(next, Set.of(request.getHost()), request.isSecure())) {
 *     next = "/";
 * }
 * return new HttpResponseRedirect(next);
 * }</pre>
 */
public final class RedirectSafety {

    private RedirectSafety() {
    }

    /**
     * Return whether {@code url} is relative, or points at one of
     * {@code allowedHosts} (compared with the port, as sent) with scheme
     * http or https (only https when {@code requireHttps}). Browsers' quirks
     * count: a backslash is read as a slash, and "///evil.com" and control
     * characters are refused.
     */
    public static boolean urlHasAllowedHostAndScheme(String url, Set<String> allowedHosts, boolean requireHttps) {
        if (url == null) {
            return false;
        }
        String stripped = url.strip();
        if (stripped.isEmpty()) {
            return false;
        }
        return isSafe(stripped, allowedHosts, requireHttps)
                && isSafe(stripped.replace('\\', '/'), allowedHosts, requireHttps);
    }

    private static boolean isSafe(String url, Set<String> allowedHosts, boolean requireHttps) {
        if (url.startsWith("///") || Character.isISOControl(url.charAt(0))) {
            return false;
        }
        for (int i = 0; i < url.length(); i++) {
            if (Character.isISOControl(url.charAt(i))) {
                return false;
            }
        }
        String scheme = null;
        String rest = url;
        int colon = url.indexOf(':');
        if (colon > 0 && url.substring(0, colon).chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '+' || c == '-' || c == '.')
                && Character.isLetter(url.charAt(0))) {
            scheme = url.substring(0, colon).toLowerCase(Locale.ROOT);
            rest = url.substring(colon + 1);
        }
        String netloc = "";
        if (rest.startsWith("//")) {
            int end = rest.length();
            for (char stop : new char[] {'/', '?', '#'}) {
                int at = rest.indexOf(stop, 2);
                if (at >= 0 && at < end) {
                    end = at;
                }
            }
            netloc = rest.substring(2, end);
        }
        if (netloc.isEmpty() && scheme != null) {
            // "http:evil.com" or "http:///evil.com": browsers guess a host.
            return false;
        }
        boolean hostOk = netloc.isEmpty() || allowedHosts.contains(netloc);
        boolean schemeOk = scheme == null || (requireHttps ? scheme.equals("https") : scheme.equals("http") || scheme.equals("https"));
        return hostOk && schemeOk;
    }
}
