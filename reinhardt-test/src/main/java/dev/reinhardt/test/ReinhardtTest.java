package dev.reinhardt.test;

import dev.reinhardt.conf.Settings;
import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Run a test class against the project, as Django's {@code TestCase} does.
 *
 * <pre>{@code
 * @ReinhardtTest
 * class OrderViewsTest {
 *     @Test
 *     void listIsEmptyAtFirst(Client client) {
 *         assertThat(client.get("/orders/").json().size()).isZero();
 *     }
 * }
 * }</pre>
 *
 * <p>Before the class runs, the extension loads the settings, populates the
 * app registry, and gives every alias of the {@code databases} setting a test
 * database: a fresh SQLite file in a temporary directory (or a private
 * in-memory database when the alias is {@code ":memory:"}), or on PostgreSQL
 * a database {@code test_<name>} created for the run (a leftover from a
 * crashed run is replaced) and dropped at its end. The schema is built once
 * per test database; classes running in parallel each get their own test
 * database ({@code test_<name>_1}, ...). Test connections record queries only
 * while a test captures them, as with {@code debug} off.
 *
 * <p>Test methods, constructors and {@code @BeforeEach} methods may declare
 * parameters of type {@link dev.reinhardt.test.client.Client} (one per test,
 * keeping cookies between its calls) and
 * {@link dev.reinhardt.test.client.RequestFactory}. Settings, app registry
 * and connections are bound to the test's thread: threads the test starts
 * itself see them only inside a structured task scope.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(ReinhardtExtension.class)
public @interface ReinhardtTest {

    /**
     * The settings class; by default the one named by the JUnit configuration
     * parameter (or system property) {@code reinhardt.settings}, else by the
     * {@code REINHARDT_SETTINGS_MODULE} environment variable.
     */
    Class<? extends Settings> settings() default Settings.class;

    /** How tests are isolated from each other; see {@link Isolation}. */
    Isolation isolation() default Isolation.ROLLBACK;
}
