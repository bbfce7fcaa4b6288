package dev.reinhardt.core.management.commands;

import dev.reinhardt.apps.AppConfig;
import dev.reinhardt.apps.Apps;
import dev.reinhardt.conf.Settings;
import dev.reinhardt.core.checks.CheckContext;
import dev.reinhardt.core.checks.Checks;
import dev.reinhardt.core.checks.Level;
import dev.reinhardt.core.management.BaseCommand;
import dev.reinhardt.core.management.CheckReport;
import dev.reinhardt.core.management.CommandError;
import dev.reinhardt.core.management.SystemCheckError;
import dev.reinhardt.utils.Suggestions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** {@code manage check}: run the system checks and report what they find. */
@Command(name = "check", description = "Check the entire project for potential problems.")
public final class CheckCommand extends BaseCommand {

    @Parameters(paramLabel = "APP_LABEL", arity = "0..*", description = "Check only these apps.")
    List<String> appLabels = new ArrayList<>();

    @Option(names = {"-t", "--tag"}, paramLabel = "TAG", description = "Run only checks with this tag (repeatable).")
    List<String> tags = new ArrayList<>();

    @Option(names = "--list-tags", description = "List the available tags.")
    boolean listTags;

    @Option(names = "--deploy", description = "Also run the deployment checks.")
    boolean deploy;

    @Option(names = "--fail-level", defaultValue = "ERROR", paramLabel = "LEVEL",
            description = "The level that gives a non-zero exit status: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
    Level failLevel;

    @Override
    protected void handle() {
        if (listTags) {
            Checks.tags(deploy).forEach(stdout()::println);
            return;
        }
        Set<String> available = Checks.tags(true);
        for (String tag : tags) {
            if (!available.contains(tag)) {
                throw new CommandError("There is no system check with the '" + tag + "' tag."
                        + Suggestions.didYouMean(tag, available) + " Run 'manage check --list-tags' to see them.");
            }
        }
        Apps apps = Apps.registry();
        List<AppConfig> configs = appLabels.isEmpty() ? apps.getAppConfigs()
                : appLabels.stream().map(apps::getAppConfig).toList();
        Checks.CheckRun run = Checks.run(new CheckContext(Settings.current(), configs, appLabels.isEmpty()), tags, deploy);
        if (run.hasSerious(failLevel)) {
            throw new SystemCheckError(CheckReport.format(run, true));
        }
        stdout().print(CheckReport.format(run, false));
    }
}
