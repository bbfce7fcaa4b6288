package dev.reinhardt.urls;

import dev.reinhardt.exceptions.ImproperlyConfigured;
import dev.reinhardt.http.HttpResponse;
import dev.reinhardt.http.View;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.reinhardt.urls.Urls.include;
import static dev.reinhardt.urls.Urls.path;
import static dev.reinhardt.urls.Urls.rePath;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UrlResolverTest {

    private static final View OK = request -> new HttpResponse("ok");
    private static final View OTHER = request -> new HttpResponse("other");

    /** A blog app's urlconf, with an application namespace. */
    public static final class BlogUrls implements UrlConf {
        @Override
        public List<UrlPattern> urlpatterns() {
            return List.of(
                    path("", OK, "index"),
                    path("articles/<int:year>/<slug:slug>/", OK, "article-detail"),
                    path("by/<uuid:author>/", OK, "by-author"));
        }

        @Override
        public String appName() {
            return "blog";
        }
    }

    /** The project's root urlconf. */
    public static final class RootUrls implements UrlConf {
        @Override
        public List<UrlPattern> urlpatterns() {
            return List.of(
                    path("", OK, "home"),
                    path("about", OK, "about"),
                    path("files/<path:rest>", OK, "files"),
                    path("items/<int:id>/", OK, "item"),
                    path("items/<str:name>/", OTHER, "item-by-name"),
                    rePath("^archive/(?P<year>[0-9]{4})/$", OK, "archive"),
                    include("blog/", BlogUrls.class),
                    include("news/", new BlogUrls(), "news"),
                    include("api/v<int:version>/", List.of(path("ping/", OK, "ping"))));
        }
    }

    private final UrlResolver resolver = UrlResolver.of(new RootUrls());

    @Test
    void pathParametersReachTheViewTyped() {
        ResolverMatch match = resolver.resolve("/blog/articles/2024/hello-world/");

        assertThat(match.kwargs()).isEqualTo(Map.of("year", 2024, "slug", "hello-world"));
        assertThat(match.kwarg("year", Integer.class)).isEqualTo(2024);
        assertThat(match.viewName()).isEqualTo("blog:article-detail");
        assertThat(match.appNames()).containsExactly("blog");
        assertThat(match.route()).isEqualTo("blog/articles/<int:year>/<slug:slug>/");
    }

    @Test
    void uuidAndPathConvertersProduceTheirTypes() {
        UUID id = UUID.randomUUID();

        assertThat(resolver.resolve("/blog/by/" + id + "/").kwargs()).isEqualTo(Map.of("author", id));
        assertThat(resolver.resolve("/files/a/b/c.txt").kwargs()).isEqualTo(Map.of("rest", "a/b/c.txt"));
    }

    @Test
    void aConverterThatRejectsAValueLetsLaterPatternsMatch() {
        ResolverMatch match = resolver.resolve("/items/99999999999/");

        assertThat(match.urlName()).isEqualTo("item-by-name");
        assertThat(match.kwargs()).isEqualTo(Map.of("name", "99999999999"));
    }

    @Test
    void includePrefixParametersAreMergedWithTheEndpointsOnes() {
        ResolverMatch match = resolver.resolve("/api/v2/ping/");

        assertThat(match.kwargs()).isEqualTo(Map.of("version", 2));
        assertThat(match.namespaces()).isEmpty();
    }

    @Test
    void rePathNamedGroupsBecomeStringKwargs() {
        assertThat(resolver.resolve("/archive/2019/").kwargs()).isEqualTo(Map.of("year", "2019"));
        assertThat(resolver.match("/archive/19/")).isNull();
    }

    @Test
    void literalEndpointsMatchOnlyTheWholePath() {
        assertThat(resolver.match("/about").urlName()).isEqualTo("about");
        assertThat(resolver.match("/about/")).isNull();
        assertThat(resolver.match("/").urlName()).isEqualTo("home");
    }

    @Test
    void theFirstSegmentIndexKeepsDeclarationOrder() {
        UrlResolver ordered = UrlResolver.of(() -> List.of(
                path("<str:anything>/", OTHER, "catch-all"),
                path("fixed/", OK, "fixed")));

        assertThat(ordered.resolve("/fixed/").urlName()).isEqualTo("catch-all");
    }

    @Test
    void noMatchRaisesResolver404ListingEveryPattern() {
        assertThatThrownBy(() -> resolver.resolve("/nope/"))
                .isInstanceOf(Resolver404.class)
                .hasMessage("The current path, nope/, didn't match any of these.")
                .satisfies(e -> assertThat(((Resolver404) e).tried()).contains(
                        "blog/ articles/<int:year>/<slug:slug>/ [name='article-detail']",
                        "api/v<int:version>/ ping/ [name='ping']",
                        "^archive/(?P<year>[0-9]{4})/$ [name='archive']"));
    }

    @Test
    void reverseBuildsPathsThroughNamespaces() {
        assertThat(resolver.reverse("blog:article-detail", Map.of("year", 2024, "slug", "hello")))
                .isEqualTo("/blog/articles/2024/hello/");
        assertThat(resolver.reverse("news:index", Map.of())).isEqualTo("/news/");
        assertThat(resolver.reverse("blog:index", Map.of())).isEqualTo("/blog/");
        assertThat(resolver.reverse("archive", Map.of("year", 1999))).isEqualTo("/archive/1999/");
        assertThat(resolver.reverse("ping", Map.of("version", 3))).isEqualTo("/api/v3/ping/");
    }

    @Test
    void reverseQuotesUnsafeCharacters() {
        assertThat(resolver.reverse("files", Map.of("rest", "a b/ü?.txt"))).isEqualTo("/files/a%20b/%C3%BC%3F.txt");
    }

    @Test
    void reverseOfAnUnknownNameSuggestsCloseNames() {
        assertThatThrownBy(() -> resolver.reverse("blog:article-detial", Map.of()))
                .isInstanceOf(NoReverseMatch.class)
                .hasMessage("Reverse for 'blog:article-detial' not found. 'blog:article-detial' is not a valid view "
                        + "function or pattern name. Did you mean 'blog:article-detail'?");
    }

    @Test
    void reverseWithWrongArgumentsNamesThePatternsTried() {
        assertThatThrownBy(() -> resolver.reverse("item", Map.of("id", "abc")))
                .isInstanceOf(NoReverseMatch.class)
                .hasMessage("Reverse for 'item' with keyword arguments '{id=abc}' not found. 1 pattern(s) tried: "
                        + "['items/<int:id>/']");
        assertThatThrownBy(() -> resolver.reverse("item", Map.of()))
                .hasMessage("Reverse for 'item' with no arguments not found. 1 pattern(s) tried: ['items/<int:id>/']");
    }

    @Test
    void reverseWithAnUnknownNamespaceSaysSo() {
        assertThatThrownBy(() -> resolver.reverse("blgo:index", Map.of()))
                .isInstanceOf(NoReverseMatch.class)
                .hasMessage("'blgo' is not a registered namespace. Did you mean 'blog'?");
    }

    @Test
    void userRegisteredConvertersAreUsedBothWays() {
        Urls.registerConverter("hex", new PathConverter<Integer>() {
            @Override
            public String regex() {
                return "[0-9a-f]+";
            }

            @Override
            public Integer toJava(String value) {
                return Integer.parseInt(value, 16);
            }

            @Override
            public String toUrl(Object value) {
                return Integer.toHexString((Integer) value);
            }
        });
        UrlResolver hex = UrlResolver.of(() -> List.of(path("colour/<hex:rgb>/", OK, "colour")));

        assertThat(hex.resolve("/colour/ff00/").kwargs()).isEqualTo(Map.of("rgb", 0xff00));
        assertThat(hex.reverse("colour", Map.of("rgb", 255))).isEqualTo("/colour/ff/");
        assertThatThrownBy(() -> Urls.registerConverter("hex", null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Urls.registerConverter("int", new PathConverter<String>() {
            @Override
            public String regex() {
                return ".";
            }

            @Override
            public String toJava(String value) {
                return value;
            }
        })).isInstanceOf(ImproperlyConfigured.class).hasMessage("Converter 'int' is already registered.");
    }

    @Test
    void routesWithUnknownConvertersFailAtStartupWithASuggestion() {
        assertThatThrownBy(() -> path("a/<itn:id>/", OK))
                .isInstanceOf(ImproperlyConfigured.class)
                .hasMessage("URL route 'a/<itn:id>/' uses invalid converter 'itn'. Did you mean 'int'?");
        assertThatThrownBy(() -> path("/a/", OK))
                .isInstanceOf(ImproperlyConfigured.class).hasMessageStartingWith("URL route '/a/' starts with '/'.");
    }
}
