package dev.reinhardt.core.server;

import dev.reinhardt.conf.Settings;
import dev.reinhardt.http.HttpResponse;
import dev.reinhardt.middleware.CommonMiddleware;
import dev.reinhardt.urls.UrlConf;
import dev.reinhardt.urls.UrlPattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.List;

import static dev.reinhardt.urls.Urls.path;
import static org.assertj.core.api.Assertions.assertThat;

/** Serves a project through {@link ReinhardtServlet} in a real servlet container, under context path /shop. */
class ServletAdapterTest {

    public static final class Urls implements UrlConf {
        @Override
        public List<UrlPattern> urlpatterns() {
            return List.of(
                    path("items/<int:id>/", request -> new HttpResponse("item " + request.resolverMatch().kwarg("id", Integer.class)
                            + " q=" + request.GET().get("q") + " host=" + request.getHost() + " path=" + request.path())),
                    path("form/", request -> new HttpResponse("name=" + request.POST().get("name"), 201)
                            .setCookie("seen", "1")));
        }
    }

    static final Settings SETTINGS = new Settings() {
        {
            rootUrlconf = Urls.class;
            allowedHosts = List.of("127.0.0.1");
            middleware = List.of(CommonMiddleware.class);
        }
    };
    static ServletContainer container;
    static int port;

    @BeforeAll
    static void start() throws Exception {
        container = ServletContainer.start("/shop", SETTINGS);
        port = container.port();
    }

    @AfterAll
    static void stop() throws Exception {
        container.close();
    }

    private static java.net.http.HttpResponse<String> send(HttpRequest request) throws Exception {
        return HttpClient.newHttpClient().send(request, BodyHandlers.ofString());
    }

    @Test
    void pathsAreRelativeToTheContextAndParametersAreTyped() throws Exception {
        var response = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/shop/items/42/?q=tea")).build());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("item 42 q=tea host=127.0.0.1:" + port + " path=/shop/items/42/");
    }

    @Test
    void formsStatusAndCookiesPassThrough() throws Exception {
        var response = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/shop/form/"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("name=Grace")).build());

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.body()).isEqualTo("name=Grace");
        assertThat(response.headers().allValues("Set-Cookie")).containsExactly("seen=1; Path=/");
    }

    @Test
    void appendSlashRedirectWorksThroughTheServlet() throws Exception {
        var response = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/shop/items/7?q=1")).build());

        assertThat(response.statusCode()).isEqualTo(301);
        assertThat(response.headers().firstValue("Location")).hasValue("/shop/items/7/?q=1");
    }
}
