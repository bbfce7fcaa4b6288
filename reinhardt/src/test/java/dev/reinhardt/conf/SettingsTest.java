package dev.reinhardt.conf;

import dev.reinhardt.exceptions.ImproperlyConfigured;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SettingsTest {

    public static class Valid extends Settings {
        public int pageSize = 25;

        public Valid() {
            debug = true;
            allowedHosts = List.of("example.com");
            put("CACHE_SECONDS", 300);
        }
    }

    public static class NoSecretInProduction extends Settings {
        public NoSecretInProduction() {
            debug = false;
        }
    }

    public static class NeedsEnvironment extends Settings {
        public NeedsEnvironment() {
            secretKey = Env.of(Map.of()).string("SECRET_KEY");
        }
    }

    public static class Explodes extends Settings {
        public Explodes() {
            throw new IllegalArgumentException("boom");
        }
    }

    public static class NoDefaultDatabase extends Settings {
        public NoDefaultDatabase() {
            debug = true;
            databases = Map.of("replica", DatabaseSettings.fromUrl("sqlite::memory:"));
        }
    }

    public static class NotSettings {
    }

    @AfterEach
    void forgetGlobalSettings() {
        SettingsHolder.reset();
    }

    @Test
    void defaultsFollowDjangos() {
        Settings defaults = new Settings();
        assertThat(defaults.debug()).isFalse();
        assertThat(defaults.secretKey()).isEmpty();
        assertThat(defaults.allowedHosts()).isEmpty();
        assertThat(defaults.installedApps()).isEmpty();
        assertThat(defaults.timeZone()).isEqualTo("America/Chicago");
        assertThat(defaults.useTz()).isTrue();
        assertThat(defaults.languageCode()).isEqualTo("en-us");
        assertThat(defaults.appendSlash()).isTrue();
        assertThat(defaults.logging().rootLevel()).isEqualTo("INFO");
    }

    @Test
    void subclassFieldsAndExtrasAreReadable() {
        Settings settings = Settings.load(Valid.class.getName(), "test");
        assertThat(settings.debug()).isTrue();
        assertThat(settings.allowedHosts()).containsExactly("example.com");
        assertThat(settings.extra("CACHE_SECONDS", 60)).isEqualTo(300);
        assertThat(settings.extra("MISSING", 60)).isEqualTo(60);
        assertThat(settings.extra("MISSING")).isEmpty();
    }

    @Test
    void extraOfTheWrongTypeNamesTheKey() {
        Settings settings = Settings.load(Valid.class.getName(), "test");
        assertThatThrownBy(() -> settings.extra("CACHE_SECONDS", "text"))
                .isInstanceOf(ImproperlyConfigured.class)
                .hasMessage("Setting 'CACHE_SECONDS' must be a String, but it is a Integer.");
    }

    @Test
    void missingClassIsNamedWithItsOrigin() {
        assertThatThrownBy(() -> Settings.load("no.such.Settings", "REINHARDT_SETTINGS_MODULE"))
                .isInstanceOf(ImproperlyConfigured.class)
                .hasMessage("Settings class 'no.such.Settings' (from REINHARDT_SETTINGS_MODULE) was not found. "
                        + "Check the name and that the project is built.");
    }

    @Test
    void classThatIsNotSettingsIsRejected() {
        assertThatThrownBy(() -> Settings.load(NotSettings.class.getName(), "--settings"))
                .hasMessage("Settings class '" + NotSettings.class.getName() + "' (from --settings) does not extend "
                        + "dev.reinhardt.conf.Settings.");
    }

    @Test
    void failingConstructorReportsTheCause() {
        assertThatThrownBy(() -> Settings.load(Explodes.class.getName(), "--settings"))
                .isInstanceOf(ImproperlyConfigured.class)
                .hasMessage("Settings class '" + Explodes.class.getName() + "' (from --settings) failed in its "
                        + "constructor: IllegalArgumentException: boom");
    }

    @Test
    void missingEnvironmentVariableIsNamed() {
        assertThatThrownBy(() -> Settings.load(NeedsEnvironment.class.getName(), "--settings"))
                .hasMessageEndingWith("is improperly configured: Set the environment variable SECRET_KEY: the settings "
                        + "need it and it has no default.");
    }

    @Test
    void emptySecretKeyWithDebugOffStopsStartUp() {
        assertThatThrownBy(() -> Settings.load(NoSecretInProduction.class.getName(), "--settings"))
                .isInstanceOf(ImproperlyConfigured.class)
                .hasMessageContaining("The secretKey setting must not be empty when debug is off.");
    }

    @Test
    void databasesWithoutDefaultAliasAreRejected() {
        assertThatThrownBy(() -> Settings.load(NoDefaultDatabase.class.getName(), "--settings"))
                .hasMessageEndingWith("The databases setting must contain a \"default\" alias; it has [replica].");
    }

    @Test
    void settingsLoadLazilyFromTheSystemProperty() {
        System.setProperty(Settings.MODULE_PROPERTY, Valid.class.getName());
        try {
            assertThat(Settings.isConfigured()).isFalse();
            assertThat(Settings.current()).isInstanceOf(Valid.class);
            assertThat(Settings.current()).isSameAs(Settings.current());
            assertThat(Settings.current(Valid.class).pageSize).isEqualTo(25);
        } finally {
            System.clearProperty(Settings.MODULE_PROPERTY);
        }
    }

    @Test
    void configureWorksBeforeFirstAccessAndFailsAfter() {
        Valid settings = new Valid();
        Settings.configure(settings);
        assertThat(Settings.current()).isSameAs(settings);
        assertThatThrownBy(() -> Settings.configure(new Valid()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Settings are already configured (" + Valid.class.getName() + "). Call "
                        + "Settings.configure(...) once, before anything reads settings.");
    }

    @Test
    void configureValidatesTheSettings() {
        assertThatThrownBy(() -> Settings.configure(new NoSecretInProduction()))
                .isInstanceOf(ImproperlyConfigured.class);
        assertThat(Settings.isConfigured()).isFalse();
    }

    @Test
    void askingForTheWrongProjectTypeSaysWhichIsInUse() {
        Settings.configure(new Valid());
        assertThatThrownBy(() -> Settings.current(NeedsEnvironment.class))
                .hasMessageStartingWith("The settings in use are " + Valid.class.getName());
    }

    @Test
    void scopedSettingsWinInsideTheScopeOnly() {
        Valid global = new Valid();
        Settings.configure(global);
        Settings scoped = new Valid();
        Settings seen = Settings.callWith(scoped, Settings::current);
        assertThat(seen).isSameAs(scoped);
        assertThat(Settings.current()).isSameAs(global);
    }
}
