package dev.reinhardt.core.server;

import dev.reinhardt.conf.Settings;
import dev.reinhardt.core.handlers.ProjectHandler;
import dev.reinhardt.http.HttpResponse;
import dev.reinhardt.http.StreamingHttpResponse;
import dev.reinhardt.middleware.CommonMiddleware;
import dev.reinhardt.urls.UrlConf;
import dev.reinhardt.urls.UrlPattern;
import dev.reinhardt.urls.Urls;
import dev.reinhardt.views.generic.RedirectView;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static dev.reinhardt.urls.Urls.include;
import static dev.reinhardt.urls.Urls.path;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The script prefix over real HTTP: a project in a servlet context mounted
 * at {@code /shop}, and one on the embedded server behind a proxy that
 * strips {@code /store} ({@code forceScriptName}).
 */
class ScriptPrefixOverHttpTest {

    public static final class ApiUrls implements UrlConf {
        @Override
        public List<UrlPattern> urlpatterns() {
            return List.of(path("ping/", request -> new HttpResponse(Urls.reverse("api:ping")), "ping"));
        }

        @Override
        public String appName() {
            return "api";
        }
    }

    public static final class PrefixUrls implements UrlConf {
        @Override
        public List<UrlPattern> urlpatterns() {
            return List.of(
                    path("items/<int:id>/", request -> {
                        int id = request.resolverMatch().kwarg("id", Integer.class);
                        return new HttpResponse("next=" + Urls.reverse("item", Map.of("id", id + 1))
                                + " path=" + request.path() + " pathInfo=" + request.pathInfo());
                    }, "item"),
                    path("old/<int:id>/", RedirectView.toPattern("item"), "old"),
                    path("links/", request -> new StreamingHttpResponse(() -> IntStream.range(1, 3)
                            .mapToObj(id -> (Urls.reverse("item", Map.of("id", id)) + "\n").getBytes(StandardCharsets.UTF_8))
                            .iterator(), "text/plain")),
                    include("api/", ApiUrls.class));
        }
    }

    static final Settings MOUNTED = new Settings() {
        {
            rootUrlconf = PrefixUrls.class;
            allowedHosts = List.of("127.0.0.1");
            middleware = List.of(CommonMiddleware.class);
        }
    };
    static final Settings FORCED = new Settings() {
        {
            rootUrlconf = PrefixUrls.class;
            allowedHosts = List.of("127.0.0.1");
            middleware = List.of(CommonMiddleware.class);
            forceScriptName = "/store";
        }
    };
    static final HttpClient CLIENT = HttpClient.newHttpClient();
    static ServletContainer container;
    static int servletPort;
    static EmbeddedServer embedded;

    @BeforeAll
    static void start() throws Exception {
        container = ServletContainer.start("/shop", MOUNTED);
        servletPort = container.port();
        embedded = EmbeddedServer.builder(ProjectHandler.create(FORCED), FORCED).port(0).start();
    }

    @AfterAll
    static void stop() throws Exception {
        container.close();
        embedded.stop();
    }

    private static java.net.http.HttpResponse<String> get(int port, String path) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                BodyHandlers.ofString());
    }

    @Test
    void underAServletContextTheResolverMatchesBelowThePrefixAndReversePrependsIt() throws Exception {
        var response = get(servletPort, "/shop/items/41/");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("next=/shop/items/42/ path=/shop/items/41/ pathInfo=/items/41/");
    }

    @Test
    void reverseInsideANamespacedIncludeKeepsThePrefix() throws Exception {
        assertThat(get(servletPort, "/shop/api/ping/").body()).isEqualTo("/shop/api/ping/");
    }

    @Test
    void redirectViewByNameRedirectsBelowThePrefix() throws Exception {
        var response = get(servletPort, "/shop/old/7/");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValue("/shop/items/7/");
    }

    @Test
    void appendSlashRedirectsBelowThePrefix() throws Exception {
        var response = get(servletPort, "/shop/items/7?q=1");

        assertThat(response.statusCode()).isEqualTo(301);
        assertThat(response.headers().firstValue("Location")).hasValue("/shop/items/7/?q=1");
    }

    @Test
    void aStreamedBodyReversesWithThePrefixWhileItIsWritten() throws Exception {
        assertThat(get(servletPort, "/shop/links/").body()).isEqualTo("/shop/items/1/\n/shop/items/2/\n");
    }

    @Test
    void pathsOutsideTheContextAreNotTheProjects() throws Exception {
        assertThat(get(servletPort, "/items/41/").statusCode()).isEqualTo(404);
    }

    @Test
    void forceScriptNameIsThePrefixBehindAProxyThatStripsIt() throws Exception {
        var item = get(embedded.port(), "/items/1/");
        var redirect = get(embedded.port(), "/old/3/");
        var slash = get(embedded.port(), "/items/3");

        assertThat(item.body()).isEqualTo("next=/store/items/2/ path=/store/items/1/ pathInfo=/items/1/");
        assertThat(redirect.headers().firstValue("Location")).hasValue("/store/items/3/");
        assertThat(slash.headers().firstValue("Location")).hasValue("/store/items/3/");
    }

    @Test
    void outsideARequestReverseUsesForceScriptNameOrTheRoot() {
        assertThat(Settings.callWith(FORCED, () -> Urls.reverse("item", Map.of("id", 5)))).isEqualTo("/store/items/5/");
        assertThat(Settings.callWith(MOUNTED, () -> Urls.reverse("item", Map.of("id", 5)))).isEqualTo("/items/5/");
    }
}
