package shop.core;

import dev.reinhardt.exceptions.TooManyFieldsSent;
import dev.reinhardt.http.HttpRequest;
import dev.reinhardt.http.HttpResponse;
import dev.reinhardt.test.OverrideSettings;
import dev.reinhardt.test.ReinhardtTest;
import dev.reinhardt.test.client.Client;
import dev.reinhardt.test.client.RequestFactory;
import dev.reinhardt.test.client.TestResponse;
import org.junit.jupiter.api.Test;
import shop.core.middleware.RequestIdMiddleware;
import shop.core.views.ErrorViews;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The shop's error pages with {@code debug} off, as in production: JSON for JSON clients, HTML for browsers. */
@ReinhardtTest
@OverrideSettings(name = "debug", value = "false")
class ErrorPagesTest {

    @Test
    void notFoundIsJsonForAClientThatAsksForJson(Client client) {
        TestResponse response = client.get("/no/such/page/", Map.of(), Map.of("Accept", "application/json"));

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.header("Content-Type")).isEqualTo("application/json");
        assertThat(response.header("Vary")).contains("Accept");
        assertThat(response.json().toString()).isEqualTo("{\"status\":404,\"error\":\"There is nothing at "
                + "/no/such/page/. The home page / lists the shop's pages and APIs.\",\"path\":\"/no/such/page/\"}");
    }

    @Test
    void notFoundUnderTheApiIsJsonForAnyClientThatDoesNotAskForHtml(Client client) {
        TestResponse response = client.get("/api/nothing/", Map.of(), Map.of("Accept", "*/*"));

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().get("path").asText()).isEqualTo("/api/nothing/");
    }

    @Test
    void notFoundIsAnHtmlPageForABrowser(Client client) {
        TestResponse response = client.get("/no/such/page/", Map.of(),
                Map.of("Accept", "text/html,application/xhtml+xml,application/json;q=0.9,*/*;q=0.8"));

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.header("Content-Type")).isEqualTo("text/html; charset=utf-8");
        assertThat(response.text()).contains("<h1>Not Found (404)</h1>", "There is nothing at /no/such/page/.");
    }

    @Test
    void aServerErrorNamesTheRequestIdButNoInternals(RequestFactory factory) {
        HttpRequest request = factory.get("/api/orders/", Map.of(), Map.of("Accept", "application/json"));
        request.attributes().put(RequestIdMiddleware.KEY, "req-42");

        HttpResponse response = ErrorViews.serverError(request, new IllegalStateException("password=hunter2"));

        assertThat(response.status()).isEqualTo(500);
        assertThat(response.text()).isEqualTo("{\"status\":500,\"error\":\"The shop failed to answer this request; "
                + "the error is logged with request id req-42. Please try again later.\",\"path\":\"/api/orders/\"}");
    }

    @Test
    void aBadRequestShowsOnlyMessagesWrittenForTheClient(RequestFactory factory) {
        HttpRequest request = factory.get("/");

        HttpResponse tooMany = ErrorViews.badRequest(request, new TooManyFieldsSent("Too many fields."));
        HttpResponse other = ErrorViews.badRequest(request, new dev.reinhardt.exceptions.SuspiciousOperation("secret"));

        assertThat(tooMany.text()).contains("<p>Too many fields.</p>");
        assertThat(other.text()).contains("The request was refused: it is malformed or unsafe.").doesNotContain("secret");
    }
}
