package dev.reinhardt.db.relapp;

import dev.reinhardt.db.RelDatabases;
import dev.reinhardt.db.models.ModelSignals;
import dev.reinhardt.db.relapp.models.Author;
import dev.reinhardt.db.relapp.models.Blog;
import dev.reinhardt.db.relapp.models.Entry;
import dev.reinhardt.db.relapp.models.Group;
import dev.reinhardt.db.relapp.models.Membership;
import dev.reinhardt.db.relapp.models.Person;
import dev.reinhardt.dispatch.Receiver;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** Many-to-many managers on both sides, an auto-created or explicit join model, and m2mChanged. */
@ParameterizedClass
@ValueSource(strings = {"sqlite", "postgresql"})
class ManyToManyTest {

    @Parameter
    String vendor;

    Blog blog;
    Entry entry;
    Author ann;
    Author bob;
    Author cid;

    @BeforeEach
    void setUp() {
        RelDatabases.use(vendor);
        blog = Blog.create("b");
        entry = Entry.create(blog, "e", LocalDate.of(2020, 1, 1));
        ann = Author.create("ann");
        bob = Author.create("bob");
        cid = Author.create("cid");
    }

    private static List<String> names(Iterable<Author> authors) {
        List<String> names = new ArrayList<>();
        authors.forEach(author -> names.add(author.name));
        return names.stream().sorted().toList();
    }

    @Test
    void addRemoveClearAndSetKeepOneJoinRowPerPair() {
        entry.authors.add(ann, bob);
        entry.authors.add(bob);
        assertThat(names(entry.authors.all())).containsExactly("ann", "bob");
        entry.authors.remove(ann);
        assertThat(names(entry.authors.all())).containsExactly("bob");
        entry.authors.set(List.of(ann, cid));
        assertThat(names(entry.authors.all())).containsExactly("ann", "cid");
        entry.authors.clear();
        assertThat(entry.authors.count()).isZero();
        assertThat(Author.objects.count()).isEqualTo(3);
    }

    @Test
    void theReverseSideIsAManagerToo() {
        Entry other = Entry.create(blog, "other", LocalDate.of(2021, 1, 1));
        ann.entrySet.add(entry, other);
        assertThat(entry.authors.list()).containsExactly(ann);
        assertThat(ann.entrySet.orderBy("headline").list()).containsExactly(entry, other);
        Author created = entry.authors.create(author -> author.name = "dan");
        assertThat(names(entry.authors.all())).containsExactly("ann", "dan");
        assertThat(created.entrySet.list()).containsExactly(entry);
        ann.entrySet.remove(other);
        assertThat(other.authors.exists()).isFalse();
    }

    @Test
    void m2mChangedReportsEachActionWithTheKeysItChanges() {
        List<String> events = new ArrayList<>();
        Receiver<ModelSignals.M2MChangedEvent> receiver = (sender, event) -> events.add(event.action().djangoName()
                + (event.reverse() ? " reverse " : " ") + event.model().getSimpleName() + " "
                + (event.pkSet() == null ? "null" : new TreeSet<>(event.pkSet().stream().map(Object::toString).toList())));
        Object sender = ModelSignals.m2mSender(Entry.class, "authors");
        ModelSignals.m2mChanged.connect(receiver, sender);
        try {
            entry.authors.add(ann, bob);
            entry.authors.add(bob);
            entry.authors.remove(bob);
            cid.entrySet.add(entry);
            entry.authors.clear();
        } finally {
            ModelSignals.m2mChanged.disconnect(receiver, sender, null);
        }
        assertThat(events).containsExactly(
                "pre_add Author [" + ann.id + ", " + bob.id + "]", "post_add Author [" + ann.id + ", " + bob.id + "]",
                "pre_add Author []", "post_add Author []",
                "pre_remove Author [" + bob.id + "]", "post_remove Author [" + bob.id + "]",
                "pre_add reverse Entry [" + entry.id + "]", "post_add reverse Entry [" + entry.id + "]",
                "pre_clear Author null", "post_clear Author null");
    }

    @Test
    void anExplicitJoinModelCarriesExtraFields() {
        Person ringo = Person.create("Ringo Starr");
        Person paul = Person.create("Paul McCartney");
        Group beatles = Group.create("The Beatles");
        beatles.members.add(List.of(ringo, paul), Map.of("dateJoined", LocalDate.of(1962, 8, 16)));
        Membership.objects.filter("person", paul).update("dateJoined", LocalDate.of(1960, 8, 1));
        assertThat(beatles.members.orderBy("name").list()).containsExactly(paul, ringo);
        assertThat(Group.objects.filter("members__name__startswith", "Paul").list()).containsExactly(beatles);
        assertThat(Person.objects.filter("group__name", "The Beatles")
                .filter("membership__dateJoined__gt", LocalDate.of(1961, 1, 1)).list()).containsExactly(ringo);
        assertThat(ringo.related("group_set", Group.class).list()).containsExactly(beatles);
        beatles.members.remove(ringo);
        assertThat(Membership.objects.count()).isEqualTo(1);
        assertThat(paul.delete().perModel()).containsExactly(Map.entry("relapp.Membership", 1L),
                Map.entry("relapp.Person", 1L));
    }
}
