package dev.reinhardt.test;

import dev.reinhardt.test.library.LibraryConfig;
import dev.reinhardt.test.library.models.Book;
import dev.reinhardt.test.library.settings.LibrarySettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Mistakes in using the extension fail the class with a message that says what to do. */
class ExtensionErrorsTest {

    @Fixtures.Fixture
    @ReinhardtTest
    static class NoSettingsFixture {
        @Test
        void neverRuns() {
        }
    }

    @Fixtures.Fixture
    @ReinhardtTest(settings = LibrarySettings.class, isolation = Isolation.TRUNCATE)
    static class TestDataWhileTruncatingFixture {
        @SetUpTestData
        static void create() {
            Book.create("Dune", 1);
        }

        @Test
        void neverRuns() {
        }
    }

    @Fixtures.Fixture
    @ReinhardtTest(settings = LibrarySettings.class)
    static class InstanceTestDataFixture {
        @SetUpTestData
        void create() {
            Book.create("Dune", 1);
        }

        @Test
        void neverRuns() {
        }
    }

    static final CountDownLatch REFUSED = new CountDownLatch(1);

    /** Counts the tests that failed before their body ran. */
    static final class CountRefusals implements TestWatcher {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            REFUSED.countDown();
        }
    }

    @Fixtures.Fixture
    @ReinhardtTest(settings = LibrarySettings.class)
    @ExtendWith(CountRefusals.class)
    @Execution(ExecutionMode.CONCURRENT)
    static class ConcurrentMethodsFixture {
        // A test that runs blocks its thread until another was refused, so that an idle worker takes the others.
        @Test
        void one() throws InterruptedException {
            REFUSED.await(30, TimeUnit.SECONDS);
        }

        @Test
        void two() throws InterruptedException {
            REFUSED.await(30, TimeUnit.SECONDS);
        }

        @Test
        void three() throws InterruptedException {
            REFUSED.await(30, TimeUnit.SECONDS);
        }
    }

    @Fixtures.Fixture
    @ReinhardtTest(settings = LibrarySettings.class)
    static class TypoFixture {
        @Test
        @OverrideSettings(name = "debg", value = "true")
        void misspelt() {
        }

        @Test
        @OverrideSettings(name = "debug", value = "yes")
        void notABoolean() {
        }

        @Test
        @OverrideSettings(name = "installedApps", classes = LibraryConfig.class)
        void installedApps() {
        }

        @Test
        @OverrideSettings(name = "databases", value = "x")
        void databases() {
        }
    }

    @Test
    void aClassWithoutSettingsSaysWhereToNameThem() {
        assertThat(Fixtures.run(false, NoSettingsFixture.class).get("NoSettingsFixture")).isEqualTo(
                "ImproperlyConfigured: No settings for " + NoSettingsFixture.class.getName() + ". Name them with "
                        + "@ReinhardtTest(settings = MySettings.class), the JUnit configuration parameter "
                        + "reinhardt.settings (in junit-platform.properties), or the environment variable "
                        + "REINHARDT_SETTINGS_MODULE.");
    }

    @Test
    void setUpTestDataNeedsRollbackIsolationAndStaticMethods() {
        Map<String, String> outcomes = Fixtures.run(false, TestDataWhileTruncatingFixture.class,
                InstanceTestDataFixture.class);

        assertThat(outcomes.get("TestDataWhileTruncatingFixture")).isEqualTo("ImproperlyConfigured: "
                + TestDataWhileTruncatingFixture.class.getName() + " has @SetUpTestData methods, which need "
                + "Isolation.ROLLBACK; create the rows in a @BeforeEach method instead.");
        assertThat(outcomes.get("InstanceTestDataFixture")).isEqualTo("ImproperlyConfigured: @SetUpTestData method "
                + "InstanceTestDataFixture.create() must be static, or the class must be annotated "
                + "@TestInstance(PER_CLASS).");
    }

    @Test
    void rolledBackTestsCannotRunConcurrently() {
        Map<String, String> outcomes = Fixtures.run(true, ConcurrentMethodsFixture.class);

        assertThat(outcomes.values()).anySatisfy(failure -> assertThat(failure).startsWith(
                "IllegalStateException: " + ConcurrentMethodsFixture.class.getName() + " uses Isolation.ROLLBACK: "
                        + "its tests run inside the class's transaction, on the thread that set it up"));
    }

    @Test
    void badOverridesFailTheirTestWithTheReason() {
        Map<String, String> outcomes = Fixtures.run(false, TypoFixture.class);

        assertThat(outcomes.get("TypoFixture > misspelt")).startsWith(
                "ImproperlyConfigured: Unknown setting 'debg'. Did you mean 'debug'?");
        assertThat(outcomes.get("TypoFixture > notABoolean")).isEqualTo(
                "ImproperlyConfigured: Setting 'debug' is a boolean; \"yes\" is not one (expected true or false).");
        assertThat(outcomes.get("TypoFixture > installedApps")).isEqualTo("ImproperlyConfigured: installedApps() "
                + "overrides [installedApps], which can only be overridden on the test class: the class's databases "
                + "are built for them.");
        assertThat(outcomes.get("TypoFixture > databases")).isEqualTo("ImproperlyConfigured: Setting 'databases' "
                + "(a java.util.Map<java.lang.String, dev.reinhardt.conf.DatabaseSettings>) cannot be written in "
                + "@OverrideSettings. Set it in a settings class for the test (@ReinhardtTest(settings = ...)).");
    }
}
