package dev.reinhardt.http;

import java.util.Locale;
import java.util.Set;

/**
 * A 302 Found redirect to {@code url}. Only relative URLs and the schemes
 * http, https and ftp are accepted; {@code javascript:} and friends are
 * refused. To redirect to a URL the client supplied, check it first with
 * {@link RedirectSafety#urlHasAllowedHostAndScheme}.
 */
public class HttpResponseRedirect extends HttpResponse {

    private static final Set<String> ALLOWED_SCHEMES = Set.of("http", "https", "ftp");

    private final String url;

    /**
     * Create a 302 redirect to {@code url}.
     *
     * @throws DisallowedRedirect when the URL has another scheme
     * @throws BadHeaderError when the URL holds CR, LF or NUL
     */
    public HttpResponseRedirect(String url) {
        this(url, 302);
    }

    @SuppressWarnings("this-escape") // header() is final and touches only HttpResponse's own fields
    HttpResponseRedirect(String url, int status) {
        super(new byte[0], DEFAULT_CONTENT_TYPE, status);
        BadHeaderError.checkValue("A redirect URL", url);
        String scheme = scheme(url);
        if (scheme != null && !ALLOWED_SCHEMES.contains(scheme)) {
            throw new DisallowedRedirect("Unsafe redirect to URL with protocol '" + scheme + "'");
        }
        this.url = url;
        header("Location", url);
    }

    /** Return the target URL. */
    public String url() {
        return url;
    }

    private static String scheme(String url) {
        String stripped = url.strip();
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            if (c == ':') {
                return i == 0 ? null : stripped.substring(0, i).toLowerCase(Locale.ROOT);
            }
            boolean schemeChar = Character.isLetterOrDigit(c) || c == '+' || c == '-' || c == '.';
            if (!schemeChar || c > 0x7f) {
                return null;
            }
        }
        return null;
    }
}
