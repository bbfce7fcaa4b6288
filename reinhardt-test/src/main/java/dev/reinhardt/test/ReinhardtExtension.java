package dev.reinhardt.test;

import dev.reinhardt.Reinhardt;
import dev.reinhardt.apps.Apps;
import dev.reinhardt.conf.Settings;
import dev.reinhardt.db.backends.base.DatabaseWrapper.RollbackBlock;
import dev.reinhardt.exceptions.DatabaseError;
import dev.reinhardt.exceptions.ImproperlyConfigured;
import dev.reinhardt.test.client.Client;
import dev.reinhardt.test.client.RequestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.DynamicTestInvocationContext;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JUnit 5 extension behind {@link ReinhardtTest} and {@link LiveServerTest}:
 * sets up settings, app registry and test databases for each test class,
 * isolates its tests, applies {@link OverrideSettings}, binds everything to
 * the thread of each invocation and injects {@link Client} and
 * {@link RequestFactory}. Register it through the annotations.
 */
public final class ReinhardtExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
        AfterEachCallback, InvocationInterceptor, ParameterResolver {

    static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(ReinhardtExtension.class);
    private static final String CLASS_STATE = "classState";
    private static final String TEST_STATE = "testState";

    private static final Map<String, Settings> LOADED_SETTINGS = new ConcurrentHashMap<>();
    private static final Map<List<Class<?>>, Apps> REGISTRIES = new ConcurrentHashMap<>();

    /** What the extension sets up for one test method. */
    private record TestState(Settings settings, Map<String, Object> overrides, List<RollbackBlock> blocks) {
    }

    /** Holds the JVM's pool of test databases for one test run, which drops them at its end unless another run still uses them. */
    private static final class PoolUse implements AutoCloseable {
        PoolUse() {
            TestDatabasePool.joinShared();
        }

        @Override
        public void close() {
            TestDatabasePool.leaveShared();
        }
    }

    // ---------------------------------------------------------------- class level

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        Class<?> testClass = context.getRequiredTestClass();
        ClassState enclosing = context.getStore(NAMESPACE).get(CLASS_STATE, ClassState.class);
        ClassState state = enclosing == null ? topLevel(context, testClass) : nested(testClass, enclosing);
        try {
            runStep(state, state.settings, () -> {
                SettingsOverrides.announce(state.settings, state.overrides, true);
                if (state.isolation == Isolation.ROLLBACK) {
                    state.openBlocks();
                    setUpTestData(state, context.getTestInstance());
                } else if (!setUpTestDataMethods(testClass).isEmpty()) {
                    throw new ImproperlyConfigured(testClass.getName() + " has @SetUpTestData methods, which need "
                            + "Isolation.ROLLBACK; create the rows in a @BeforeEach method instead.");
                }
            });
        } catch (Throwable failure) {
            endClass(state, failure);
            throw sneaky(failure);
        }
        context.getStore(NAMESPACE).put(CLASS_STATE, state);
    }

    private static ClassState topLevel(ExtensionContext context, Class<?> testClass) {
        context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(PoolUse.class, type -> new PoolUse(), PoolUse.class);
        Optional<LiveServerTest> live = AnnotationSupport.findAnnotation(testClass, LiveServerTest.class);
        Optional<ReinhardtTest> plain = AnnotationSupport.findAnnotation(testClass, ReinhardtTest.class);
        Class<? extends Settings> declared = live.<Class<? extends Settings>>map(LiveServerTest::settings)
                .or(() -> plain.map(ReinhardtTest::settings)).orElse(Settings.class);
        Isolation isolation = live.isPresent() ? Isolation.TRUNCATE : plain.map(ReinhardtTest::isolation)
                .orElse(Isolation.ROLLBACK);
        Settings base = baseSettings(context, declared);
        if (live.isPresent()) {
            // The live server is reached at its loopback address, which the project must accept as a host.
            base = allowHost(base, LiveServerExtension.HOST);
        }
        Map<String, Object> overrides = SettingsOverrides.fromAnnotations(base.getClass(),
                AnnotationSupport.findRepeatableAnnotations(testClass, OverrideSettings.class));
        Settings settings = SettingsOverrides.apply(base, overrides);
        Apps apps = REGISTRIES.computeIfAbsent(settings.installedApps(),
                installed -> Settings.callWith(settings, () -> Reinhardt.setup(settings)));
        TestDatabases databases = Settings.callWith(settings,
                () -> Apps.callWith(apps, () -> TestDatabasePool.shared().acquire(settings, apps)));
        return new ClassState(testClass, null, base, settings, overrides, apps, databases, isolation);
    }

    private static ClassState nested(Class<?> testClass, ClassState enclosing) {
        Map<String, Object> overrides = SettingsOverrides.fromAnnotations(enclosing.settings.getClass(),
                AnnotationSupport.findRepeatableAnnotations(testClass, OverrideSettings.class));
        List<String> classOnly = SettingsOverrides.classOnly(overrides);
        if (!classOnly.isEmpty()) {
            throw new ImproperlyConfigured("@Nested class " + testClass.getName() + " overrides " + classOnly
                    + ", which only a top-level test class may override: it shares its enclosing class's databases.");
        }
        Settings settings = SettingsOverrides.apply(enclosing.settings, overrides);
        return new ClassState(testClass, enclosing, enclosing.settings, settings, overrides, enclosing.apps,
                enclosing.databases, enclosing.isolation);
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        ClassState state = context.getStore(NAMESPACE).remove(CLASS_STATE, ClassState.class);
        if (state != null) {
            endClass(state, null);
        }
    }

    /** Roll back and give back what {@code state} holds; add failures to {@code failure}, or throw them. */
    private static void endClass(ClassState state, Throwable failure) throws Exception {
        List<Throwable> failures = new ArrayList<>();
        if (failure != null) {
            failures.add(failure);
        }
        attempt(failures, state::closeBlocks);
        if (state.enclosing == null) {
            if (state.isolation == Isolation.ROLLBACK && failures.isEmpty()) {
                attempt(failures, () -> checkNothingLeaked(state));
            }
            attempt(failures, () -> TestDatabasePool.shared().release(state.databases));
        }
        attempt(failures, () -> runStep(state, state.outerSettings,
                () -> SettingsOverrides.announce(state.outerSettings, state.overrides, false)));
        if (failure == null) {
            throwAll(failures);
        }
    }

    /** Fail the class, after deleting them, when rows outlived its transaction: they were committed around it. */
    private static void checkNothingLeaked(ClassState state) {
        Map<String, Long> rows = run(state, state.settings, state.databases::changedTables);
        if (!rows.isEmpty()) {
            runStep(state, state.settings, state.databases::flush);
            throw new AssertionError(state.testClass.getName() + " left rows committed outside its test transaction "
                    + rows + "; they were deleted. Code running on other threads or connections commits for real: "
                    + "test it with Isolation.TRUNCATE.");
        }
    }

    private static List<Method> setUpTestDataMethods(Class<?> testClass) {
        return AnnotationSupport.findAnnotatedMethods(testClass, SetUpTestData.class, HierarchyTraversalMode.TOP_DOWN);
    }

    private static void setUpTestData(ClassState state, Optional<Object> instance) {
        for (Method method : setUpTestDataMethods(state.testClass)) {
            boolean isStatic = Modifier.isStatic(method.getModifiers());
            if (!isStatic && instance.isEmpty()) {
                throw new ImproperlyConfigured("@SetUpTestData method " + state.testClass.getSimpleName() + "."
                        + method.getName() + "() must be static, or the class must be annotated @TestInstance("
                        + TestInstance.Lifecycle.PER_CLASS + ").");
            }
            if (method.getParameterCount() != 0) {
                throw new ImproperlyConfigured("@SetUpTestData method " + state.testClass.getSimpleName() + "."
                        + method.getName() + "() must take no parameters.");
            }
            ReflectionSupport.invokeMethod(method, isStatic ? null : instance.get());
        }
    }

    // ---------------------------------------------------------------- test level

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        ClassState state = classState(context);
        Map<String, Object> overrides = SettingsOverrides.fromAnnotations(state.settings.getClass(),
                AnnotationSupport.findRepeatableAnnotations(context.getRequiredTestMethod(), OverrideSettings.class));
        List<String> classOnly = SettingsOverrides.classOnly(overrides);
        if (!classOnly.isEmpty()) {
            throw new ImproperlyConfigured(context.getRequiredTestMethod().getName() + "() overrides " + classOnly
                    + ", which can only be overridden on the test class: the class's databases are built for them.");
        }
        if (state.isolation == Isolation.ROLLBACK && Thread.currentThread() != rootOf(state).thread) {
            throw new IllegalStateException(state.testClass.getName() + " uses Isolation.ROLLBACK: its tests run "
                    + "inside the class's transaction, on the thread that set it up, so they cannot run concurrently. "
                    + "Remove @Execution(CONCURRENT) from its methods, or use Isolation.TRUNCATE.");
        }
        Settings settings = SettingsOverrides.apply(state.settings, overrides);
        List<RollbackBlock> blocks = new ArrayList<>();
        TestState test = new TestState(settings, overrides, blocks);
        context.getStore(NAMESPACE).put(TEST_STATE, test);
        rootOf(state).currentSettings = settings;
        runStep(state, settings, () -> {
            SettingsOverrides.announce(settings, overrides, true);
            if (state.isolation == Isolation.ROLLBACK) {
                blocks.addAll(ClassState.open(state.databases));
            }
        });
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        ClassState state = classState(context);
        TestState test = context.getStore(NAMESPACE).remove(TEST_STATE, TestState.class);
        if (test == null) {
            return;
        }
        List<Throwable> failures = new ArrayList<>();
        if (state.isolation == Isolation.ROLLBACK) {
            try {
                runStep(state, test.settings, () -> ClassState.close(test.blocks));
            } catch (DatabaseError e) {
                attempt(failures, () -> recover(state, context.getTestInstance()));
                failures.addFirst(new AssertionError("The test ended the transaction it runs in (by a COMMIT or "
                        + "ROLLBACK statement?), so its changes could not be rolled back: every table was emptied "
                        + "and the class's @SetUpTestData rows were made again. With Isolation.ROLLBACK leave "
                        + "the transaction to the test tools; test code that commits with Isolation.TRUNCATE.", e));
            }
        } else {
            attempt(failures, () -> runStep(state, test.settings, state.databases::flush));
        }
        rootOf(state).currentSettings = rootOf(state).settings;
        attempt(failures, () -> runStep(state, state.settings,
                () -> SettingsOverrides.announce(state.settings, test.overrides, false)));
        throwAll(failures);
    }

    /** Rebuild the class transactions of {@code state} and its enclosing classes after a test ended them. */
    private static void recover(ClassState state, Optional<Object> instance) {
        List<ClassState> chain = new ArrayList<>();
        for (ClassState level = state; level != null; level = level.enclosing) {
            chain.addFirst(level);
        }
        for (ClassState level : chain.reversed()) {
            try {
                runStep(level, level.settings, level::closeBlocks);
            } catch (RuntimeException ignored) {
                // The transaction is already gone; what matters is that the rows go next.
            }
        }
        runStep(state, state.settings, state.databases::flush);
        for (ClassState level : chain) {
            runStep(level, level.settings, () -> {
                level.openBlocks();
                setUpTestData(level, level == state ? instance : Optional.empty());
            });
        }
    }

    private static ClassState rootOf(ClassState state) {
        ClassState root = state;
        while (root.enclosing != null) {
            root = root.enclosing;
        }
        return root;
    }

    static ClassState classState(ExtensionContext context) {
        ClassState state = context.getStore(NAMESPACE).get(CLASS_STATE, ClassState.class);
        if (state == null) {
            throw new IllegalStateException("The test class " + context.getRequiredTestClass().getName()
                    + " was not set up by the Reinhardt extension; annotate it with @ReinhardtTest.");
        }
        return state;
    }

    // ---------------------------------------------------------------- settings

    private static Settings baseSettings(ExtensionContext context, Class<? extends Settings> declared) {
        String name;
        String origin;
        if (declared != Settings.class) {
            name = declared.getName();
            origin = "@ReinhardtTest(settings = ...)";
        } else {
            Optional<String> parameter = context.getConfigurationParameter(Settings.MODULE_PROPERTY);
            String variable = System.getenv(Settings.MODULE_VARIABLE);
            if (parameter.isPresent() && !parameter.get().isBlank()) {
                name = parameter.get().strip();
                origin = "the configuration parameter " + Settings.MODULE_PROPERTY;
            } else if (variable != null && !variable.isBlank()) {
                name = variable.strip();
                origin = Settings.MODULE_VARIABLE;
            } else {
                throw new ImproperlyConfigured("No settings for " + context.getRequiredTestClass().getName()
                        + ". Name them with @ReinhardtTest(settings = MySettings.class), the JUnit configuration "
                        + "parameter " + Settings.MODULE_PROPERTY + " (in junit-platform.properties), or the "
                        + "environment variable " + Settings.MODULE_VARIABLE + ".");
            }
        }
        return LOADED_SETTINGS.computeIfAbsent(name,
                className -> allowHost(Settings.load(className, origin), Client.TEST_SERVER));
    }

    /** Return {@code settings} with {@code host} added to {@code allowedHosts}, unless they allow it already. */
    private static Settings allowHost(Settings settings, String host) {
        List<String> hosts = settings.allowedHosts();
        if (hosts.contains("*") || hosts.contains(host)) {
            return settings;
        }
        List<String> allowed = new ArrayList<>(hosts);
        allowed.add(host);
        return SettingsOverrides.apply(settings, Map.of("allowedHosts", List.copyOf(allowed)));
    }

    // ---------------------------------------------------------------- invocations

    /** Run {@code work} with the settings, registry and connections of {@code state}, and {@code settings}. */
    static <T> T run(ClassState state, Settings settings, Scopes.Work<T> work) {
        try {
            return Scopes.call(settings, state.apps, state.databases.connections(), work);
        } catch (Throwable e) {
            throw sneaky(e);
        }
    }

    /** Run {@code step} as {@link #run} does, for work that gives nothing back. */
    private static void runStep(ClassState state, Settings settings, Step step) {
        run(state, settings, () -> {
            step.run();
            return null;
        });
    }

    private static <T> T intercept(Invocation<T> invocation, ExtensionContext context) throws Throwable {
        ClassState state = context.getStore(NAMESPACE).get(CLASS_STATE, ClassState.class);
        if (state == null) {
            return invocation.proceed();
        }
        TestState test = context.getStore(NAMESPACE).get(TEST_STATE, TestState.class);
        return Scopes.call(test == null ? state.settings : test.settings, state.apps,
                state.databases.connections(), invocation::proceed);
    }

    @Override
    public <T> T interceptTestClassConstructor(Invocation<T> invocation,
            ReflectiveInvocationContext<Constructor<T>> invocationContext, ExtensionContext extensionContext)
            throws Throwable {
        return intercept(invocation, extensionContext);
    }

    @Override
    public void interceptBeforeAllMethod(Invocation<Void> invocation,
            ReflectiveInvocationContext<Method> invocationContext, ExtensionContext extensionContext) throws Throwable {
        intercept(invocation, extensionContext);
    }

    @Override
    public void interceptBeforeEachMethod(Invocation<Void> invocation,
            ReflectiveInvocationContext<Method> invocationContext, ExtensionContext extensionContext) throws Throwable {
        intercept(invocation, extensionContext);
    }

    @Override
    public void interceptTestMethod(Invocation<Void> invocation,
            ReflectiveInvocationContext<Method> invocationContext, ExtensionContext extensionContext) throws Throwable {
        intercept(invocation, extensionContext);
    }

    @Override
    public <T> T interceptTestFactoryMethod(Invocation<T> invocation,
            ReflectiveInvocationContext<Method> invocationContext, ExtensionContext extensionContext) throws Throwable {
        return intercept(invocation, extensionContext);
    }

    @Override
    public void interceptTestTemplateMethod(Invocation<Void> invocation,
            ReflectiveInvocationContext<Method> invocationContext, ExtensionContext extensionContext) throws Throwable {
        intercept(invocation, extensionContext);
    }

    @Override
    public void interceptDynamicTest(Invocation<Void> invocation, DynamicTestInvocationContext invocationContext,
            ExtensionContext extensionContext) throws Throwable {
        intercept(invocation, extensionContext);
    }

    @Override
    public void interceptAfterEachMethod(Invocation<Void> invocation,
            ReflectiveInvocationContext<Method> invocationContext, ExtensionContext extensionContext) throws Throwable {
        intercept(invocation, extensionContext);
    }

    @Override
    public void interceptAfterAllMethod(Invocation<Void> invocation,
            ReflectiveInvocationContext<Method> invocationContext, ExtensionContext extensionContext) throws Throwable {
        intercept(invocation, extensionContext);
    }

    // ---------------------------------------------------------------- parameters

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        Class<?> type = parameterContext.getParameter().getType();
        return type == Client.class || type == RequestFactory.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        Class<?> type = parameterContext.getParameter().getType();
        if (type == RequestFactory.class) {
            return new RequestFactory();
        }
        // One client per test (or per class instance), so that its cookies last exactly that long.
        return extensionContext.getStore(NAMESPACE).getOrComputeIfAbsent("client@" + extensionContext.getUniqueId(),
                key -> new Client(), Client.class);
    }

    // ---------------------------------------------------------------- helpers

    @FunctionalInterface
    private interface Step {
        void run() throws Throwable;
    }

    private static void attempt(List<Throwable> failures, Step step) {
        try {
            step.run();
        } catch (Throwable e) {
            failures.add(e);
        }
    }

    /** Throw the first of {@code failures}, the others suppressed in it; return when there are none. */
    private static void throwAll(List<Throwable> failures) {
        if (!failures.isEmpty()) {
            Throwable first = failures.getFirst();
            failures.subList(1, failures.size()).forEach(first::addSuppressed);
            throw sneaky(first);
        }
    }

    @SuppressWarnings("unchecked")
    static <X extends Throwable> RuntimeException sneaky(Throwable failure) throws X {
        throw (X) failure;
    }
}
