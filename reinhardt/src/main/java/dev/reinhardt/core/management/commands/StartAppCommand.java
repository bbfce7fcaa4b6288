package dev.reinhardt.core.management.commands;

import dev.reinhardt.conf.Settings;
import dev.reinhardt.core.management.BaseCommand;
import dev.reinhardt.core.management.CommandError;
import dev.reinhardt.core.management.Templates;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** {@code manage startapp NAME}: add an app to the project. */
@Command(name = "startapp", description = "Create the app NAME in the project's source tree.")
public final class StartAppCommand extends BaseCommand {

    @Parameters(index = "0", paramLabel = "NAME", description = "The app's name, also its label and package.")
    String name;

    @Option(names = "--package", paramLabel = "PACKAGE",
            description = "The package to create the app in. Default: the project's package.")
    String parentPackage;

    @Option(names = "--directory", paramLabel = "DIRECTORY", defaultValue = ".",
            description = "The project folder (holding src/main/java). Default: the current folder.")
    Path projectDirectory;

    @Override
    protected void handle() {
        Names.requirePackageName(name, "app");
        String parent = parentPackage != null ? parentPackage : projectPackage();
        String appPackage = parent.isEmpty() ? name : parent + "." + name;
        String packagePath = appPackage.replace('.', '/');
        Path sources = projectDirectory.resolve("src/main/java");
        if (!Files.isDirectory(sources)) {
            throw new CommandError("There is no src/main/java in " + projectDirectory.toAbsolutePath().normalize()
                    + ". Run startapp from the project folder, or pass --directory.");
        }
        if (Files.exists(sources.resolve(packagePath))) {
            throw new CommandError("'" + name + "' conflicts with the existing package " + appPackage
                    + " and cannot be used as an app name. Please try another name.");
        }
        String camel = Names.camel(name);
        Templates.render("app", projectDirectory, Map.of(
                "app_name", name,
                "package", appPackage,
                "package_path", packagePath,
                "camel_name", camel));
        if (verbosity() > 0) {
            stdout().println(style().success("Created app '" + name + "' in package " + appPackage + "."));
            stdout().println("Next: add " + appPackage + "." + camel + "Config.class to installedApps in your settings.");
        }
    }

    /** Return the project's package: the first part of the settings class's package. */
    private static String projectPackage() {
        String settingsPackage = Settings.current().getClass().getPackageName();
        int dot = settingsPackage.indexOf('.');
        return dot < 0 ? settingsPackage : settingsPackage.substring(0, dot);
    }
}
