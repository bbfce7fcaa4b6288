package dev.reinhardt.db.models;

import dev.reinhardt.db.TestDatabases;
import dev.reinhardt.db.testapp.models.Article;
import dev.reinhardt.db.testapp.models.Status;
import dev.reinhardt.exceptions.ImproperlyConfigured;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;

import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ParameterizedClass
@ValueSource(strings = {"sqlite", "postgresql"})
class ManagerTest {

    @Parameter
    String vendor;

    @BeforeEach
    void setUp() {
        TestDatabases.use(vendor);
        save("Draft", "draft", Status.DRAFT, 100, LocalDate.of(2026, 1, 1));
        save("Short", "short", Status.PUBLISHED, 10, LocalDate.of(2026, 2, 1));
        save("Long", "long", Status.PUBLISHED, 5000, LocalDate.of(2026, 3, 1));
    }

    private static void save(String title, String slug, Status status, int words, LocalDate day) {
        Article article = new Article();
        article.title = title;
        article.slug = slug;
        article.status = status;
        article.words = words;
        article.publishedOn = day;
        article.save();
    }

    @Test
    void customQuerySetMethodsChainWithoutCasts() {
        assertThat(Article.objects.all().published().longerThan(100).list()).extracting(a -> a.title)
                .containsExactly("Long");
        assertThat(Article.objects.filter("words__gte", 10).published().orderBy("title").list())
                .extracting(a -> a.title).containsExactly("Long", "Short");
    }

    @Test
    void customQuerySetMethodsAreCallableOnTheManager() {
        assertThat(Article.objects.published().list()).extracting(a -> a.title).containsExactly("Long", "Short");
        assertThat(Article.objects.longerThan(50).published().list()).extracting(a -> a.title)
                .containsExactly("Long");
        assertThat(Article.objects.published().sql()).isEqualTo(Article.objects.all().published().sql());
    }

    @Test
    void customQuerySetMethodsOnANarrowingManagerStartFromItsQuerySet() {
        assertThat(Article.published.longerThan(50).list()).extracting(a -> a.title).containsExactly("Long");
        assertThat(Article.objects.longerThan(50).list()).extracting(a -> a.title).containsExactly("Long", "Draft");
    }

    @Test
    void onlyTheInterfacesMethodsReachTheManagerAndQuerySetOnlyOnesStayOnTheQuerySet() {
        assertThat(Article.objects.all().newestFirst().published().list()).extracting(a -> a.title)
                .containsExactly("Long", "Short");
        assertThat(Arrays.stream(Article.ArticleManager.class.getMethods()).map(Method::getName))
                .contains("published", "longerThan").doesNotContain("newestFirst", "wordsOver");
    }

    @Test
    void allOnAnEvaluatedQuerySetRunsTheQueryAgain() {
        QuerySet<Article> articles = QuerySet.of(Article.class);
        assertThat(articles.count()).isEqualTo(3);
        assertThat(articles.list()).hasSize(3);
        save("Fourth", "fourth", Status.DRAFT, 1, LocalDate.of(2026, 4, 1));
        assertThat(articles.list()).hasSize(3);
        assertThat(articles.all().list()).hasSize(4);
    }

    @Test
    void aManagerIsFoundByNameAndAWrongNameListsTheManagers() {
        assertThat(Options.of(Article.class).manager("published")).isSameAs(Article.published);
        assertThatThrownBy(() -> Options.of(Article.class).manager("publshed")).isInstanceOf(ImproperlyConfigured.class)
                .hasMessage("Article has no manager named 'publshed'. Did you mean 'published'? Choices are: objects, "
                        + "published.");
    }

    @Test
    void customManagerNarrowsItsQuerySet() {
        assertThat(Article.published.count()).isEqualTo(2);
        assertThat(Article.objects.count()).isEqualTo(3);
        assertThat(Article.published.filter("title", "Draft").exists()).isFalse();
    }

    @Test
    void defaultOrderingAndLatestComeFromMeta() {
        assertThat(Article.objects.all().list()).extracting(a -> a.title).containsExactly("Long", "Short", "Draft");
        assertThat(Article.objects.latest().title).isEqualTo("Long");
        assertThat(Article.objects.earliest().title).isEqualTo("Draft");
        assertThat(Article.objects.orderBy().reverse().sql().sql()).doesNotContain("ORDER BY");
    }

    @Test
    void dbDefaultFillsAnOmittedValueAndIsReadBack() {
        Article article = new Article();
        article.title = "Defaulted";
        article.slug = "defaulted";
        article.save();
        assertThat(article.status).isEqualTo(Status.DRAFT);
        assertThat(article.createdAt).isNotNull().isEqualTo(article.updatedAt);
    }

    @Test
    void createSavesAndTheObjectKnowsItsDatabase() {
        Article created = Article.objects.create(a -> {
            a.title = "Made";
            a.slug = "made";
            a.status = Status.DRAFT;
        });
        assertThat(created.pk()).isNotNull();
        assertThat(created.state().adding()).isFalse();
    }
}
