package dev.reinhardt.views.generic;

import dev.reinhardt.conf.Settings;
import dev.reinhardt.http.HttpResponse;
import dev.reinhardt.test.ReinhardtTest;
import dev.reinhardt.test.client.Client;
import dev.reinhardt.test.client.TestResponse;
import dev.reinhardt.urls.UrlConf;
import dev.reinhardt.urls.UrlPattern;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.reinhardt.urls.Urls.path;
import static org.assertj.core.api.Assertions.assertThat;

@ReinhardtTest(settings = RedirectViewTest.Project.class)
class RedirectViewTest {

    public static final class Project extends Settings {
        public Project() {
            secretKey = "redirect-view-test";
            rootUrlconf = Urls.class;
        }
    }

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

    @Test
    void placeholdersAreFilledFromPathParameters(Client client) {
        TestResponse response = client.get("/old/hello/?a=1");

        assertThat(response.status()).isEqualTo(301);
        assertThat(response.url()).isEqualTo("/new/hello/");
    }

    @Test
    void patternRedirectsReverseWithTheSameKwargsAndKeepTheQuery(Client client) {
        TestResponse response = client.post("/go/2020/?page=2");

        assertThat(response.status()).isEqualTo(302);
        assertThat(response.url()).isEqualTo("/archive/2020/?page=2");
    }

    @Test
    void followingTheRedirectReachesTheTarget(Client client) {
        TestResponse response = client.follow().get("/go/2020/?page=2");

        assertThat(response.text()).isEqualTo("archive");
        assertThat(response.request().getFullPath()).isEqualTo("/archive/2020/?page=2");
        assertThat(response.redirectChain()).containsExactly(new TestResponse.Redirect("/archive/2020/?page=2", 302));
    }

    @Test
    void aMissingPlaceholderAnswersGone(Client client) {
        assertThat(client.get("/broken/").status()).isEqualTo(410);
    }
}
