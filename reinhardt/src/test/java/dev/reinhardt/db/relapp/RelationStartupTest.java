package dev.reinhardt.db.relapp;

import dev.reinhardt.apps.Apps;
import dev.reinhardt.db.RelDatabases;
import dev.reinhardt.db.badrel.BadRelApp;
import dev.reinhardt.db.badrel.models.Orphan;
import dev.reinhardt.db.clashrel.ClashRelApp;
import dev.reinhardt.db.clashrel.models.Introduction;
import dev.reinhardt.db.clashrel.models.Letter;
import dev.reinhardt.db.clashrel.models.Pal;
import dev.reinhardt.db.clashrel.models.Pen;
import dev.reinhardt.db.holderrel.HolderRelApp;
import dev.reinhardt.db.holderrel.models.Tree;
import dev.reinhardt.db.throughrel.ThroughRelApp;
import dev.reinhardt.db.throughrel.models.Agency;
import dev.reinhardt.db.throughrel.models.Club;
import dev.reinhardt.db.throughrel.models.League;
import dev.reinhardt.db.throughrel.models.Player;
import dev.reinhardt.db.throughrel.models.Registration;
import dev.reinhardt.db.throughrel.models.Representation;
import dev.reinhardt.db.throughrel.models.Transfer;
import dev.reinhardt.db.models.JoinHop;
import dev.reinhardt.db.models.Options;
import dev.reinhardt.db.models.Relation;
import dev.reinhardt.db.models.Relations;
import dev.reinhardt.exceptions.ImproperlyConfigured;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Relations are resolved when the registry is ready; a mistake is a start-up error naming the field and the fix. */
class RelationStartupTest {

    private static Apps registry(Class<?> app, List<Class<?>> models) {
        Apps apps = new Apps();
        apps.populate(List.of(app), config -> models);
        return apps;
    }

    @Test
    void theTestModelsResolve() {
        assertThatCode(() -> Relations.check(RelDatabases.apps())).doesNotThrowAnyException();
    }

    @Test
    void anUnknownTargetNamesTheFieldAndTheModelsThereAre() {
        Apps apps = registry(BadRelApp.class, List.of(Orphan.class));
        assertThatThrownBy(() -> Relations.check(apps)).isInstanceOf(ImproperlyConfigured.class)
                .hasMessage("Field Orphan.parent defines a relation with model 'Ophan', which is either not installed, "
                        + "or is abstract (fields.E300). App 'badrel' doesn't have a 'Ophan' model. Did you mean "
                        + "'Orphan'? Its models are: Orphan.");
    }

    @Test
    void twoKeysWithTheSameReverseAccessorClash() {
        Apps apps = registry(ClashRelApp.class, List.of(Pen.class, Letter.class));
        assertThatThrownBy(() -> Relations.check(apps)).isInstanceOf(ImproperlyConfigured.class)
                .hasMessage("Reverse accessor 'Pen.letter_set' for 'clashrel.Letter.reader' clashes with reverse "
                        + "accessor for 'clashrel.Letter.writer' (fields.E304). Add or change relatedName on one of them.");
    }

    @Test
    void aJoinModelWithMoreThanTwoKeysToItsOneModelMustNameThemInThroughFields() {
        Apps apps = registry(ClashRelApp.class, List.of(Pal.class, Introduction.class));
        assertThatThrownBy(() -> Relations.check(apps)).isInstanceOf(ImproperlyConfigured.class)
                .hasMessage("The through model Introduction of Pal.pals has more than two foreign keys to Pal, which "
                        + "is ambiguous (fields.E333). Name the source and target keys in throughFields.");
    }

    @Test
    void aJoinModelWithTwoKeysToTheSourceModelMustNameTheOneToUseInThroughFields() {
        Apps apps = registry(ThroughRelApp.class, List.of(Player.class, Club.class, Transfer.class));
        assertThatThrownBy(() -> Relations.check(apps)).isInstanceOf(ImproperlyConfigured.class)
                .hasMessage("The through model Transfer of Club.signings has more than one foreign key to Club, the "
                        + "relation's source (buyer, seller), which is ambiguous (fields.E334). Name the key to Club "
                        + "and the key to Player in throughFields, in that order, such as throughFields = {\"buyer\", "
                        + "\"player\"}.");
    }

    @Test
    void aJoinModelWithTwoKeysToTheTargetModelMustNameTheOneToUseInThroughFields() {
        Apps apps = registry(ThroughRelApp.class, List.of(Player.class, Agency.class, Representation.class));
        assertThatThrownBy(() -> Relations.check(apps)).isInstanceOf(ImproperlyConfigured.class)
                .hasMessage("The through model Representation of Agency.clients has more than one foreign key to "
                        + "Player, the relation's target (referrer, client), which is ambiguous (fields.E335). Name "
                        + "the key to Agency and the key to Player in throughFields, in that order, such as "
                        + "throughFields = {\"agency\", \"referrer\"}.");
    }

    @Test
    void throughFieldsPickTheKeysOfAJoinModelWithSeveralKeysToEachSide() {
        Apps apps = registry(ThroughRelApp.class, List.of(Player.class, League.class, Registration.class));
        assertThatCode(() -> Relations.check(apps)).doesNotThrowAnyException();
        Relation players = Relation.of(Options.of(League.class).findManyToMany("players"));
        assertThat(players.throughSource().name()).isEqualTo("league");
        assertThat(players.throughTarget().name()).isEqualTo("player");
        List<JoinHop> hops = players.forwardHops();
        assertThat(hops.getFirst().toField().column()).isEqualTo("league_id");
        assertThat(hops.getLast().fromField().column()).isEqualTo("player_id");
    }

    @Test
    void aRelatedManagerFieldMustMatchARelation() {
        Apps apps = registry(HolderRelApp.class, List.of(Tree.class));
        assertThatThrownBy(() -> Relations.check(apps)).isInstanceOf(ImproperlyConfigured.class)
                .hasMessage("Tree.twigs is a related manager but no relation reaches Tree under that name. Reverse "
                        + "accessors: branches. Name the field after one of them, or set relatedName on the relation.");
    }
}
