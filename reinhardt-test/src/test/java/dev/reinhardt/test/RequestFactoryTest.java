package dev.reinhardt.test;

import dev.reinhardt.conf.Settings;
import dev.reinhardt.http.HttpRequest;
import dev.reinhardt.http.HttpResponse;
import dev.reinhardt.test.client.RequestFactory;
import dev.reinhardt.test.library.Views;
import dev.reinhardt.test.library.settings.LibrarySettings;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@ReinhardtTest(settings = LibrarySettings.class)
@OverrideSettings(name = "greeting", value = "hello, factory")
class RequestFactoryTest {

    @Test
    void buildsRequestsToCallAViewDirectly(RequestFactory factory) throws Exception {
        HttpRequest request = factory.get("/anywhere/", Map.of("page", "2"), Map.of("Accept", "text/plain"));

        HttpResponse response = Views.greeting(request);

        assertThat(response.text()).isEqualTo("hello, factory");
        assertThat(request.getFullPath()).isEqualTo("/anywhere/?page=2");
        assertThat(request.headers().get("Accept")).isEqualTo("text/plain");
        assertThat(request.getHost()).isEqualTo("testserver");
    }

    @Test
    void requestsCarryTheBodyAndTheTestsSettings() {
        HttpRequest request = new RequestFactory(Map.of("X-Test", "default"))
                .post("/books/", Map.of("title", "Dune"), "application/json");

        assertThat(request.json().get("title").asText()).isEqualTo("Dune");
        assertThat(request.headers().get("X-Test")).isEqualTo("default");
        assertThat(Settings.current().extra("greeting", "")).isEqualTo("hello, factory");
    }
}
