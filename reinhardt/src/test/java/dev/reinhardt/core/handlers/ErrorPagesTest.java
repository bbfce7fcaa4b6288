package dev.reinhardt.core.handlers;

import com.fasterxml.jackson.databind.JsonNode;
import dev.reinhardt.conf.Settings;
import dev.reinhardt.http.Http404;
import dev.reinhardt.http.HttpRequest;
import dev.reinhardt.http.HttpResponse;
import dev.reinhardt.http.Json;
import dev.reinhardt.urls.UrlConf;
import dev.reinhardt.urls.UrlPattern;
import dev.reinhardt.http.ErrorView;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.reinhardt.urls.Urls.include;
import static dev.reinhardt.urls.Urls.path;
import static org.assertj.core.api.Assertions.assertThat;

class ErrorPagesTest {

    static HttpResponse failingView(HttpRequest request) {
        throw new IllegalArgumentException("Price must not be negative <b>");
    }

    public static final class Urls implements UrlConf {
        @Override
        public List<UrlPattern> urlpatterns() {
            return List.of(
                    path("shop/<int:id>/", request -> {
                        throw new Http404("No product with id 5.");
                    }, "product"),
                    path("fail/", ErrorPagesTest::failingView, "fail"),
                    include("blog/", List.of(path("archive/", request -> new HttpResponse("a"), "archive"))));
        }
    }

    /** A root urlconf with the project's own error views. */
    public static final class CustomErrorUrls implements UrlConf {
        @Override
        public List<UrlPattern> urlpatterns() {
            return List.of(path("fail/", ErrorPagesTest::failingView));
        }

        @Override
        public ErrorView handler404() {
            return (request, exception) -> new HttpResponse("Our own 404 for " + request.path(), 404);
        }

        @Override
        public ErrorView handler500() {
            return (request, exception) -> new HttpResponse("Our own 500", 500);
        }
    }

    /** A root urlconf without patterns, as a new project has. */
    public static final class EmptyUrls implements UrlConf {
        @Override
        public List<UrlPattern> urlpatterns() {
            return List.of();
        }
    }

    private static ProjectHandler handler(boolean debugOn, Class<?> urlconf) {
        return ProjectHandler.create(new Settings() {
            {
                debug = debugOn;
                rootUrlconf = urlconf;
            }
        });
    }

    private static HttpResponse get(ProjectHandler handler, String path, String accept) {
        HttpRequest.Builder builder = HttpRequest.builder(handler.settings()).rawPath(path);
        if (accept != null) {
            builder.header("Accept", accept);
        }
        return handler.handle(builder.build());
    }

    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @Test
    void debug404ListsThePatternsTried() {
        HttpResponse response = get(handler(true, Urls.class), "/nowhere/", BROWSER);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.text())
                .contains("Page not found at /nowhere/")
                .contains("<li><code>shop/&lt;int:id&gt;/ [name=&#x27;product&#x27;]</code></li>")
                .contains("<li><code>blog/ archive/ [name=&#x27;archive&#x27;]</code></li>")
                .contains("The current path, nowhere/, didn&#x27;t match any of these.");
    }

    @Test
    void debug404RaisedByAViewNamesItsRouteAndMessage() {
        HttpResponse response = get(handler(true, Urls.class), "/shop/5/", null);

        assertThat(response.text()).contains("Raised by the view for route <code>shop/&lt;int:id&gt;/</code>: No product with id 5.");
    }

    @Test
    void debug404IsJsonWhenTheClientPrefersJson() throws Exception {
        HttpResponse response = get(handler(true, Urls.class), "/nowhere/", "application/json");

        JsonNode json = Json.mapper().readTree(response.content());
        assertThat(response.header("Content-Type")).isEqualTo("application/json");
        assertThat(json.get("path").asText()).isEqualTo("/nowhere/");
        assertThat(json.get("patternsTried").get(0).asText()).isEqualTo("shop/<int:id>/ [name='product']");
    }

    @Test
    void debug500ShowsTheExceptionAndTheProjectsFramesOnly() {
        HttpResponse response = get(handler(true, Urls.class), "/fail/", BROWSER);

        assertThat(response.status()).isEqualTo(500);
        assertThat(response.text())
                .contains("IllegalArgumentException at /fail/")
                .contains("<strong>java.lang.IllegalArgumentException</strong>: Price must not be negative &lt;b&gt;")
                .contains("dev.reinhardt.core.handlers.ErrorPagesTest.failingView(ErrorPagesTest.java:")
                .doesNotContain("org.junit")
                .doesNotContain("dev.reinhardt.core.handlers.MiddlewareChain")
                .containsPattern("[0-9]+ framework and library frames hidden");
    }

    @Test
    void debug500IsJsonWhenTheClientPrefersJson() throws Exception {
        HttpResponse response = get(handler(true, Urls.class), "/fail/", "text/html;q=0.5, application/json");

        JsonNode json = Json.mapper().readTree(response.content());
        assertThat(json.get("exception").asText()).isEqualTo("java.lang.IllegalArgumentException");
        assertThat(json.get("message").asText()).isEqualTo("Price must not be negative <b>");
        assertThat(json.get("frames").get(0).asText()).startsWith("dev.reinhardt.core.handlers.ErrorPagesTest.failingView(");
    }

    @Test
    void withoutDebugErrorPagesRevealNoInternals() {
        ProjectHandler handler = handler(false, Urls.class);
        HttpResponse notFound = get(handler, "/nowhere/", "application/json");
        HttpResponse failed = get(handler, "/fail/", BROWSER);

        assertThat(notFound.text()).contains("<h1>Not Found</h1>").doesNotContain("shop/");
        assertThat(failed.text()).contains("<h1>Server Error (500)</h1>").doesNotContain("Price").doesNotContain("Exception");
    }

    @Test
    void theRootUrlconfMayProvideErrorViews() {
        ProjectHandler handler = handler(false, CustomErrorUrls.class);

        assertThat(get(handler, "/nowhere/", null).text()).isEqualTo("Our own 404 for /nowhere/");
        assertThat(get(handler, "/fail/", null).text()).isEqualTo("Our own 500");
    }

    @Test
    void aProjectWithoutUrlsWelcomesInDebugOnly() {
        HttpResponse welcome = get(handler(true, EmptyUrls.class), "/", null);

        assertThat(welcome.status()).isEqualTo(200);
        assertThat(welcome.text()).contains("Your Reinhardt project is up and running");
        assertThat(get(handler(true, EmptyUrls.class), "/other/", null).status()).isEqualTo(404);
        assertThat(get(handler(false, EmptyUrls.class), "/", null).status()).isEqualTo(404);
    }
}
