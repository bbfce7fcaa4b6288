package dev.reinhardt.db.backends.sqlite;

import com.zaxxer.hikari.HikariConfig;
import dev.reinhardt.conf.DatabaseSettings;
import dev.reinhardt.db.backends.base.DatabaseWrapper;
import dev.reinhardt.db.backends.base.Features;
import dev.reinhardt.db.backends.base.Introspection;
import dev.reinhardt.db.backends.base.Operations;
import dev.reinhardt.db.backends.base.SchemaEditor;
import org.sqlite.Function;
import org.sqlite.SQLiteConnection;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.regex.Pattern;

/** The SQLite connection of one alias. Thread-safe. */
public final class SqliteDatabaseWrapper extends DatabaseWrapper {

    private static final Map<String, String> DATA_TYPES = Map.ofEntries(
            Map.entry("AutoField", "integer"), Map.entry("BigAutoField", "integer"),
            Map.entry("SmallAutoField", "integer"), Map.entry("BinaryField", "BLOB"),
            Map.entry("BooleanField", "bool"), Map.entry("CharField", "varchar({maxLength})"),
            Map.entry("DateField", "date"), Map.entry("DateTimeField", "datetime"),
            Map.entry("DecimalField", "decimal"), Map.entry("DurationField", "bigint"),
            Map.entry("FloatField", "real"), Map.entry("IntegerField", "integer"),
            Map.entry("BigIntegerField", "bigint"), Map.entry("JSONField", "text"),
            Map.entry("PositiveIntegerField", "integer unsigned"), Map.entry("SmallIntegerField", "smallint"),
            Map.entry("SlugField", "varchar({maxLength})"), Map.entry("TextField", "text"),
            Map.entry("TimeField", "time"), Map.entry("UUIDField", "char(32)"));

    /** SQLite answers every feature question with the base defaults. */
    private final Features features = new Features();
    private final Operations ops = new SqliteOperations();
    private final Set<Connection> prepared = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

    public SqliteDatabaseWrapper(String alias, DatabaseSettings settings, boolean debug) {
        super(alias, settings, debug);
    }

    @Override
    public String vendor() {
        return "sqlite";
    }

    @Override
    public Features features() {
        return features;
    }

    @Override
    public Operations ops() {
        return ops;
    }

    @Override
    public SchemaEditor schemaEditor() {
        return new SqliteSchemaEditor(this);
    }

    @Override
    public Introspection introspection() {
        return new Introspection(this);
    }

    @Override
    public Map<String, String> dataTypes() {
        return DATA_TYPES;
    }

    @Override
    protected HikariConfig poolConfig() {
        String name = settings().name();
        boolean memory = name.isEmpty() || name.equals(":memory:");
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:sqlite:" + (memory ? ":memory:" : name));
        config.addDataSourceProperty("busy_timeout", "5000");
        config.addDataSourceProperty("transaction_mode", "IMMEDIATE");
        config.addDataSourceProperty("foreign_keys", "true");
        config.setConnectionTimeout(30_000);
        if (memory) {
            // Each connection to ":memory:" is a separate database: keep exactly one, forever.
            config.setMaximumPoolSize(1);
            config.setMinimumIdle(1);
            config.setMaxLifetime(0);
            config.setIdleTimeout(0);
        } else {
            config.addDataSourceProperty("journal_mode", "WAL");
            config.setMaximumPoolSize(Integer.parseInt(settings().options().getOrDefault("poolSize", "5")));
        }
        settings().options().forEach((key, value) -> {
            if (!key.equals("poolSize")) {
                config.addDataSourceProperty(key, value);
            }
        });
        return config;
    }

    @Override
    protected void prepareConnection(Connection connection) throws SQLException {
        SQLiteConnection raw = connection.unwrap(SQLiteConnection.class);
        if (prepared.add(raw)) {
            Function.create(raw, "REGEXP", new Function() {
                @Override
                protected void xFunc() throws SQLException {
                    String pattern = value_text(0);
                    String value = value_text(1);
                    result(pattern != null && value != null && Pattern.compile(pattern).matcher(value).find() ? 1 : 0);
                }
            });
            SqliteDateFunctions.register(raw);
        }
    }
}
