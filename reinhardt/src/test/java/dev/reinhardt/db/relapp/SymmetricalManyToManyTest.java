package dev.reinhardt.db.relapp;

import dev.reinhardt.db.RelDatabases;
import dev.reinhardt.db.backends.base.DatabaseWrapper;
import dev.reinhardt.db.backends.base.QueryCapture;
import dev.reinhardt.db.migrations.state.ModelState;
import dev.reinhardt.db.migrations.state.ProjectState;
import dev.reinhardt.db.models.ModelSignals;
import dev.reinhardt.db.models.Options;
import dev.reinhardt.db.models.Relation;
import dev.reinhardt.db.relapp.models.Colleagueship;
import dev.reinhardt.db.relapp.models.Contact;
import dev.reinhardt.db.relapp.models.Mentorship;
import dev.reinhardt.db.relapp.models.Neighbour;
import dev.reinhardt.dispatch.Receiver;
import dev.reinhardt.exceptions.FieldError;
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

import static dev.reinhardt.db.migrations.state.FieldState.field;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Many-to-many relations of a model to itself: symmetrical by default (with
 * or without a join model), one-way with {@code symmetrical = false}.
 */
@ParameterizedClass
@ValueSource(strings = {"sqlite", "postgresql"})
class SymmetricalManyToManyTest {

    @Parameter
    String vendor;

    DatabaseWrapper connection;
    Contact ann;
    Contact bob;
    Contact cid;
    Contact dan;

    @BeforeEach
    void setUp() {
        connection = RelDatabases.use(vendor);
        ann = Contact.create("ann");
        bob = Contact.create("bob");
        cid = Contact.create("cid");
        dan = Contact.create("dan");
    }

    private static List<String> names(Iterable<Contact> contacts) {
        List<String> names = new ArrayList<>();
        contacts.forEach(contact -> names.add(contact.name));
        return names.stream().sorted().toList();
    }

    private static Contact fresh(Contact contact) {
        return Contact.objects.get("pk", contact.pk());
    }

    private long joinRows() {
        return Contact.objects.filter("friends__isnull", false).count();
    }

    @Test
    void aRelationOfAModelToItselfIsSymmetricalUnlessItSaysOtherwise() {
        Options<Contact> options = Options.of(Contact.class);
        assertThat(Relation.of(options.findManyToMany("friends")).isSymmetrical()).isTrue();
        assertThat(Relation.of(options.findManyToMany("colleagues")).isSymmetrical()).isTrue();
        assertThat(Relation.of(options.findManyToMany("following")).isSymmetrical()).isFalse();
        assertThat(Relation.of(options.findManyToMany("mentees")).isSymmetrical()).isFalse();
    }

    @Test
    void migrationsRecordOnlyAnExplicitSymmetricalFalseAndTheJoinTableIsTheSame() {
        ModelState contact = ProjectState.fromApps(RelDatabases.apps()).model("relapp", "Contact");
        assertThat(contact.field("friends")).isEqualTo(field("ManyToManyField", "to", "relapp.Contact"));
        assertThat(contact.field("following")).isEqualTo(field("ManyToManyField", "to", "relapp.Contact",
                "relatedName", "followers", "symmetrical", false));
        Relation friends = Relation.of(Options.of(Contact.class).findManyToMany("friends"));
        assertThat(friends.through().fields()).extracting(f -> f.column())
                .containsExactly("id", "from_contact_id", "to_contact_id");
    }

    @Test
    void addingAFriendMakesEachTheOthersFriend() {
        ann.friends.add(bob, cid);

        assertThat(names(ann.friends.all())).containsExactly("bob", "cid");
        assertThat(names(fresh(bob).friends.all())).containsExactly("ann");
        assertThat(names(fresh(cid).friends.all())).containsExactly("ann");
        assertThat(joinRows()).isEqualTo(4);
    }

    @Test
    void addingAFriendshipFromEitherSideOrTwiceKeepsOneRowEachWay() {
        ann.friends.add(bob);
        bob.friends.add(ann);
        ann.friends.add(bob);
        assertThat(joinRows()).isEqualTo(2);

        ann.friends.add(ann);
        assertThat(joinRows()).isEqualTo(3);
        assertThat(names(ann.friends.all())).containsExactly("ann", "bob");
    }

    @Test
    void removeUnrelatesBothDirectionsFromEitherSide() {
        ann.friends.add(bob, cid);
        bob.friends.remove(ann);

        assertThat(names(ann.friends.all())).containsExactly("cid");
        assertThat(bob.friends.exists()).isFalse();
        assertThat(names(cid.friends.all())).containsExactly("ann");
    }

    @Test
    void clearUnrelatesBothDirectionsAndLeavesOtherFriendshipsAlone() {
        ann.friends.add(bob, cid);
        cid.friends.add(dan);
        ann.friends.clear();

        assertThat(ann.friends.exists()).isFalse();
        assertThat(bob.friends.exists()).isFalse();
        assertThat(names(cid.friends.all())).containsExactly("dan");
        assertThat(names(dan.friends.all())).containsExactly("cid");
    }

    @Test
    void setAndCreateActOnBothDirections() {
        ann.friends.set(List.of(bob, cid));
        ann.friends.set(List.of(cid, dan));
        assertThat(bob.friends.exists()).isFalse();
        assertThat(names(dan.friends.all())).containsExactly("ann");

        Contact eve = ann.friends.create(contact -> contact.name = "eve");
        assertThat(names(eve.friends.all())).containsExactly("ann");
        assertThat(names(ann.friends.all())).containsExactly("cid", "dan", "eve");
    }

    @Test
    void deletingAContactDeletesItsFriendshipsBothWays() {
        ann.friends.add(bob, cid);
        ann.delete();

        assertThat(bob.friends.exists()).isFalse();
        assertThat(cid.friends.exists()).isFalse();
        assertThat(joinRows()).isZero();
    }

    @Test
    void lookupsFollowTheRelationAndTheTargetHasNoReverseName() {
        ann.friends.add(bob);
        cid.friends.add(bob);

        assertThat(names(Contact.objects.filter("friends__name", "bob").list())).containsExactly("ann", "cid");
        assertThat(names(Contact.objects.filter("friends__name", "ann").list())).containsExactly("bob");
        assertThatThrownBy(() -> Contact.objects.filter("contact__name", "bob").count())
                .isInstanceOf(FieldError.class)
                .hasMessageStartingWith("Cannot resolve keyword 'contact' into field. Choices are: ")
                .hasMessageNotContaining("_rel_+");
        assertThatThrownBy(() -> ann.related("contact_set", Contact.class)).hasMessageContaining("contact_set");
    }

    @Test
    void prefetchAndPeerLoadsSeeBothDirections() {
        ann.friends.add(bob, cid);
        List<String> lines = new ArrayList<>();
        try (QueryCapture capture = connection.captureQueries()) {
            for (Contact contact : Contact.objects.orderBy("name")) {
                lines.add(contact.name + ":" + names(contact.friends.all()));
            }
            assertThat(capture.count()).isEqualTo(2);
        }
        assertThat(lines).containsExactly("ann:[bob, cid]", "bob:[ann]", "cid:[ann]", "dan:[]");
        List<Contact> prefetched = Contact.objects.orderBy("name").prefetchRelated("friends").list();
        assertThat(names(prefetched.get(2).friends.all())).containsExactly("ann");
    }

    @Test
    void m2mChangedIsSentOncePerCallForTheInstanceUsed() {
        List<String> events = new ArrayList<>();
        Receiver<ModelSignals.M2MChangedEvent> receiver = (sender, event) -> events.add(event.instance() + " "
                + event.action().djangoName() + (event.reverse() ? " reverse " : " ")
                + (event.pkSet() == null ? "null" : new TreeSet<>(event.pkSet().stream().map(Object::toString).toList()))
                + (event.action() == ModelSignals.M2MAction.POST_ADD ? " mirrored=" + names(fresh(bob).friends.all())
                : ""));
        Object sender = ModelSignals.m2mSender(Contact.class, "friends");
        ModelSignals.m2mChanged.connect(receiver, sender);
        try {
            ann.friends.add(bob);
            bob.friends.remove(ann);
            cid.friends.clear();
        } finally {
            ModelSignals.m2mChanged.disconnect(receiver, sender, null);
        }
        assertThat(events).containsExactly(
                "ann pre_add [" + bob.id + "]", "ann post_add [" + bob.id + "] mirrored=[ann]",
                "bob pre_remove [" + ann.id + "]", "bob post_remove [" + ann.id + "]",
                "cid pre_clear null", "cid post_clear null");
    }

    @Test
    void aRelatedNameOnASymmetricalRelationIsIgnored() {
        Neighbour eve = Neighbour.create("eve");
        Neighbour fay = Neighbour.create("fay");
        eve.neighbours.add(fay);

        assertThat(Neighbour.objects.get("pk", fay.pk()).neighbours.all()).extracting(n -> n.name)
                .containsExactly("eve");
        assertThat(Neighbour.objects.filter("neighbours__name", "fay").list()).extracting(n -> n.name)
                .containsExactly("eve");
        Relation neighbours = Relation.of(Options.of(Neighbour.class).findManyToMany("neighbours"));
        assertThat(neighbours.isHidden()).isTrue();
        assertThatThrownBy(() -> Neighbour.objects.filter("nearby__name", "fay").count())
                .isInstanceOf(FieldError.class)
                .hasMessageStartingWith("Cannot resolve keyword 'nearby' into field.");
    }

    @Test
    void symmetricalFalseIsOneWayAndHasAReverseAccessor() {
        ann.following.add(bob);

        assertThat(names(ann.following.all())).containsExactly("bob");
        assertThat(bob.following.exists()).isFalse();
        assertThat(names(bob.followers.all())).containsExactly("ann");
        assertThat(names(Contact.objects.filter("followers__name", "ann").list())).containsExactly("bob");
        bob.followers.remove(ann);
        assertThat(ann.following.exists()).isFalse();
    }

    @Test
    void aHiddenOneWayRelationStillReadsAndWritesFromItsOwnSide() {
        ann.blocked.add(bob, cid);
        bob.blocked.add(cid);
        ann.blocked.remove(cid);

        assertThat(names(ann.blocked.all())).containsExactly("bob");
        assertThat(names(bob.blocked.all())).containsExactly("cid");
        assertThat(names(Contact.objects.filter("blocked__name", "cid").list())).containsExactly("bob");
        assertThat(Options.of(Contact.class).pathChoices()).noneMatch(name -> name.endsWith("+"));
    }

    @Test
    void aSymmetricalJoinModelGetsARowEachWayWithTheSameExtraFields() {
        LocalDate since = LocalDate.of(2019, 5, 1);
        ann.colleagues.add(List.of(bob), Map.of("since", since));

        assertThat(names(fresh(bob).colleagues.all())).containsExactly("ann");
        assertThat(Colleagueship.objects.orderBy("id").list())
                .extracting(row -> row.first.id() + ">" + row.second.id() + " " + row.since)
                .containsExactly(ann.id + ">" + bob.id + " " + since, bob.id + ">" + ann.id + " " + since);
        bob.colleagues.remove(ann);
        assertThat(Colleagueship.objects.count()).isZero();
    }

    @Test
    void throughFieldsNameTheSourceAndTargetOfAOneWayJoinModel() {
        Mentorship introduced = new Mentorship();
        introduced.introducedBy.set(dan);
        introduced.mentor.set(ann);
        introduced.mentee.set(bob);
        introduced.save();
        ann.mentees.add(cid);

        assertThat(names(ann.mentees.all())).containsExactly("bob", "cid");
        assertThat(names(bob.mentors.all())).containsExactly("ann");
        assertThat(bob.mentees.exists()).isFalse();
        assertThat(dan.mentees.exists()).isFalse();
        assertThat(Mentorship.objects.count()).isEqualTo(2);
    }
}
