package dev.reinhardt.test.library;

import dev.reinhardt.conf.Settings;
import dev.reinhardt.db.transaction.Transaction;
import dev.reinhardt.http.Http404;
import dev.reinhardt.http.HttpRequest;
import dev.reinhardt.http.HttpResponse;
import dev.reinhardt.http.HttpResponseRedirect;
import dev.reinhardt.http.JsonResponse;
import dev.reinhardt.http.UploadedFile;
import dev.reinhardt.test.library.models.Book;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** The library's views, small on purpose: each shows one thing the test client must handle. */
public final class Views {

    /** The titles of books whose creation committed, appended by an on-commit hook. */
    public static final List<String> COMMITTED = new CopyOnWriteArrayList<>();

    private Views() {
    }

    /** GET: the books as JSON. POST (form or JSON): create one, then redirect to it. */
    public static HttpResponse books(HttpRequest request) {
        if (request.method().equals("POST")) {
            String title;
            int pages;
            if (request.contentType().startsWith("application/json")) {
                title = request.json().get("title").asText();
                pages = request.json().path("pages").asInt(0);
            } else {
                title = request.POST().get("title");
                pages = Integer.parseInt(request.POST().get("pages", "0"));
            }
            Book book = Book.create(title, pages);
            Transaction.onCommit(() -> COMMITTED.add(title));
            return new HttpResponseRedirect("/books/" + book.id + "/");
        }
        return new JsonResponse(Book.objects.all().list().stream().map(Views::json).toList());
    }

    /** GET, PUT (JSON title) and DELETE one book. */
    public static HttpResponse book(HttpRequest request) {
        long id = request.resolverMatch().kwarg("id", Integer.class);
        Book book = Book.objects.filter("id", id).first().orElseThrow(() -> new Http404("No book " + id + "."));
        switch (request.method()) {
            case "PUT", "PATCH" -> {
                book.title = request.json().get("title").asText();
                book.save();
            }
            case "DELETE" -> {
                book.delete();
                return new HttpResponse(new byte[0], null, 204);
            }
            default -> {
            }
        }
        return new JsonResponse(json(book));
    }

    private static Map<String, Object> json(Book book) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", book.id);
        json.put("title", book.title);
        json.put("pages", book.pages);
        return json;
    }

    /** Describe the request as JSON: what the client sent and how it was encoded. */
    public static HttpResponse echo(HttpRequest request) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("method", request.method());
        json.put("path", request.path());
        json.put("query", request.GET().asMap());
        json.put("contentType", request.contentType());
        json.put("host", request.getHost());
        json.put("secure", request.isSecure());
        json.put("cookies", request.cookies());
        json.put("header", request.headers().get("X-Test"));
        boolean form = request.contentType().startsWith("multipart/") || request.contentType().startsWith(
                "application/x-www-form-urlencoded");
        json.put("post", form ? request.POST().asMap() : Map.of());
        Map<String, Object> files = new LinkedHashMap<>();
        if (form) {
            request.FILES().asMap().forEach((name, uploads) -> {
                UploadedFile upload = uploads.getFirst();
                files.put(name, upload.name() + ":" + upload.size() + ":" + upload.contentType());
            });
        }
        json.put("files", files);
        json.put("body", form ? "" : new String(request.body(), java.nio.charset.StandardCharsets.UTF_8));
        return new JsonResponse(json);
    }

    /** Set the cookie {@code flavour} to the query's value, or delete it without one. */
    public static HttpResponse cookie(HttpRequest request) {
        HttpResponse response = new HttpResponse("ok");
        String flavour = request.GET().get("flavour");
        if (flavour == null) {
            response.deleteCookie("flavour");
        } else {
            response.setCookie("flavour", flavour);
        }
        return response;
    }

    /** Fail, as a buggy view does. */
    public static HttpResponse boom(HttpRequest request) {
        throw new IllegalStateException("The boom view always fails.");
    }

    /** Answer with the free-form setting {@code greeting}. */
    public static HttpResponse greeting(HttpRequest request) {
        return new HttpResponse(Settings.current().extra("greeting", "hello"));
    }
}
