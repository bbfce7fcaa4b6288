package dev.reinhardt.urls;

import dev.reinhardt.conf.Settings;
import dev.reinhardt.exceptions.ImproperlyConfigured;
import dev.reinhardt.http.HttpResponse;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.reinhardt.urls.Urls.path;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScriptPrefixTest {

    public static final class Patterns implements UrlConf {
        @Override
        public List<UrlPattern> urlpatterns() {
            return List.of(path("articles/<slug:slug>/", request -> new HttpResponse(), "article"));
        }
    }

    static final Settings SETTINGS = new Settings() {
        {
            rootUrlconf = Patterns.class;
        }
    };

    private static String reverseArticle() {
        return Urls.reverse("article", Map.of("slug", "hello"));
    }

    @Test
    void reversePrependsTheBoundPrefix() {
        String mounted = Settings.callWith(SETTINGS, () -> ScriptPrefix.callWith("/shop", ScriptPrefixTest::reverseArticle));
        String withSlash = Settings.callWith(SETTINGS, () -> ScriptPrefix.callWith("/shop/", ScriptPrefixTest::reverseArticle));
        String root = Settings.callWith(SETTINGS, () -> ScriptPrefix.callWith("", ScriptPrefixTest::reverseArticle));

        assertThat(mounted).isEqualTo("/shop/articles/hello/");
        assertThat(withSlash).isEqualTo("/shop/articles/hello/");
        assertThat(root).isEqualTo("/articles/hello/");
    }

    @Test
    void thePrefixEndsWithItsScope() {
        String inside = Settings.callWith(SETTINGS, () -> ScriptPrefix.callWith("/shop", ScriptPrefix::current));
        String after = Settings.callWith(SETTINGS, ScriptPrefix::current);

        assertThat(inside).isEqualTo("/shop/");
        assertThat(after).isEqualTo("/");
    }

    @Test
    void forceScriptNameIsThePrefixOutsideARequest() {
        Settings forced = new Settings() {
            {
                rootUrlconf = Patterns.class;
                forceScriptName = "/store";
            }
        };

        assertThat(Settings.callWith(forced, ScriptPrefixTest::reverseArticle)).isEqualTo("/store/articles/hello/");
    }

    @Test
    void aForceScriptNameWithoutALeadingSlashStopsStartUp() {
        Settings relative = new Settings() {
            {
                debug = true;
                forceScriptName = "shop";
            }
        };

        assertThatThrownBy(relative::validate).isInstanceOf(ImproperlyConfigured.class)
                .hasMessage("The forceScriptName setting must be a path starting with '/', such as \"/shop\"; "
                        + "it is \"shop\".");
    }
}
