package shop.core.views;

import dev.reinhardt.Reinhardt;
import dev.reinhardt.http.HttpRequest;
import dev.reinhardt.http.HttpResponse;

import java.util.Map;

import static dev.reinhardt.urls.Urls.reverse;

/** The home page: what the shop is and where its APIs are. */
public final class HomeView {

    private HomeView() {
    }

    /** Render the home page, GET {@code /}. */
    public static HttpResponse home(HttpRequest request) {
        String health = reverse("health");
        String database = reverse("health-database", Map.of("alias", "default"));
        String html = """
                <!doctype html>
                <html lang="en">
                <head><meta charset="utf-8"><title>Shop</title></head>
                <body>
                <h1>Shop</h1>
                <p>The reference project of Reinhardt %s: customers, products and orders.</p>
                <h2>APIs</h2>
                <ul>
                <li><a href="%s">%s</a>: is the shop up, and which Reinhardt version does it run?</li>
                <li><a href="%s">%s</a>: does the default database answer?</li>
                </ul>
                </body>
                </html>
                """.formatted(Reinhardt.version(), health, health, database, database);
        return new HttpResponse(html);
    }
}
