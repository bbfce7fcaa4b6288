package dev.reinhardt.core.handlers;

import dev.reinhardt.conf.Settings;
import dev.reinhardt.db.RelDatabases;
import dev.reinhardt.db.models.FetchMode;
import dev.reinhardt.db.relapp.models.Customer;
import dev.reinhardt.db.relapp.models.Order;
import dev.reinhardt.http.HttpRequest;
import dev.reinhardt.http.HttpResponse;
import dev.reinhardt.urls.UrlConf;
import dev.reinhardt.urls.UrlPattern;
import dev.reinhardt.views.QueryBudget;
import dev.reinhardt.views.generic.ClassBasedView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.reinhardt.urls.Urls.path;
import static dev.reinhardt.views.Decorators.queryBudget;
import static org.assertj.core.api.Assertions.assertThat;

/** A view's query budget, declared by annotation or decorator, enforced per request by the handler. */
class QueryBudgetViewTest {

    /** Lists the orders' customers, one lazy load each. */
    static HttpResponse emails(HttpRequest request) {
        StringBuilder out = new StringBuilder();
        for (Order order : Order.objects.all().fetchMode(FetchMode.FETCH_ONE).orderBy("id")) {
            out.append(order.customer.get().email).append('\n');
        }
        return new HttpResponse(out.toString());
    }

    /** The same listing as a class-based view with a budget of two statements. */
    @QueryBudget(2)
    public static final class Emails extends ClassBasedView {
        @Override
        protected HttpResponse get(HttpRequest request) {
            return emails(request);
        }
    }

    public static final class Urls implements UrlConf {
        @Override
        public List<UrlPattern> urlpatterns() {
            return List.of(
                    path("tight/", queryBudget(2, QueryBudgetViewTest::emails), "tight"),
                    path("roomy/", queryBudget(10, QueryBudgetViewTest::emails), "roomy"),
                    path("annotated/", ClassBasedView.asView(Emails.class), "annotated"));
        }
    }

    @BeforeEach
    void setUp() {
        RelDatabases.use("sqlite");
        for (int i = 0; i < 3; i++) {
            Order.create(Customer.create("c" + i + "@example.com", "IN", null), "paid");
        }
    }

    private static ProjectHandler handler(boolean debugOn) {
        return ProjectHandler.create(new Settings() {
            {
                debug = debugOn;
                secretKey = "test";
                rootUrlconf = Urls.class;
                allowedHosts = List.of("testserver");
            }
        });
    }

    private static HttpResponse get(ProjectHandler handler, String path) {
        return handler.handle(HttpRequest.builder(handler.settings()).method("GET").rawPath(path)
                .header("Host", "testserver").header("Accept", "text/plain").build());
    }

    @Test
    void overBudgetARequestFailsInDebugNamingTheEndpoint() {
        HttpResponse response = get(handler(true), "/tight/");
        assertThat(response.status()).isEqualTo(500);
        assertThat(response.text()).contains("Endpoint GET /tight/ ran 4 queries, over its budget of 2.");
        assertThat(get(handler(true), "/annotated/").status()).isEqualTo(500);
        assertThat(get(handler(true), "/roomy/").status()).isEqualTo(200);
    }

    @Test
    void inProductionTheRequestSucceedsAndTheOverrunIsOnlyLogged() {
        HttpResponse response = get(handler(false), "/tight/");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.text()).isEqualTo("c0@example.com\nc1@example.com\nc2@example.com\n");
    }
}
