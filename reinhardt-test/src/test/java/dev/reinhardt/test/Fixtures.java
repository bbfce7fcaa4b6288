package dev.reinhardt.test;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Run test classes that exist to be run by a test (fixtures: classes that
 * must fail, or must run together) on a JUnit launcher of their own, and
 * report each test's outcome. Fixture classes carry {@link Fixture}, which
 * disables them everywhere else.
 */
public final class Fixtures {

    private static final String ENABLED = "reinhardt.test.fixtures";

    private Fixtures() {
    }

    /** Marks a fixture class: it runs only under {@link #run(boolean, Class[])}. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @ExtendWith(OnlyAsFixture.class)
    public @interface Fixture {
    }

    public static final class OnlyAsFixture implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            return context.getConfigurationParameter(ENABLED).isPresent()
                    ? ConditionEvaluationResult.enabled("run as a fixture")
                    : ConditionEvaluationResult.disabled("a fixture, run by another test");
        }
    }

    /** Return, by display name ("Class > method"), each test's or class's failure ("" for success). */
    public static Map<String, String> run(boolean parallel, Class<?>... classes) {
        LauncherDiscoveryRequestBuilder request = LauncherDiscoveryRequestBuilder.request()
                .configurationParameter(ENABLED, "true")
                .configurationParameter("junit.jupiter.execution.parallel.enabled", Boolean.toString(parallel))
                .configurationParameter("junit.jupiter.execution.parallel.mode.default", "same_thread")
                .configurationParameter("junit.jupiter.execution.parallel.mode.classes.default", "concurrent")
                .configurationParameter("junit.jupiter.execution.parallel.config.strategy", "fixed")
                .configurationParameter("junit.jupiter.execution.parallel.config.fixed.parallelism",
                        Integer.toString(Math.max(2, classes.length)));
        for (Class<?> type : classes) {
            request.selectors(DiscoverySelectors.selectClass(type));
        }
        LauncherDiscoveryRequest built = request.build();
        Map<String, String> outcomes = new LinkedHashMap<>();
        LauncherFactory.create().execute(built, new TestExecutionListener() {
            @Override
            public void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
                Optional<Throwable> failure = result.getThrowable();
                if (identifier.getSource().isPresent() && identifier.getType() != null
                        && !identifier.getUniqueId().endsWith("[engine:junit-jupiter]")) {
                    outcomes.put(name(identifier), failure.map(Fixtures::describe).orElse(""));
                }
            }
        });
        return outcomes;
    }

    private static String name(TestIdentifier identifier) {
        return identifier.getSource().map(source -> switch (source) {
            case org.junit.platform.engine.support.descriptor.MethodSource method ->
                    simple(method.getClassName()) + " > " + method.getMethodName();
            case org.junit.platform.engine.support.descriptor.ClassSource type -> simple(type.getClassName());
            default -> identifier.getDisplayName();
        }).orElse(identifier.getDisplayName());
    }

    private static String simple(String className) {
        return className.substring(className.lastIndexOf('$') + 1);
    }

    private static String describe(Throwable failure) {
        return failure.getClass().getSimpleName() + ": " + failure.getMessage();
    }
}
