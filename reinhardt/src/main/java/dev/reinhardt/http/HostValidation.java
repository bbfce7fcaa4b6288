package dev.reinhardt.http;

import dev.reinhardt.exceptions.DisallowedHost;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Check a request's host against {@code allowedHosts}, with Django's rules. */
final class HostValidation {

    private static final Pattern IPV6_HOST = Pattern.compile("(\\[[a-f0-9]*:[a-f0-9.:]+])(:[0-9]+)?");
    private static final List<String> DEBUG_HOSTS = List.of(".localhost", "127.0.0.1", "[::1]");

    private HostValidation() {
    }

    /**
     * Return {@code rawHost} when its domain is allowed.
     *
     * @throws DisallowedHost naming the host and, when it is well formed, the fix
     */
    static String check(String rawHost, List<String> allowedHosts, boolean debug) {
        String domain = domain(rawHost);
        List<String> allowed = debug && allowedHosts.isEmpty() ? DEBUG_HOSTS : allowedHosts;
        if (!domain.isEmpty() && isAllowed(domain, allowed)) {
            return rawHost;
        }
        String message = "Invalid HTTP_HOST header: '" + rawHost + "'.";
        if (domain.isEmpty()) {
            message += " The domain name provided is not valid according to RFC 1034/1035.";
        } else {
            message += " You may need to add '" + domain + "' to allowedHosts.";
        }
        throw new DisallowedHost(message);
    }

    /** Return the lower-cased domain of a host, without port or trailing dot; "" when malformed. */
    static String domain(String host) {
        String lower = host.toLowerCase(Locale.ROOT);
        String domain = lower.startsWith("[") ? ipv6Domain(lower) : nameDomain(lower);
        return domain.endsWith(".") ? domain.substring(0, domain.length() - 1) : domain;
    }

    /**
     * Return the name or IPv4 part of {@code host}, which must be {@code [a-z0-9.-]+} followed by an
     * optional {@code :port} of digits; "" otherwise. Scanned by hand: every request's host passes here.
     */
    private static String nameDomain(String host) {
        int colon = host.indexOf(':');
        int end = colon < 0 ? host.length() : colon;
        if (end == 0 || colon == host.length() - 1) {
            return "";
        }
        for (int i = 0; i < host.length(); i++) {
            char c = host.charAt(i);
            boolean allowed = i < end
                    ? (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-'
                    : i == end || (c >= '0' && c <= '9');
            if (!allowed) {
                return "";
            }
        }
        return colon < 0 ? host : host.substring(0, end);
    }

    private static String ipv6Domain(String host) {
        Matcher matcher = IPV6_HOST.matcher(host);
        return matcher.matches() ? matcher.group(1) : "";
    }

    /** Return whether {@code domain} matches a pattern: exact, {@code ".example.com"} or {@code "*"}. */
    static boolean isAllowed(String domain, List<String> patterns) {
        for (String pattern : patterns) {
            String p = pattern.toLowerCase(Locale.ROOT);
            if (p.equals("*") || p.equals(domain)) {
                return true;
            }
            if (p.startsWith(".") && (domain.endsWith(p) || domain.equals(p.substring(1)))) {
                return true;
            }
        }
        return false;
    }
}
