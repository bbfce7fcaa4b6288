package dev.reinhardt.db.relapp;

import dev.reinhardt.db.RelDatabases;
import dev.reinhardt.db.models.Q;
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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Django's "Spanning multi-valued relationships" examples, with the data the
 * documentation describes: one blog has entries containing "Lennon" and
 * entries from 2008 but no 2008 entry about Lennon; another has one entry
 * that is both.
 */
@ParameterizedClass
@ValueSource(strings = {"sqlite", "postgresql"})
class MultiValuedTest {

    private static final Q LENNON = Q.of("entry__headline__contains", "Lennon");
    private static final Q IN_2008 = Q.of("entry__pubDate__year", 2008);

    @Parameter
    String vendor;

    @BeforeEach
    void setUp() {
        RelDatabases.use(vendor);
        Blog beatles = Blog.create("Beatles Blog");
        Entry.create(beatles, "Lennon in Hamburg", LocalDate.of(2007, 5, 1));
        Entry.create(beatles, "Abbey Road revisited", LocalDate.of(2008, 3, 1));
        Blog pop = Blog.create("Pop Blog");
        Entry tribute = Entry.create(pop, "A Lennon tribute", LocalDate.of(2008, 12, 8));
        Blog jazz = Blog.create("Jazz Blog");
        Entry.create(jazz, "Blue in Green", LocalDate.of(2005, 1, 1));
        Blog.create("Empty Blog");
        tribute.authors.add(Author.create("Lennon"));
    }

    private static List<String> names(QuerySet<Blog> blogs) {
        return blogs.distinct().list().stream().map(blog -> blog.name).sorted().toList();
    }

    @Test
    void conditionsInOneFilterCallMustMatchTheSameEntry() {
        assertThat(names(Blog.objects.filter(LENNON, IN_2008))).containsExactly("Pop Blog");
    }

    @Test
    void conditionsInSeparateFilterCallsMayMatchDifferentEntries() {
        QuerySet<Blog> chained = Blog.objects.filter(LENNON).filter(IN_2008);
        assertThat(names(chained)).containsExactly("Beatles Blog", "Pop Blog");
        assertThat(chained.query().toString()).contains("INNER JOIN \"relapp_entry\" \"T3\"");
    }

    @Test
    void excludeWithTwoConditionsExcludesBlogsHavingBothKindsOfEntries() {
        QuerySet<Blog> excluded = Blog.objects.exclude(LENNON, IN_2008);
        assertThat(names(excluded)).containsExactly("Empty Blog", "Jazz Blog");
        assertThat(excluded.query().toString()).contains("NOT (EXISTS(").doesNotContain("JOIN");
    }

    @Test
    void excludingBlogsWithOneEntryMeetingBothConditionsNeedsASubquery() {
        QuerySet<Blog> excluded = Blog.objects.exclude("entry__in", Entry.objects.filter(
                Q.of("headline__contains", "Lennon"), Q.of("pubDate__year", 2008)));
        assertThat(names(excluded)).containsExactly("Beatles Blog", "Empty Blog", "Jazz Blog");
    }

    @Test
    void chainedExcludesEachExcludeAnyMatchingEntry() {
        assertThat(names(Blog.objects.exclude(LENNON).exclude(IN_2008))).containsExactly("Empty Blog", "Jazz Blog");
        assertThat(names(Blog.objects.exclude(LENNON))).containsExactly("Empty Blog", "Jazz Blog");
    }

    @Test
    void anOrAcrossTheRelationMatchesEitherKindOfEntry() {
        assertThat(names(Blog.objects.filter(LENNON.or(IN_2008)))).containsExactly("Beatles Blog", "Pop Blog");
    }

    @Test
    void missingRelatedObjectsCountAsNullAcrossSeveralRelations() {
        assertThat(names(Blog.objects.filter("entry__authors__name", "Lennon"))).containsExactly("Pop Blog");
        assertThat(names(Blog.objects.filter("entry__authors__isnull", true)))
                .containsExactly("Beatles Blog", "Empty Blog", "Jazz Blog");
        assertThat(names(Blog.objects.exclude("entry__authors__name", "Lennon")))
                .containsExactly("Beatles Blog", "Empty Blog", "Jazz Blog");
    }
}
