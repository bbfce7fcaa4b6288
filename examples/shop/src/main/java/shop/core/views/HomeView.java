package shop.core.views;

import dev.reinhardt.Reinhardt;
import dev.reinhardt.conf.Settings;
import dev.reinhardt.exceptions.DatabaseError;
import dev.reinhardt.http.HttpRequest;
import dev.reinhardt.http.HttpResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import shop.orders.models.Order;

import java.util.List;
import java.util.Map;

import static dev.reinhardt.urls.Urls.reverse;

/** The home page: what the shop is, where its APIs are, and the newest orders. */
public final class HomeView {

    /** How many orders the home page lists. */
    static final int NEWEST = 10;

    private static final Logger LOG = LoggerFactory.getLogger(HomeView.class);

    private HomeView() {
    }

    /** Render the home page, GET {@code /}. */
    public static HttpResponse home(HttpRequest request) {
        String health = reverse("health");
        String database = reverse("health-database", Map.of("alias", "default"));
        String orders = reverse("orders:list");
        String naive = reverse("orders:naive-list");
        String html = """
                <!doctype html>
                <html lang="en">
                <head><meta charset="utf-8"><title>Shop</title></head>
                <body>
                <h1>Shop</h1>
                <p>The reference project of Reinhardt %s: customers, products and orders.</p>
                <h2>Newest orders</h2>
                %s
                <h2>APIs</h2>
                <ul>
                <li><a href="%s">%s</a>: is the shop up, and which Reinhardt version does it run?</li>
                <li><a href="%s">%s</a>: does the default database answer?</li>
                <li><a href="%s?status=paid&amp;country=IN&amp;limit=25">%s</a>: orders, newest first, in three \
                queries (POST JSON here to place one)</li>
                <li><a href="%s?status=paid&amp;limit=25">%s</a>: the same, written with plain loops</li>
                </ul>
                </body>
                </html>
                """.formatted(Reinhardt.version(), newestOrders(), health, health, database, database,
                orders, orders, naive, naive);
        return new HttpResponse(html);
    }

    private static String newestOrders() {
        List<Order> orders;
        try {
            orders = Order.objects.all().selectRelated("customer").orderBy("-createdAt", "-id").slice(0, NEWEST).list();
        } catch (DatabaseError e) {
            // A fresh checkout has a database without tables: in development say how to make them rather than fail
            // the page; in production keep the database's message, which names tables and SQL, to the log.
            LOG.warn("The home page could not list orders: {}", e.getMessage());
            if (!Settings.current().debug()) {
                return "<p>The orders cannot be shown right now.</p>";
            }
            return "<p>The orders could not be read: " + escape(e.getMessage()) + "</p>\n<p>Create the tables and "
                    + "the demo data with <code>manage migrate</code> and <code>manage seed_demo</code>.</p>";
        }
        if (orders.isEmpty()) {
            return "<p>No orders yet. <code>manage seed_demo</code> creates demo data.</p>";
        }
        StringBuilder table = new StringBuilder("<table>\n<tr><th>Order</th><th>Placed</th><th>Customer</th>"
                + "<th>Status</th></tr>\n");
        for (Order order : orders) {
            String detail = reverse("orders:detail", Map.of("id", order.id));
            table.append("<tr><td><a href=\"").append(detail).append("\">#").append(order.id).append("</a></td><td>")
                    .append(order.createdAt).append("</td><td>").append(escape(order.customer.get().email))
                    .append("</td><td>").append(escape(order.status)).append("</td></tr>\n");
        }
        return table.append("</table>").toString();
    }

    /** Return {@code text} with the characters HTML gives a meaning escaped. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#x27;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
