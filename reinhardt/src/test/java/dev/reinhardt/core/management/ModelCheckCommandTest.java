package dev.reinhardt.core.management;

import dev.reinhardt.conf.Settings;
import dev.reinhardt.core.management.ManagementUtilityTest.Run;
import dev.reinhardt.core.management.fixtures.circle.CircleConfig;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.reinhardt.core.management.ManagementUtilityTest.manageWith;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code manage check} reports the model checks of the installed apps. */
class ModelCheckCommandTest {

    public static class CircleSettings extends Settings {
        public CircleSettings() {
            debug = true;
            installedApps = List.of(CircleConfig.class);
        }
    }

    public static class SilencedCircleSettings extends CircleSettings {
        public SilencedCircleSettings() {
            silencedSystemChecks = List.of("fields.W345");
        }
    }

    @Test
    void aRelatedNameOnASymmetricalRelationIsReportedAsAWarningThatDoesNotFail() {
        Run run = manageWith(CircleSettings.class, "check");
        assertThat(run.status()).isZero();
        assertThat(run.out()).isEqualTo("""
                System check identified some issues:

                WARNINGS:
                circle.Friend.friends: (fields.W345) relatedName has no effect on a symmetrical many-to-many \
                relation: it has no reverse side to name.
                \tHINT: Remove relatedName = "befriendedBy", or set symmetrical = false if the relation is one-way \
                and needs a reverse side.

                System check identified 1 issue (0 silenced).
                """);
    }

    @Test
    void theWarningIsSilencedById() {
        Run run = manageWith(SilencedCircleSettings.class, "check", "--tag", "models");
        assertThat(run.status()).isZero();
        assertThat(run.out()).isEqualTo("System check identified no issues (1 silenced).\n");
    }

    @Test
    void failLevelWarningMakesItFail() {
        Run run = manageWith(CircleSettings.class, "check", "--fail-level", "WARNING");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("circle.Friend.friends: (fields.W345)");
    }
}
