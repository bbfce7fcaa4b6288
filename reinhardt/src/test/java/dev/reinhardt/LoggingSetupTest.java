package dev.reinhardt;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import dev.reinhardt.conf.LoggingSettings;
import dev.reinhardt.exceptions.ImproperlyConfigured;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LoggingSetupTest {

    private final LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    private final Level rootBefore = context.getLogger(Logger.ROOT_LOGGER_NAME).getLevel();

    @AfterEach
    void restoreRootLevel() {
        context.getLogger(Logger.ROOT_LOGGER_NAME).setLevel(rootBefore);
        context.getLogger("dev.reinhardt.logging.sample").setLevel(null);
    }

    @Test
    void loggingSettingSetsRootAndNamedLevels() {
        Reinhardt.configureLogging(LoggingSettings.defaults().root("ERROR").level("dev.reinhardt.logging.sample", "DEBUG"));

        assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).getLevel()).isEqualTo(Level.ERROR);
        assertThat(context.getLogger("dev.reinhardt.logging.sample").getLevel()).isEqualTo(Level.DEBUG);
    }

    @Test
    void unreadableConfigFileIsNamed() {
        assertThatThrownBy(() -> Reinhardt.configureLogging(LoggingSettings.defaults().fromFile("/no/such/logback.xml")))
                .isInstanceOf(ImproperlyConfigured.class)
                .hasMessage("The logging setting names config file /no/such/logback.xml, which cannot be read. "
                        + "Fix the path or remove configFile.");
    }
}
