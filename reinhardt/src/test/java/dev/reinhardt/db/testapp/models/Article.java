package dev.reinhardt.db.testapp.models;

import dev.reinhardt.db.models.BaseManager;
import dev.reinhardt.db.models.BaseQuerySet;
import dev.reinhardt.db.models.Meta;
import dev.reinhardt.db.models.Q;
import dev.reinhardt.db.models.QuerySetMethods;
import dev.reinhardt.db.models.QuerySetState;
import dev.reinhardt.db.models.fields.CharField;
import dev.reinhardt.db.models.fields.DateField;
import dev.reinhardt.db.models.fields.IntegerField;
import dev.reinhardt.db.models.fields.SlugField;

import java.time.LocalDate;

@Meta(dbTable = "articles", ordering = {"-publishedOn", "title"}, getLatestBy = "publishedOn",
        verboseName = "news article",
        indexes = @Meta.Index(fields = {"status", "-publishedOn"}, name = "article_status_idx"),
        uniqueConstraints = @Meta.UniqueConstraint(fields = {"title", "publishedOn"}, name = "article_title_day_uniq"),
        checkConstraints = @Meta.CheckConstraint(name = "article_words_gte_0", field = "words", lookup = "gte", value = "0"))
public class Article extends Timestamped {

    public static final ArticleManager objects = new ArticleManager();
    public static final PublishedManager published = new PublishedManager();

    @CharField(maxLength = 100) public String title;
    @SlugField(unique = true) public String slug;
    @DateField(nullable = true) public LocalDate publishedOn;
    @IntegerField public Integer words = 0;
    @CharField(maxLength = 10, dbDefault = "DRAFT") public Status status;

    /** The custom query methods, callable on the managers and on every queryset they return. */
    public interface ArticleQueries extends QuerySetMethods<Article, ArticleQuerySet> {

        default ArticleQuerySet published() {
            return filter("status", Status.PUBLISHED);
        }

        default ArticleQuerySet longerThan(int words) {
            return filter(wordsOver(words));
        }

        private Q wordsOver(int words) {
            return Q.of("words__gt", words);
        }
    }

    public static final class ArticleQuerySet extends BaseQuerySet<Article, ArticleQuerySet> implements ArticleQueries {
        public ArticleQuerySet(QuerySetState<Article> state) {
            super(state, ArticleQuerySet::new);
        }

        /** A queryset-only method: declared on the queryset, not on the interface. */
        public ArticleQuerySet newestFirst() {
            return orderBy("-publishedOn");
        }
    }

    public static class ArticleManager extends BaseManager<Article, ArticleQuerySet> implements ArticleQueries {
        ArticleManager() {
            super(Article.class, ArticleQuerySet::new);
        }
    }

    public static final class PublishedManager extends ArticleManager {
        @Override
        public ArticleQuerySet getQuerySet() {
            return super.getQuerySet().published();
        }
    }
}
