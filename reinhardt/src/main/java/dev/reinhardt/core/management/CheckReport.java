package dev.reinhardt.core.management;

import dev.reinhardt.core.checks.CheckMessage;
import dev.reinhardt.core.checks.Checks;
import dev.reinhardt.core.checks.Level;

import java.util.List;

/** Format check findings the way {@code manage check} prints them, grouped by level, most serious first. */
public final class CheckReport {

    private CheckReport() {
    }

    /**
     * Return the report for {@code messages}; {@code failed} adds the heading
     * that says the checks stopped the command.
     */
    public static String format(Checks.CheckRun run, boolean failed) {
        List<CheckMessage> messages = run.messages();
        StringBuilder report = new StringBuilder();
        if (!messages.isEmpty()) {
            report.append(failed ? "SystemCheckError: " : "").append("System check identified some issues:\n");
            Level[] levels = Level.values();
            for (int i = levels.length - 1; i >= 0; i--) {
                Level level = levels[i];
                List<CheckMessage> atLevel = messages.stream().filter(m -> m.level() == level).toList();
                if (!atLevel.isEmpty()) {
                    report.append('\n').append(level.name()).append("S:\n");
                    atLevel.forEach(message -> report.append(message).append('\n'));
                }
            }
            report.append('\n');
        }
        report.append("System check identified ").append(count(messages.size())).append(" (")
                .append(run.silenced()).append(" silenced).\n");
        return report.toString();
    }

    private static String count(int issues) {
        return switch (issues) {
            case 0 -> "no issues";
            case 1 -> "1 issue";
            default -> issues + " issues";
        };
    }
}
