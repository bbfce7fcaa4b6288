package dev.reinhardt.test;

import dev.reinhardt.conf.Settings;
import dev.reinhardt.core.signals.Signals;
import dev.reinhardt.dispatch.Receiver;
import dev.reinhardt.exceptions.ImproperlyConfigured;
import dev.reinhardt.middleware.CommonMiddleware;
import dev.reinhardt.test.client.Client;
import dev.reinhardt.test.library.settings.LibrarySettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static dev.reinhardt.test.TestCase.withSettings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ReinhardtTest(settings = LibrarySettings.class)
@OverrideSettings(name = "greeting", value = "hello from the class")
@OverrideSettings(name = "timeZone", value = "Europe/Paris")
class OverrideSettingsTest {

    private final List<String> changes = new CopyOnWriteArrayList<>();
    private final Thread testThread = Thread.currentThread();
    private final Receiver<Signals.SettingChanged> receiver = (sender, change) -> {
        // Other test classes run at the same time: keep only what this test's thread sends.
        if (Thread.currentThread() == testThread) {
            changes.add(change.setting() + "=" + change.value() + (change.enter() ? " (enter)" : " (exit)")
                    + " current " + Settings.current().timeZone());
        }
    };

    @BeforeEach
    void listen() {
        Signals.settingChanged.connect(receiver);
    }

    @AfterEach
    void stopListening() {
        Signals.settingChanged.disconnect(receiver);
    }

    @Test
    void classOverridesApplyToEveryTestAndToTheViews(Client client) {
        assertThat(Settings.current().timeZone()).isEqualTo("Europe/Paris");
        assertThat(client.get("/greeting/").text()).isEqualTo("hello from the class");
        assertThat(Settings.current().allowedHosts()).containsExactly("testserver");
    }

    @Test
    @OverrideSettings(name = "greeting", value = "hello from the method")
    @OverrideSettings(name = "useTz", value = "false")
    void methodOverridesWinOverTheClassOnes(Client client) {
        assertThat(client.get("/greeting/").text()).isEqualTo("hello from the method");
        assertThat(Settings.current().useTz()).isFalse();
        assertThat(Settings.current().timeZone()).isEqualTo("Europe/Paris");
    }

    @Test
    @OverrideSettings(name = "middleware", classes = CommonMiddleware.class)
    @OverrideSettings(name = "allowedHosts", value = {"testserver", "example.com"})
    void classAndListValuedSettings() {
        assertThat(Settings.current().middleware()).containsExactly(CommonMiddleware.class);
        assertThat(Settings.current().allowedHosts()).containsExactly("testserver", "example.com");
    }

    @Test
    void withSettingsOverridesForItsBlockAndRestoresAfterwards(Client client) {
        String inside = withSettings(Map.of("greeting", "hi", "timeZone", "Asia/Tokyo"),
                () -> client.get("/greeting/").text() + " in " + Settings.current().timeZone());

        assertThat(inside).isEqualTo("hi in Asia/Tokyo");
        assertThat(client.get("/greeting/").text()).isEqualTo("hello from the class");
        assertThat(Settings.current().timeZone()).isEqualTo("Europe/Paris");
    }

    @Test
    void withSettingsSendsSettingChangedOnEntryAndExit() {
        withSettings(Map.of("timeZone", "Asia/Tokyo"), () -> changes.add("body"));

        assertThat(changes).containsExactly(
                "timeZone=Asia/Tokyo (enter) current Asia/Tokyo",
                "body",
                "timeZone=Europe/Paris (exit) current Europe/Paris");
    }

    @Test
    void withSettingsRestoresWhenItsBodyFails() {
        assertThatThrownBy(() -> withSettings(Map.of("timeZone", "Asia/Tokyo"), () -> {
            throw new IllegalStateException("failed inside");
        })).hasMessage("failed inside");

        assertThat(Settings.current().timeZone()).isEqualTo("Europe/Paris");
    }

    @Test
    void withAWholeSettingsObjectSignalsWhatDiffers() {
        withSettings(new LibrarySettings(), () -> assertThat(Settings.current().timeZone()).isEqualTo("America/Chicago"));

        assertThat(changes).contains("timeZone=America/Chicago (enter) current America/Chicago",
                "timeZone=Europe/Paris (exit) current Europe/Paris");
    }

    @Fixtures.Fixture
    @ReinhardtTest(settings = LibrarySettings.class)
    @OverrideSettings(name = "greeting", value = "fixture class")
    static class AnnotatedFixture {
        @Test
        @OverrideSettings(name = "greeting", value = "fixture method")
        void overridden() {
            assertThat(Settings.current().extra("greeting", "")).isEqualTo("fixture method");
        }
    }

    @Test
    void annotationsSendSettingChangedAroundTheClassAndTheMethod() {
        List<String> fixtureChanges = new CopyOnWriteArrayList<>();
        Receiver<Signals.SettingChanged> fixtureReceiver = (sender, change) -> {
            // A launcher without parallel execution runs the fixture on this thread.
            if (Thread.currentThread() == testThread && change.setting().equals("greeting")) {
                fixtureChanges.add(change.value() + (change.enter() ? " (enter)" : " (exit)"));
            }
        };
        Signals.settingChanged.connect(fixtureReceiver);
        try {
            assertThat(Fixtures.run(false, AnnotatedFixture.class))
                    .containsEntry("AnnotatedFixture > overridden", "").containsEntry("AnnotatedFixture", "");
        } finally {
            Signals.settingChanged.disconnect(fixtureReceiver);
        }

        assertThat(fixtureChanges).containsExactly("fixture class (enter)", "fixture method (enter)",
                "fixture class (exit)", "null (exit)");
    }

    @Test
    void aTypoNamesTheSettingMeant() {
        assertThatThrownBy(() -> withSettings(Map.of("apendSlash", false), () -> { }))
                .isInstanceOf(ImproperlyConfigured.class)
                .hasMessageStartingWith("Unknown setting 'apendSlash'. Did you mean 'appendSlash'?");
    }

    @Test
    void aValueOfTheWrongTypeIsRefused() {
        assertThatThrownBy(() -> withSettings(Map.of("appendSlash", "no"), () -> { }))
                .isInstanceOf(ImproperlyConfigured.class)
                .hasMessage("Setting 'appendSlash' is a boolean; it cannot be set to String no.");
    }

    @Test
    void theDatabasesCannotChangeInsideATest() {
        assertThatThrownBy(() -> withSettings(Map.of("databases", Map.of()), () -> { }))
                .isInstanceOf(ImproperlyConfigured.class)
                .hasMessageStartingWith("withSettings cannot change [databases]");
    }
}
