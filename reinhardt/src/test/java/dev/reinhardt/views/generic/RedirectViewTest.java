package dev.reinhardt.views.generic;

import dev.reinhardt.conf.Settings;
import dev.reinhardt.core.handlers.ProjectHandler;
import dev.reinhardt.http.HttpRequest;
import dev.reinhardt.http.HttpResponse;
import dev.reinhardt.urls.UrlConf;
import dev.reinhardt.urls.UrlPattern;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.reinhardt.urls.Urls.path;
import static org.assertj.core.api.Assertions.assertThat;

class RedirectViewTest {

    public static final class Urls implements UrlConf {
        @Override
        public List<UrlPattern> urlpatterns() {
            return List.of(
                    path("old/<slug:slug>/", RedirectView.to("/new/{slug}/").permanent(), "old"),
                    path("go/<int:year>/", RedirectView.toPattern("archive").queryString(), "go"),
                    path("archive/<int:year>/", request -> new HttpResponse("archive"), "archive"),
                    path("broken/", RedirectView.to("/x/{missing}/"), "broken"));
        }
    }

    private final ProjectHandler handler = ProjectHandler.create(new Settings() {
        {
            rootUrlconf = Urls.class;
        }
    });

    private HttpResponse call(String method, String path, String query) {
        return handler.handle(HttpRequest.builder(handler.settings()).method(method).rawPath(path).queryString(query).build());
    }

    @Test
    void placeholdersAreFilledFromPathParameters() {
        HttpResponse response = call("GET", "/old/hello/", "a=1");

        assertThat(response.status()).isEqualTo(301);
        assertThat(response.header("Location")).isEqualTo("/new/hello/");
    }

    @Test
    void patternRedirectsReverseWithTheSameKwargsAndKeepTheQuery() {
        HttpResponse response = call("POST", "/go/2020/", "page=2");

        assertThat(response.status()).isEqualTo(302);
        assertThat(response.header("Location")).isEqualTo("/archive/2020/?page=2");
    }

    @Test
    void aMissingPlaceholderAnswersGone() {
        assertThat(call("GET", "/broken/", null).status()).isEqualTo(410);
    }
}
