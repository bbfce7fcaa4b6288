package dev.reinhardt.core.checks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The registry of system checks (Django's {@code django.core.checks.registry}).
 *
 * <p>Apps register their checks in {@code AppConfig.ready()}:
 *
 * <pre>{@code
 * Checks.register(OrderChecks::check, Tags.MODELS);
 * }</pre>
 *
 * <p>Registering a check of the same class again does nothing, so a ready
 * hook that runs twice does not double the findings. Thread-safe.
 */
public final class Checks {

    private static final List<Registered> REGISTERED = new CopyOnWriteArrayList<>();

    static {
        register(SettingsChecks::timeZone, Tags.CONFIGURATION);
        register(SettingsChecks::appConfigs, Tags.CONFIGURATION);
        register(ModelChecks::relatedNameOnSymmetrical, Tags.MODELS);
        registerDeploy(SecurityChecks::debug, Tags.SECURITY);
        registerDeploy(SecurityChecks::secretKey, Tags.SECURITY);
        registerDeploy(SecurityChecks::allowedHosts, Tags.SECURITY);
    }

    private Checks() {
    }

    /** Register {@code check} under {@code tags}; it runs on every {@code manage check}. */
    public static void register(Check check, String... tags) {
        add(new Registered(check, Set.of(tags), false));
    }

    /** Register {@code check} under {@code tags}; it runs only with {@code manage check --deploy}. */
    public static void registerDeploy(Check check, String... tags) {
        add(new Registered(check, Set.of(tags), true));
    }

    private static synchronized void add(Registered registered) {
        boolean known = REGISTERED.stream().anyMatch(existing -> existing.check.getClass() == registered.check.getClass());
        if (!known) {
            REGISTERED.add(registered);
        }
    }

    /** Return every tag a registered check carries, sorted. */
    public static Set<String> tags(boolean includeDeploy) {
        Set<String> tags = new TreeSet<>();
        for (Registered registered : REGISTERED) {
            if (includeDeploy || !registered.deploy) {
                tags.addAll(registered.tags);
            }
        }
        return tags;
    }

    /**
     * Run the checks carrying any of {@code tags} (all checks when empty),
     * deployment checks too when {@code includeDeploy}, and return their
     * findings minus those silenced by the {@code silencedSystemChecks} setting.
     */
    public static CheckRun run(CheckContext context, Collection<String> tags, boolean includeDeploy) {
        Set<String> wanted = new LinkedHashSet<>(tags);
        List<CheckMessage> messages = new ArrayList<>();
        for (Registered registered : REGISTERED) {
            if (registered.deploy && !includeDeploy) {
                continue;
            }
            if (!wanted.isEmpty() && registered.tags.stream().noneMatch(wanted::contains)) {
                continue;
            }
            messages.addAll(registered.check.check(context));
        }
        List<String> silenced = context.settings().silencedSystemChecks();
        List<CheckMessage> shown = messages.stream()
                .filter(message -> message.id() == null || !silenced.contains(message.id()))
                .toList();
        return new CheckRun(shown, messages.size() - shown.size());
    }

    /**
     * The findings of one run of the checks.
     *
     * @param messages the findings to report
     * @param silenced how many findings the {@code silencedSystemChecks} setting hid
     */
    public record CheckRun(List<CheckMessage> messages, int silenced) {

        /** Return whether any finding is at least as serious as {@code threshold}. */
        public boolean hasSerious(Level threshold) {
            return messages.stream().anyMatch(message -> message.isSerious(threshold));
        }
    }

    private record Registered(Check check, Set<String> tags, boolean deploy) {
    }
}
