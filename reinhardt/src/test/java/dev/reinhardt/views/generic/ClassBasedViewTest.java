package dev.reinhardt.views.generic;

import dev.reinhardt.conf.Settings;
import dev.reinhardt.core.handlers.ProjectHandler;
import dev.reinhardt.http.HttpRequest;
import dev.reinhardt.http.HttpResponse;
import dev.reinhardt.urls.UrlConf;
import dev.reinhardt.urls.UrlPattern;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static dev.reinhardt.urls.Urls.path;
import static org.assertj.core.api.Assertions.assertThat;

class ClassBasedViewTest {

    static final AtomicInteger INSTANCES = new AtomicInteger();

    /** A view answering GET and POST, counting its instances. */
    public static class ArticleView extends ClassBasedView {
        private int calls;

        public ArticleView() {
            INSTANCES.incrementAndGet();
        }

        @Override
        protected HttpResponse get(HttpRequest request) {
            calls++;
            return new HttpResponse("article " + request.resolverMatch().kwarg("id", Integer.class) + " call " + calls);
        }

        @Override
        protected HttpResponse post(HttpRequest request) {
            return new HttpResponse("posted", 201);
        }
    }

    /** A view built by a factory with a constructor argument. */
    public static class GreetingView extends ClassBasedView {
        private final String greeting;

        GreetingView(String greeting) {
            this.greeting = greeting;
        }

        @Override
        protected HttpResponse put(HttpRequest request) {
            return new HttpResponse(greeting);
        }
    }

    public static final class Urls implements UrlConf {
        @Override
        public List<UrlPattern> urlpatterns() {
            return List.of(
                    path("articles/<int:id>/", ClassBasedView.asView(ArticleView.class), "article"),
                    path("greet/", ClassBasedView.asView(GreetingView.class, () -> new GreetingView("hello")), "greet"));
        }
    }

    private final ProjectHandler handler = ProjectHandler.create(new Settings() {
        {
            rootUrlconf = Urls.class;
        }
    });

    private HttpResponse call(String method, String path) {
        return handler.handle(HttpRequest.builder(handler.settings()).method(method).rawPath(path).build());
    }

    @Test
    void eachRequestGetsItsOwnInstance() {
        int before = INSTANCES.get();

        assertThat(call("GET", "/articles/7/").text()).isEqualTo("article 7 call 1");
        assertThat(call("GET", "/articles/7/").text()).isEqualTo("article 7 call 1");
        assertThat(INSTANCES.get() - before).isEqualTo(2);
    }

    @Test
    void methodsDispatchToTheirHandlers() {
        assertThat(call("POST", "/articles/1/").status()).isEqualTo(201);
        assertThat(call("PUT", "/greet/").text()).isEqualTo("hello");
    }

    @Test
    void unimplementedMethodsAnswer405WithAllow() {
        HttpResponse response = call("DELETE", "/articles/1/");

        assertThat(response.status()).isEqualTo(405);
        assertThat(response.header("Allow")).isEqualTo("GET, POST, HEAD, OPTIONS");
        assertThat(call("GET", "/greet/").header("Allow")).isEqualTo("PUT, OPTIONS");
    }

    @Test
    void headRunsGetAndOptionsListsTheMethods() {
        assertThat(call("HEAD", "/articles/3/").text()).isEqualTo("article 3 call 1");
        HttpResponse options = call("OPTIONS", "/articles/3/");
        assertThat(options.status()).isEqualTo(200);
        assertThat(options.header("Allow")).isEqualTo("GET, POST, HEAD, OPTIONS");
    }
}
