package dev.reinhardt.test.library;

import dev.reinhardt.http.HttpResponseRedirect;
import dev.reinhardt.urls.UrlConf;
import dev.reinhardt.urls.UrlPattern;

import java.util.List;

import static dev.reinhardt.urls.Urls.path;

/** The library's URLs. */
public final class Urls implements UrlConf {

    @Override
    public List<UrlPattern> urlpatterns() {
        return List.of(
                path("books/", Views::books, "books"),
                path("books/<int:id>/", Views::book, "book"),
                path("old-books/", request -> new HttpResponseRedirect("/books/"), "old-books"),
                path("moved/", request -> new HttpResponseRedirect("/old-books/"), "moved"),
                path("loop/", request -> new HttpResponseRedirect("/loop/"), "loop"),
                path("echo/", Views::echo, "echo"),
                path("cookie/", Views::cookie, "cookie"),
                path("boom/", Views::boom, "boom"),
                path("greeting/", Views::greeting, "greeting"));
    }
}
