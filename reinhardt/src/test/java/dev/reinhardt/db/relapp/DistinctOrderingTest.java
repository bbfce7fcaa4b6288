package dev.reinhardt.db.relapp;

import dev.reinhardt.db.RelDatabases;
import dev.reinhardt.db.models.QuerySet;
import dev.reinhardt.db.relapp.models.Author;
import dev.reinhardt.db.relapp.models.Blog;
import dev.reinhardt.db.relapp.models.Entry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code distinct()} ordered by fields across joins: the ordering columns
 * join the select list (PostgreSQL requires it for SELECT DISTINCT), which
 * callers never see but which takes part in what is distinct, the caveat
 * Django documents for {@code distinct()} with {@code orderBy} and {@code values()}.
 */
@ParameterizedClass
@ValueSource(strings = {"sqlite", "postgresql"})
class DistinctOrderingTest {

    @Parameter
    String vendor;

    @BeforeEach
    void setUp() {
        RelDatabases.use(vendor);
        Blog beatles = Blog.create("Beatles Blog");
        Entry.create(beatles, "Lennon at the Cavern", LocalDate.of(2006, 2, 1));
        Entry.create(beatles, "Lennon in Hamburg", LocalDate.of(2007, 5, 1));
        Entry.create(beatles, "Abbey Road revisited", LocalDate.of(2008, 3, 1));
        Blog pop = Blog.create("Pop Blog");
        Entry tribute = Entry.create(pop, "A Lennon tribute", LocalDate.of(2005, 12, 8));
        tribute.authors.add(Author.create("Lennon"), Author.create("Linda"));
        Entry.create(Blog.create("Jazz Blog"), "Blue in Green", LocalDate.of(2005, 1, 1));
    }

    private static QuerySet<Blog> lennonBlogs() {
        return Blog.objects.filter("entry__headline__contains", "Lennon").distinct();
    }

    private static List<String> names(List<Blog> blogs) {
        return blogs.stream().map(blog -> blog.name).toList();
    }

    @Test
    void orderingADistinctQueryByAJoinedFieldSelectsThatColumnAndKeepsItsRows() {
        QuerySet<Blog> byDate = lennonBlogs().orderBy("entry__pubDate");

        assertThat(byDate.sql().sql()).startsWith("SELECT DISTINCT \"relapp_blog\".\"id\", \"relapp_blog\".\"name\", "
                + "\"relapp_blog\".\"tagline\", \"relapp_entry\".\"pub_date\" FROM ");
        assertThat(names(byDate.list())).containsExactly("Pop Blog", "Beatles Blog", "Beatles Blog");
        assertThat(names(lennonBlogs().orderBy("-entry__pubDate").list()))
                .containsExactly("Beatles Blog", "Beatles Blog", "Pop Blog");
        assertThat(byDate.list().getFirst().tagline).isEmpty();
    }

    @Test
    void orderingByAFieldOfTheModelItselfAddsNoColumn() {
        QuerySet<Blog> byName = lennonBlogs().orderBy("-name");

        assertThat(byName.sql().sql()).startsWith("SELECT DISTINCT \"relapp_blog\".\"id\", \"relapp_blog\".\"name\", "
                + "\"relapp_blog\".\"tagline\" FROM ");
        assertThat(names(byName.list())).containsExactly("Pop Blog", "Beatles Blog");
    }

    @Test
    void orderingByAFieldOfAModelReachedThroughAForeignKeyKeepsRowsDistinct() {
        Entry.create(Blog.create("Apple Blog"), "Lennon remembered", LocalDate.of(2010, 1, 1))
                .authors.add(Author.objects.get("name", "Linda"));
        QuerySet<Entry> byAuthors = Entry.objects.filter("authors__name__startswith", "L");

        assertThat(byAuthors.list()).hasSize(3);
        assertThat(byAuthors.distinct().orderBy("blog__name").list()).extracting(entry -> entry.headline)
                .containsExactly("Lennon remembered", "A Lennon tribute");
        assertThat(byAuthors.distinct().orderBy("-blog__name", "pubDate").list()).extracting(entry -> entry.headline)
                .containsExactly("A Lennon tribute", "Lennon remembered");
    }

    @Test
    void valuesReturnOnlyTheNamedFieldsButTheOrderingColumnsStillDecideWhatIsDistinct() {
        assertThat(lennonBlogs().orderBy("entry__pubDate").values("name").list()).containsExactly(
                Map.of("name", "Pop Blog"), Map.of("name", "Beatles Blog"), Map.of("name", "Beatles Blog"));
        assertThat(lennonBlogs().orderBy("-entry__pubDate").valuesListFlat("name", String.class).list())
                .containsExactly("Beatles Blog", "Beatles Blog", "Pop Blog");
        assertThat(lennonBlogs().orderBy("name").valuesListFlat("name", String.class).list())
                .containsExactly("Beatles Blog", "Pop Blog");
        assertThat(Entry.objects.orderBy("blog__name").distinct().valuesListFlat("blog__name", String.class).list())
                .containsExactly("Beatles Blog", "Jazz Blog", "Pop Blog");
    }

    @Test
    void countExistsAndSubqueriesIgnoreTheOrderingOfADistinctQuery() {
        QuerySet<Blog> byDate = lennonBlogs().orderBy("entry__pubDate");

        assertThat(byDate.count()).isEqualTo(2);
        assertThat(byDate.exists()).isTrue();
        assertThat(Entry.objects.filter("blog__in", byDate).orderBy("pubDate").list()).extracting(e -> e.headline)
                .containsExactly("A Lennon tribute", "Lennon at the Cavern", "Lennon in Hamburg",
                        "Abbey Road revisited");
        assertThat(byDate.slice(0, 2).count()).isEqualTo(2);
    }
}
