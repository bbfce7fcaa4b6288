package dev.reinhardt.core.checks;

import dev.reinhardt.apps.Apps;
import dev.reinhardt.conf.Settings;
import dev.reinhardt.core.management.fixtures.circle.CircleConfig;
import dev.reinhardt.core.management.fixtures.circle.models.Club;
import dev.reinhardt.core.management.fixtures.circle.models.Friend;
import dev.reinhardt.db.RelDatabases;
import dev.reinhardt.db.models.Relations;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The model checks run by {@code manage check}, on real models. */
class ModelChecksTest {

    public static class SilencedSettings extends Settings {
        public SilencedSettings() {
            silencedSystemChecks = List.of("fields.W345");
        }
    }

    private static Apps circle() {
        Apps apps = new Apps();
        apps.populate(List.of(CircleConfig.class), config -> List.of(Friend.class, Club.class));
        Relations.check(apps);
        return apps;
    }

    private static Checks.CheckRun run(Settings settings, Apps apps) {
        return Checks.run(new CheckContext(settings, apps.getAppConfigs(), true), List.of(Tags.MODELS), false);
    }

    @Test
    void aRelatedNameOnASymmetricalRelationIsAWarning() {
        Checks.CheckRun run = run(new Settings(), circle());

        assertThat(run.messages()).containsExactly(CheckMessage.warning(
                "relatedName has no effect on a symmetrical many-to-many relation: it has no reverse side to name.",
                "Remove relatedName = \"befriendedBy\", or set symmetrical = false if the relation is one-way and "
                        + "needs a reverse side.", "circle.Friend.friends", "fields.W345"));
        assertThat(run.hasSerious(Level.ERROR)).isFalse();
    }

    @Test
    void oneWayRelationsAndRelationsToOtherModelsMayNameTheirReverseSide() {
        Checks.CheckRun run = run(new Settings(), circle());

        assertThat(run.messages()).extracting(CheckMessage::obj)
                .doesNotContain("circle.Friend.following", "circle.Club.members");
    }

    @Test
    void silencedSystemChecksHidesTheWarningById() {
        Checks.CheckRun run = run(new SilencedSettings(), circle());

        assertThat(run.messages()).isEmpty();
        assertThat(run.silenced()).isEqualTo(1);
    }

    @Test
    void theRelationTestModelsWarnOnlyOfTheirSymmetricalRelationWithARelatedName() {
        Checks.CheckRun run = run(new Settings(), RelDatabases.apps());

        assertThat(run.messages()).extracting(CheckMessage::id, CheckMessage::obj)
                .containsExactly(tuple("fields.W345", "relapp.Neighbour.neighbours"));
    }
}
