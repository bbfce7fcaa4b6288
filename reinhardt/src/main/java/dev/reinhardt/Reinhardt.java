package dev.reinhardt;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.joran.spi.JoranException;
import dev.reinhardt.apps.AppConfig;
import dev.reinhardt.apps.AppRegistryNotReady;
import dev.reinhardt.apps.Apps;
import dev.reinhardt.conf.LoggingSettings;
import dev.reinhardt.conf.Settings;
import dev.reinhardt.db.Connections;
import dev.reinhardt.db.models.Model;
import dev.reinhardt.db.models.Relations;
import dev.reinhardt.exceptions.ImproperlyConfigured;
import dev.reinhardt.utils.ClassFinder;
import org.slf4j.LoggerFactory;

import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The front door of the framework (Django's {@code django.setup()}).
 */
public final class Reinhardt {

    private static final String VERSION = readVersion();

    private Reinhardt() {
    }

    /** Return the version of Reinhardt on the class path, such as {@code 0.1.0}. */
    public static String version() {
        return VERSION;
    }

    /**
     * Set up the project from its settings: configure logging, populate the
     * app registry with each app's models, run the apps' ready hooks, resolve
     * the models' relations, and make the registry the project-wide one; then
     * create the database connections of the {@code databases} setting and
     * make them the project's (each pool opens on first use and is closed when
     * the JVM shuts down). Idempotent.
     *
     * @throws ImproperlyConfigured naming the app or setting at fault
     */
    public static synchronized Apps setup() {
        try {
            return Apps.registry();
        } catch (AppRegistryNotReady notYet) {
            Settings settings = Settings.current();
            Apps apps = setup(settings);
            Apps.setRegistry(apps);
            installConnections(settings);
            return apps;
        }
    }

    private static void installConnections(Settings settings) {
        Connections connections = Connections.create(settings.databases(), settings.debug());
        Connections previous = Connections.install(connections);
        if (previous != null) {
            previous.close();
        }
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().name("reinhardt-close-connections")
                .unstarted(connections::close));
    }

    /**
     * Build a populated registry for {@code settings} without touching the
     * project-wide one (used by the management utility and tests).
     */
    public static Apps setup(Settings settings) {
        configureLogging(settings.logging());
        Apps apps = new Apps();
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        apps.populate(settings.installedApps(), config -> findModels(config, loader));
        Relations.check(apps);
        return apps;
    }

    private static List<Class<?>> findModels(AppConfig config, ClassLoader loader) {
        return ClassFinder.find(config.modelsPackage(), loader).stream()
                .filter(type -> Model.class.isAssignableFrom(type) && !Modifier.isAbstract(type.getModifiers()))
                .toList();
    }

    /**
     * Apply the {@code logging} setting. A {@code logback.xml} (or
     * {@code logback-test.xml}) on the class path wins over the levels, as
     * Logback users expect; a config file named in the setting wins over both.
     */
    static void configureLogging(LoggingSettings logging) {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        if (!logging.configFile().isEmpty()) {
            loadConfigFile(context, Path.of(logging.configFile()));
            return;
        }
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (loader.getResource("logback.xml") == null && loader.getResource("logback-test.xml") == null) {
            consoleDefaults(context);
        }
        context.getLogger(Logger.ROOT_LOGGER_NAME).setLevel(Level.toLevel(logging.rootLevel(), Level.INFO));
        for (Map.Entry<String, String> entry : logging.levels().entrySet()) {
            context.getLogger(entry.getKey()).setLevel(Level.toLevel(entry.getValue(), Level.INFO));
        }
    }

    private static void consoleDefaults(LoggerContext context) {
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        if (root.getAppender("reinhardt-console") != null) {
            return;
        }
        context.reset();
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d{HH:mm:ss.SSS} %-5level %logger{24} - %msg%n");
        encoder.start();
        ConsoleAppender<ILoggingEvent> appender = new ConsoleAppender<>();
        appender.setName("reinhardt-console");
        appender.setContext(context);
        appender.setTarget("System.err");
        appender.setEncoder(encoder);
        appender.start();
        root.addAppender(appender);
    }

    private static void loadConfigFile(LoggerContext context, Path file) {
        if (!Files.isReadable(file)) {
            throw new ImproperlyConfigured("The logging setting names config file " + file
                    + ", which cannot be read. Fix the path or remove configFile.");
        }
        context.reset();
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        try {
            configurator.doConfigure(file.toFile());
        } catch (JoranException e) {
            throw new ImproperlyConfigured("The logging config file " + file + " is invalid: " + e.getMessage(), e);
        }
    }

    private static String readVersion() {
        Properties properties = new Properties();
        try (var in = Reinhardt.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return properties.getProperty("version", "unknown");
    }
}
