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
 * Run a test class against the project served by real Jetty on a free
 * loopback port (Django's {@code LiveServerTestCase}), for browsers and HTTP
 * clients that need real sockets.
 *
 * <pre>{@code
 * @LiveServerTest
 * class CheckoutTest {
 *     @Test
 *     void homePageAnswers(LiveServer server) throws Exception {
 *         HttpResponse<String> response = HttpClient.newHttpClient().send(
 *                 HttpRequest.newBuilder(server.uri("/")).build(), BodyHandlers.ofString());
 *         assertThat(response.statusCode()).isEqualTo(200);
 *     }
 * }
 * }</pre>
 *
 * <p>Everything {@link ReinhardtTest} sets up is set up too, with
 * {@code 127.0.0.1} added to {@code allowedHosts} and {@link Isolation#TRUNCATE}: the server's threads see the rows a test
 * commits, and every table is emptied after each test. The server serves
 * the settings of the running test, method-level {@link OverrideSettings}
 * included; it stops after the class. Inject {@link LiveServer} into test
 * methods, {@code @BeforeEach} methods or the constructor.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith({ReinhardtExtension.class, LiveServerExtension.class})
public @interface LiveServerTest {

    /** The settings class; see {@link ReinhardtTest#settings()}. */
    Class<? extends Settings> settings() default Settings.class;
}
