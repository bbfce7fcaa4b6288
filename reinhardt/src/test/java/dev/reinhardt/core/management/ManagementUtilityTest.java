package dev.reinhardt.core.management;

import dev.reinhardt.conf.Settings;
import dev.reinhardt.core.management.fixtures.greeter.GreeterConfig;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ManagementUtilityTest {

    public static class GreeterSettings extends Settings {
        public GreeterSettings() {
            debug = true;
            installedApps = List.of(GreeterConfig.class);
        }
    }

    public static class BrokenGreeterSettings extends GreeterSettings {
        public BrokenGreeterSettings() {
            put("GREETER_BROKEN", true);
        }
    }

    public static class BadTimeZoneSettings extends GreeterSettings {
        public BadTimeZoneSettings() {
            timeZone = "Mars/Olympus";
        }
    }

    public static class SilencedSettings extends BadTimeZoneSettings {
        public SilencedSettings() {
            silencedSystemChecks = List.of("reinhardt.E001");
        }
    }

    record Run(int status, String out, String err) {
    }

    static Run manage(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = new ManagementUtility(new PrintWriter(out), new PrintWriter(err)).execute(args);
        return new Run(status, out.toString(), err.toString());
    }

    static Run manageWith(Class<? extends Settings> settings, String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--settings";
        all[args.length + 1] = settings.getName();
        return manage(all);
    }

    @Test
    void unknownCommandSuggestsTheClosestOne() {
        Run run = manageWith(GreeterSettings.class, "chekc");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("Unknown command: 'chekc'. Did you mean 'check'?\nType 'manage help' for usage.\n");
    }

    @Test
    void unknownCommandFarFromAnyNameOnlyPointsToHelp() {
        Run run = manageWith(GreeterSettings.class, "frobnicate");
        assertThat(run.err()).isEqualTo("Unknown command: 'frobnicate'.\nType 'manage help' for usage.\n");
    }

    @Test
    void missingSettingsClassIsOneLineWithoutStackTrace() {
        Run run = manage("check", "--settings", "no.such.Settings");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("ImproperlyConfigured: Settings class 'no.such.Settings' (from --settings) was "
                + "not found. Check the name and that the project is built.\n");
    }

    @Test
    void tracebackOptionAddsTheStackTrace() {
        Run run = manage("check", "--settings", "no.such.Settings", "--traceback");
        assertThat(run.err()).startsWith("ImproperlyConfigured: Settings class 'no.such.Settings'")
                .contains("\tat dev.reinhardt.conf.");
    }

    @Test
    void checkPassesOnHealthySettings() {
        Run run = manageWith(GreeterSettings.class, "check");
        assertThat(run.status()).isZero();
        assertThat(run.out()).isEqualTo("System check identified no issues (0 silenced).\n");
    }

    @Test
    void checkErrorsAreReportedWithIdsAndFailTheCommand() {
        Run run = manageWith(BadTimeZoneSettings.class, "check");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("""
                SystemCheckError: System check identified some issues:

                ERRORS:
                timeZone: (reinhardt.E001) The timeZone setting 'Mars/Olympus' is not a valid time zone.
                \tHINT: Use an IANA name such as 'UTC' or 'Europe/Paris'.

                System check identified 1 issue (0 silenced).
                """);
    }

    @Test
    void silencedChecksAreCountedNotShown() {
        Run run = manageWith(SilencedSettings.class, "check");
        assertThat(run.status()).isZero();
        assertThat(run.out()).isEqualTo("System check identified no issues (1 silenced).\n");
    }

    @Test
    void appsRegisterTheirOwnChecksInReady() {
        Run run = manageWith(BrokenGreeterSettings.class, "check", "--tag", "greeter");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains(GreeterConfig.class.getName() + ": (greeter.E001) Greeter is broken.");
    }

    @Test
    void deployChecksRunOnlyWhenAsked() {
        assertThat(manageWith(GreeterSettings.class, "check").out()).doesNotContain("security.W018");
        Run deploy = manageWith(GreeterSettings.class, "check", "--deploy");
        assertThat(deploy.status()).isZero();
        assertThat(deploy.out()).contains("?: (security.W018) You should not have debug set to true in deployment.")
                .contains("(security.W009)").contains("(security.W020)");
    }

    @Test
    void failLevelWarningTurnsWarningsIntoFailure() {
        Run run = manageWith(GreeterSettings.class, "check", "--deploy", "--fail-level", "WARNING");
        assertThat(run.status()).isEqualTo(1);
    }

    @Test
    void unknownTagSaysHowToListThem() {
        Run run = manageWith(GreeterSettings.class, "check", "--tag", "securty");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("CommandError: There is no system check with the 'securty' tag. Did you mean "
                + "'security'? Run 'manage check --list-tags' to see them.\n");
    }

    @Test
    void checkOfAnUnknownAppListsInstalledApps() {
        Run run = manageWith(GreeterSettings.class, "check", "greter");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("Error: dev.reinhardt.apps.LookupException: No installed app with label "
                + "'greter'. Did you mean 'greeter'? Installed apps: greeter.\n"
                + "Run again with --traceback to see the full stack trace.\n");
    }

    @Test
    void appCommandsAreFoundAndRun() {
        Run run = manageWith(GreeterSettings.class, "greet", "Ada", "--times", "2");
        assertThat(run.status()).isZero();
        assertThat(run.out()).isEqualTo("Hello, Ada!\nHello, Ada!\n");
    }

    @Test
    void commandErrorIsOneLine() {
        Run run = manageWith(GreeterSettings.class, "greet", " ");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("CommandError: Give a name to greet.\n");
    }

    @Test
    void badOptionPointsToTheCommandsHelp() {
        Run run = manageWith(GreeterSettings.class, "greet", "Ada", "--loud");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("manage greet: error: Unknown option: '--loud'\nType 'manage help greet' for usage.\n");
    }

    @Test
    void unexpectedFailureHidesTheStackTraceUnlessAsked() {
        Run run = manageWith(GreeterSettings.class, "crash");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("Error: java.lang.IllegalStateException: a bug in the command\n"
                + "Run again with --traceback to see the full stack trace.\n");
    }

    @Test
    void helpListsCoreAndAppCommandsByGroup() {
        Run run = manageWith(GreeterSettings.class, "help");
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("[reinhardt]\n    check\n    diffsettings\n")
                .contains("[greeter]\n    crash\n    greet\n");
    }

    @Test
    void helpWithoutSettingsListsCoreCommandsAndSaysWhy() {
        Run run = manage("help", "--settings", "no.such.Settings");
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("[reinhardt]").doesNotContain("[greeter]")
                .contains("Note that only Reinhardt's own commands are listed as settings are not properly configured");
    }

    @Test
    void helpForOneCommandShowsItsOptions() {
        Run run = manageWith(GreeterSettings.class, "help", "greet");
        assertThat(run.out()).contains("Usage: manage greet").contains("--times").contains("--settings=CLASS");
    }

    @Test
    void versionNeedsNoSettings() {
        Run run = manage("version");
        assertThat(run.status()).isZero();
        assertThat(run.out().strip()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    }

    @Test
    void diffsettingsShowsOnlyChangedSettingsAndMasksSecrets() {
        Run run = manageWith(BrokenGreeterSettings.class, "diffsettings");
        assertThat(run.status()).isZero();
        assertThat(run.out()).isEqualTo("""
                GREETER_BROKEN = true  ###
                debug = true
                installedApps = [dev.reinhardt.core.management.fixtures.greeter.GreeterConfig]
                """);
    }

    @Test
    void diffsettingsAllMarksDefaults() {
        Run run = manageWith(GreeterSettings.class, "diffsettings", "--all");
        assertThat(run.out()).contains("debug = true\n").contains("### timeZone = \"America/Chicago\"\n");
    }

    @Test
    void diffsettingsUnifiedShowsOldAndNew() {
        Run run = manageWith(GreeterSettings.class, "diffsettings", "--output", "unified");
        assertThat(run.out()).contains("- debug = false\n+ debug = true\n");
    }
}
