package dev.reinhardt.urls;

import dev.reinhardt.http.Http404;

import java.util.List;

/** Thrown when no URL pattern matches a path; carries the patterns that were tried, for the debug page. */
public class Resolver404 extends Http404 {

    private final String path;
    private final transient List<String> tried;

    public Resolver404(String path, List<String> tried) {
        super("The current path, " + path + ", didn't match any of these.");
        this.path = path;
        this.tried = List.copyOf(tried);
    }

    /** Return the path that matched nothing, without its leading '/'. */
    public String path() {
        return path;
    }

    /** Return every pattern of the urlconf, one line each, such as {@code "blog/ <int:year>/ [name='archive']"}. */
    public List<String> tried() {
        return tried;
    }
}
