package dev.reinhardt.core.checks;

/** The tags of Reinhardt's own checks; {@code manage check --tag NAME} runs one group. */
public final class Tags {

    /** Checks of the app registry and settings. */
    public static final String CONFIGURATION = "configuration";
    /** Checks of models. */
    public static final String MODELS = "models";
    /** Checks of security settings; most run only with {@code --deploy}. */
    public static final String SECURITY = "security";
    /** Checks of the URL configuration. */
    public static final String URLS = "urls";
    /** Checks of database connections; they run only when asked for databases. */
    public static final String DATABASE = "database";

    private Tags() {
    }
}
