package dev.reinhardt.http;

/** A 301 Moved Permanently redirect, with the same checks as {@link HttpResponseRedirect}. */
public class HttpResponsePermanentRedirect extends HttpResponseRedirect {

    /** Create a 301 redirect to {@code url}. */
    public HttpResponsePermanentRedirect(String url) {
        super(url, 301);
    }
}
