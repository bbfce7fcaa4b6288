package dev.reinhardt.conf;

import dev.reinhardt.exceptions.ImproperlyConfigured;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The settings of a Reinhardt project (Django's {@code settings.py}).
 *
 * <p>A project's settings are a plain Java class that extends this one and
 * assigns the fields it changes in its constructor. Environments are
 * subclasses, and secrets come from the environment:
 *
 * <pre>{@code
 * public class Base extends Settings {
 *     public Base() {
 *         installedApps = List.of(OrdersApp.class);
 *         rootUrlconf = Urls.class;
 *     }
 * }
 * public class Production extends Base {
 *     public Production() {
 *         debug = false;
 *         secretKey = Env.env("SECRET_KEY");
 *         allowedHosts = Env.envList("ALLOWED_HOSTS");
 *         databases = Map.of("default", DatabaseSettings.fromUrl(Env.env("DATABASE_URL")));
 *     }
 * }
 * }</pre>
 *
 * <p>The project's settings are found through {@link #current()}: on first
 * access the class named by the {@code reinhardt.settings} system property
 * (set by {@code manage --settings}) or else by the
 * {@value #MODULE_VARIABLE} environment variable is instantiated and
 * validated. Values a project or app needs beyond the typed fields are either
 * fields of the project's own subclass (read with {@link #current(Class)}) or
 * free-form extras set with {@link #put(String, Object)}.
 *
 * <p>Settings are read by many threads; assign fields only in constructors.
 */
public class Settings {

    /** The environment variable that names the settings class. */
    public static final String MODULE_VARIABLE = "REINHARDT_SETTINGS_MODULE";

    /** The system property that names the settings class; it wins over the environment variable. */
    public static final String MODULE_PROPERTY = "reinhardt.settings";

    /** Whether to show detailed error pages and record every SQL query. Never on in production. */
    protected boolean debug = false;
    /** The key for signing cookies, sessions and tokens; required when {@code debug} is off. */
    protected String secretKey = "";
    /** Host names this site may serve; {@code ".example.com"} matches subdomains, {@code "*"} anything. */
    protected List<String> allowedHosts = List.of();
    /** The project's apps, as {@code AppConfig} subclasses, in order. */
    protected List<Class<?>> installedApps = List.of();
    /** The middleware classes, outermost first. */
    protected List<Class<?>> middleware = List.of();
    /** The class whose URL patterns are the root of the project's URL tree. */
    protected Class<?> rootUrlconf = null;
    /** Database connections by alias; {@code "default"} is used unless another is named. */
    protected Map<String, DatabaseSettings> databases = Map.of();
    /** The project's time zone, as an IANA name. */
    protected String timeZone = "America/Chicago";
    /** Whether datetimes are time-zone aware (stored in UTC). */
    protected boolean useTz = true;
    /** The default language, as a language tag. */
    protected String languageCode = "en-us";
    /** The charset of responses that do not set one. */
    protected String defaultCharset = "utf-8";
    /** Whether a URL without a trailing slash that matches nothing is redirected to the slashed one. */
    protected boolean appendSlash = true;
    /**
     * The path prefix the project is served under, such as {@code "/shop"} behind a proxy that
     * strips it; when set it replaces the server's own (a servlet context path), and
     * {@code reverse()} and redirects put it in front of their paths. Null: the server's, or none.
     */
    protected String forceScriptName = null;
    /** Logging set-up applied by {@code Reinhardt.setup()}. */
    protected LoggingSettings logging = LoggingSettings.defaults();
    /** Ids of system check messages to silence, such as {@code "security.W004"}. */
    protected List<String> silencedSystemChecks = List.of();

    // ---- HTTP: proxies, request limits and uploads ------------------------------------------

    /**
     * The header and value a trusted proxy sets on requests that reached it over
     * HTTPS, such as {@code Map.entry("X-Forwarded-Proto", "https")}; null trusts no header.
     */
    protected Map.Entry<String, String> secureProxySslHeader = null;
    /** Whether the X-Forwarded-Host header, set by a trusted proxy, wins over Host. */
    protected boolean useXForwardedHost = false;
    /** Whether the X-Forwarded-Port header, set by a trusted proxy, wins over the server's port. */
    protected boolean useXForwardedPort = false;
    /** The largest request body, in bytes, not counting uploaded files (null: no limit). */
    protected Long dataUploadMaxMemorySize = 2_621_440L;
    /** The most GET or POST fields a request may carry (null: no limit). */
    protected Integer dataUploadMaxNumberFields = 1000;
    /** The most files a multipart request may carry (null: no limit). */
    protected Integer dataUploadMaxNumberFiles = 100;
    /** The largest uploaded file, in bytes, kept in memory; larger ones go to a temporary file. */
    protected long fileUploadMaxMemorySize = 2_621_440L;
    /** The directory for uploads that spill to disk; null means the JVM's temporary directory. */
    protected String fileUploadTempDir = null;

    // ---- HTTP: SecurityMiddleware, CommonMiddleware, XFrameOptionsMiddleware ------------------

    /** Whether responses carry {@code X-Content-Type-Options: nosniff}. */
    protected boolean secureContentTypeNosniff = true;
    /** The HSTS max-age in seconds sent on HTTPS responses; 0 sends no HSTS header. */
    protected long secureHstsSeconds = 0;
    /** Whether the HSTS header covers subdomains. */
    protected boolean secureHstsIncludeSubdomains = false;
    /** Whether the HSTS header asks for browser preload lists. */
    protected boolean secureHstsPreload = false;
    /** Whether plain-HTTP requests are redirected to HTTPS. */
    protected boolean secureSslRedirect = false;
    /** The host HTTPS redirects go to; null keeps the request's host. */
    protected String secureSslHost = null;
    /** Regular expressions (matched against the path without its leading slash) exempt from the HTTPS redirect. */
    protected List<String> secureRedirectExempt = List.of();
    /** The Referrer-Policy header value; null sends none. */
    protected String secureReferrerPolicy = "same-origin";
    /** The Cross-Origin-Opener-Policy header value; null sends none. */
    protected String secureCrossOriginOpenerPolicy = "same-origin";
    /** The X-Frame-Options header value: {@code "DENY"} or {@code "SAMEORIGIN"}. */
    protected String xFrameOptions = "DENY";
    /** Whether requests for a host without {@code www.} are redirected to the {@code www.} host. */
    protected boolean prependWww = false;

    private final Map<String, Object> extras = new LinkedHashMap<>();

    /** Return the project's settings, loading them on first access. */
    public static Settings current() {
        return SettingsHolder.current();
    }

    /**
     * Return the project's settings as the project's own settings type, for
     * reading fields it adds.
     *
     * @throws ImproperlyConfigured if the loaded settings are not of that type
     */
    public static <S extends Settings> S current(Class<S> type) {
        Settings settings = current();
        if (!type.isInstance(settings)) {
            throw new ImproperlyConfigured("The settings in use are " + settings.getClass().getName()
                    + ", not a " + type.getName() + ". Point " + MODULE_VARIABLE + " at a subclass of "
                    + type.getName() + ".");
        }
        return type.cast(settings);
    }

    /**
     * Use {@code settings} as the project's settings instead of loading a
     * class by name (Django's {@code settings.configure()}).
     *
     * @throws IllegalStateException if settings were already accessed or configured
     */
    public static void configure(Settings settings) {
        SettingsHolder.configure(settings);
    }

    /** Return whether settings have been configured or loaded. */
    public static boolean isConfigured() {
        return SettingsHolder.isConfigured();
    }

    /**
     * Instantiate and validate the settings class {@code className}; {@code origin}
     * names where the name came from, for error messages.
     *
     * @throws ImproperlyConfigured naming the class, the origin and the cause
     */
    public static Settings load(String className, String origin) {
        return SettingsHolder.instantiate(className, origin);
    }

    /**
     * Run {@code op} with {@code settings} as the current settings of this
     * thread (and of threads it forks in a structured scope), leaving the
     * project-wide settings untouched. Used by tests and by the management
     * utility.
     */
    public static <T, X extends Throwable> T callWith(Settings settings, java.lang.ScopedValue.CallableOp<T, X> op)
            throws X {
        return SettingsHolder.callWith(settings, op);
    }

    /**
     * Check the values for mistakes that must stop start-up.
     *
     * @throws ImproperlyConfigured naming the setting and the fix
     */
    public void validate() {
        if (!debug && (secretKey == null || secretKey.isBlank())) {
            throw new ImproperlyConfigured("The secretKey setting must not be empty when debug is off. "
                    + "Set it in your settings class, for example secretKey = Env.env(\"SECRET_KEY\").");
        }
        if (forceScriptName != null && !forceScriptName.isEmpty() && !forceScriptName.startsWith("/")) {
            throw new ImproperlyConfigured("The forceScriptName setting must be a path starting with '/', such as "
                    + "\"/shop\"; it is \"" + forceScriptName + "\".");
        }
        if (!databases.isEmpty() && !databases.containsKey("default")) {
            throw new ImproperlyConfigured("The databases setting must contain a \"default\" alias; it has "
                    + databases.keySet() + ".");
        }
    }

    /** Set a free-form setting for an app; call it from a settings constructor. */
    protected final void put(String key, Object value) {
        extras.put(key, value);
    }

    /** Return the free-form setting {@code key}, if set. */
    public final Optional<Object> extra(String key) {
        return Optional.ofNullable(extras.get(key));
    }

    /** Return the free-form setting {@code key}, or {@code defaultValue} when it is not set. */
    public final <T> T extra(String key, T defaultValue) {
        Object value = extras.get(key);
        if (value == null) {
            return defaultValue;
        }
        if (defaultValue != null && !defaultValue.getClass().isInstance(value)) {
            throw new ImproperlyConfigured("Setting '" + key + "' must be a "
                    + defaultValue.getClass().getSimpleName() + ", but it is a " + value.getClass().getSimpleName() + ".");
        }
        @SuppressWarnings("unchecked")
        T typed = (T) value;
        return typed;
    }

    /** Return the free-form settings, in the order they were set. */
    public final Map<String, Object> extras() {
        return java.util.Collections.unmodifiableMap(extras);
    }

    public boolean debug() {
        return debug;
    }

    public String secretKey() {
        return secretKey;
    }

    public List<String> allowedHosts() {
        return allowedHosts;
    }

    public List<Class<?>> installedApps() {
        return installedApps;
    }

    public List<Class<?>> middleware() {
        return middleware;
    }

    public Class<?> rootUrlconf() {
        return rootUrlconf;
    }

    public Map<String, DatabaseSettings> databases() {
        return databases;
    }

    public String timeZone() {
        return timeZone;
    }

    public boolean useTz() {
        return useTz;
    }

    public String languageCode() {
        return languageCode;
    }

    public String defaultCharset() {
        return defaultCharset;
    }

    public boolean appendSlash() {
        return appendSlash;
    }

    public String forceScriptName() {
        return forceScriptName;
    }

    public LoggingSettings logging() {
        return logging;
    }

    public List<String> silencedSystemChecks() {
        return silencedSystemChecks;
    }

    public Map.Entry<String, String> secureProxySslHeader() {
        return secureProxySslHeader;
    }

    public boolean useXForwardedHost() {
        return useXForwardedHost;
    }

    public boolean useXForwardedPort() {
        return useXForwardedPort;
    }

    public Long dataUploadMaxMemorySize() {
        return dataUploadMaxMemorySize;
    }

    public Integer dataUploadMaxNumberFields() {
        return dataUploadMaxNumberFields;
    }

    public Integer dataUploadMaxNumberFiles() {
        return dataUploadMaxNumberFiles;
    }

    public long fileUploadMaxMemorySize() {
        return fileUploadMaxMemorySize;
    }

    public String fileUploadTempDir() {
        return fileUploadTempDir;
    }

    public boolean secureContentTypeNosniff() {
        return secureContentTypeNosniff;
    }

    public long secureHstsSeconds() {
        return secureHstsSeconds;
    }

    public boolean secureHstsIncludeSubdomains() {
        return secureHstsIncludeSubdomains;
    }

    public boolean secureHstsPreload() {
        return secureHstsPreload;
    }

    public boolean secureSslRedirect() {
        return secureSslRedirect;
    }

    public String secureSslHost() {
        return secureSslHost;
    }

    public List<String> secureRedirectExempt() {
        return secureRedirectExempt;
    }

    public String secureReferrerPolicy() {
        return secureReferrerPolicy;
    }

    public String secureCrossOriginOpenerPolicy() {
        return secureCrossOriginOpenerPolicy;
    }

    public String xFrameOptions() {
        return xFrameOptions;
    }

    public boolean prependWww() {
        return prependWww;
    }

    @Override
    public String toString() {
        return getClass().getName();
    }
}
