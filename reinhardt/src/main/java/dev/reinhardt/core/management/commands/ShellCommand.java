package dev.reinhardt.core.management.commands;

import dev.reinhardt.apps.AppConfig;
import dev.reinhardt.apps.Apps;
import dev.reinhardt.conf.Settings;
import dev.reinhardt.core.management.BaseCommand;
import dev.reinhardt.core.management.CommandError;
import jdk.jshell.tool.JavaShellToolBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code manage shell}: a jshell with the project on the class path, its
 * settings loaded, its apps set up and their models imported.
 */
@Command(name = "shell", description = "Run jshell with the project's settings loaded and its models imported.")
public final class ShellCommand extends BaseCommand {

    @Option(names = {"-c", "--command"}, paramLabel = "CODE",
            description = "Run CODE (Java statements) and exit instead of starting an interactive shell.")
    String command;

    @Override
    protected void handle() throws Exception {
        Path startup = Files.createTempFile("reinhardt-shell", ".jsh");
        Path script = null;
        try {
            Files.writeString(startup, startupScript());
            List<String> args = new ArrayList<>(List.of(
                    "--class-path", System.getProperty("java.class.path"),
                    "--execution", "local",
                    "--startup", "DEFAULT", "--startup", startup.toString()));
            if (command != null) {
                script = Files.createTempFile("reinhardt-command", ".jsh");
                Files.writeString(script, command + "\n/exit\n");
                args.add("--feedback");
                args.add("silent");
                args.add(script.toString());
            }
            stdout().flush();
            PrintStream out = System.out;
            int status = JavaShellToolBuilder.builder().out(out, out, out).err(System.err)
                    .interactiveTerminal(command == null && System.console() != null)
                    .start(args.toArray(String[]::new));
            if (status != 0) {
                throw new CommandError("jshell ended with status " + status + ".", status);
            }
        } finally {
            Files.deleteIfExists(startup);
            if (script != null) {
                Files.deleteIfExists(script);
            }
        }
    }

    /** Return jshell code that imports Reinhardt's entry points and every app's models, then sets up the project. */
    private static String startupScript() throws IOException {
        StringBuilder code = new StringBuilder();
        code.append("import dev.reinhardt.Reinhardt;\n");
        code.append("import dev.reinhardt.conf.Settings;\n");
        code.append("import dev.reinhardt.apps.Apps;\n");
        for (AppConfig config : Apps.registry().getAppConfigs()) {
            if (!config.getModels().isEmpty()) {
                code.append("import ").append(config.modelsPackage()).append(".*;\n");
            }
        }
        String settingsClass = Settings.current().getClass().getName();
        code.append("System.setProperty(\"").append(Settings.MODULE_PROPERTY).append("\", \"")
                .append(settingsClass).append("\");\n");
        code.append("Reinhardt.setup();\n");
        return code.toString();
    }
}
