package dev.reinhardt.db;

import dev.reinhardt.apps.Apps;
import dev.reinhardt.conf.DatabaseSettings;
import dev.reinhardt.db.backends.base.DatabaseWrapper;
import dev.reinhardt.db.backends.base.SchemaEditor;
import dev.reinhardt.db.backends.base.Sql;
import dev.reinhardt.db.backends.base.TableSpec;
import dev.reinhardt.db.models.Model;
import dev.reinhardt.db.models.Options;
import dev.reinhardt.db.relapp.RelApp;
import dev.reinhardt.db.relapp.models.Album;
import dev.reinhardt.db.relapp.models.Artist;
import dev.reinhardt.db.relapp.models.Author;
import dev.reinhardt.db.relapp.models.Badge;
import dev.reinhardt.db.relapp.models.Blog;
import dev.reinhardt.db.relapp.models.Cafe;
import dev.reinhardt.db.relapp.models.Cat;
import dev.reinhardt.db.relapp.models.Category;
import dev.reinhardt.db.relapp.models.Colleagueship;
import dev.reinhardt.db.relapp.models.Contact;
import dev.reinhardt.db.relapp.models.Customer;
import dev.reinhardt.db.relapp.models.Dog;
import dev.reinhardt.db.relapp.models.Entry;
import dev.reinhardt.db.relapp.models.Group;
import dev.reinhardt.db.relapp.models.Membership;
import dev.reinhardt.db.relapp.models.Mentorship;
import dev.reinhardt.db.relapp.models.Person;
import dev.reinhardt.db.relapp.models.Place;
import dev.reinhardt.db.relapp.models.Invoice;
import dev.reinhardt.db.relapp.models.Neighbour;
import dev.reinhardt.db.relapp.models.Order;
import dev.reinhardt.db.relapp.models.OrderedPerson;
import dev.reinhardt.db.relapp.models.OrderItem;
import dev.reinhardt.db.relapp.models.Product;
import dev.reinhardt.db.relapp.models.Profile;
import dev.reinhardt.db.relapp.models.QuietPerson;
import dev.reinhardt.db.relapp.models.Referral;
import dev.reinhardt.db.relapp.models.Region;
import dev.reinhardt.db.relapp.models.Restaurant;
import dev.reinhardt.db.relapp.models.Shipment;
import dev.reinhardt.db.relapp.models.Song;
import dev.reinhardt.db.relapp.models.Sticker;
import dev.reinhardt.db.relapp.models.Toy;
import dev.reinhardt.db.relapp.models.Warehouse;
import dev.reinhardt.db.testapp.TestApp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The real databases the relation tests run against, like {@link TestDatabases}
 * but for the {@code relapp} models: a registry holding both test apps, the
 * tables (with their foreign-key constraints and auto-created join tables)
 * created once per JVM and backend, and emptied in one transaction before
 * each test.
 */
public final class RelDatabases {

    /** The relation test models, referenced models before the models referring to them. */
    public static final List<Class<? extends Model>> MODELS = List.of(Region.class, Customer.class, Profile.class,
            Product.class, Order.class, OrderItem.class, Invoice.class, Category.class, Blog.class, Author.class,
            Entry.class, Artist.class, Album.class, Song.class, Warehouse.class, Shipment.class, Person.class,
            Group.class, Membership.class, Sticker.class, Badge.class, Place.class, Restaurant.class,
            OrderedPerson.class, Referral.class, Dog.class, Cat.class, Toy.class,
            QuietPerson.class, Cafe.class, Contact.class, Colleagueship.class, Mentorship.class, Neighbour.class);

    private static final Apps APPS = new Apps();
    private static final Map<String, Connections> HANDLERS = new HashMap<>();

    static {
        APPS.populate(List.of(TestApp.class, RelApp.class), config -> config instanceof RelApp
                ? List.copyOf(MODELS) : List.copyOf(TestDatabases.MODELS));
    }

    private RelDatabases() {
    }

    /** Return the registry holding the test apps. */
    public static Apps apps() {
        return APPS;
    }

    /** Make {@code vendor} ("sqlite" or "postgresql") the default database, with empty relation tables. */
    public static synchronized DatabaseWrapper use(String vendor) {
        Apps.setRegistry(APPS);
        if (vendor.equals("postgresql")) {
            TestDatabases.requirePostgres();
        }
        Connections handler = HANDLERS.computeIfAbsent(vendor, RelDatabases::create);
        Connections.install(handler);
        DatabaseWrapper connection = handler.wrapper(Connections.DEFAULT_DB_ALIAS);
        List<String> tables = tables(connection);
        connection.atomic(() -> {
            for (String table : tables.reversed()) {
                connection.executeUpdate(Sql.of("DELETE FROM " + connection.ops().quoteName(table)));
            }
            return null;
        });
        return connection;
    }

    private static List<String> tables(DatabaseWrapper connection) {
        List<String> names = new ArrayList<>();
        for (TableSpec table : specs(connection)) {
            names.add(table.name());
        }
        return names;
    }

    private static List<TableSpec> specs(DatabaseWrapper connection) {
        List<TableSpec> specs = new ArrayList<>();
        for (Class<? extends Model> model : MODELS) {
            if (!Options.of(model).isProxy()) {
                specs.add(Options.of(model).tableSpec(connection));
            }
        }
        for (Class<? extends Model> model : MODELS) {
            specs.addAll(Options.of(model).autoCreatedTableSpecs(connection));
        }
        return specs;
    }

    private static Connections create(String vendor) {
        Map<String, DatabaseSettings> databases = new LinkedHashMap<>();
        databases.put(Connections.DEFAULT_DB_ALIAS, vendor.equals("postgresql")
                ? DatabaseSettings.postgresql(TestDatabases.postgresDatabase(), "postgres", "", "127.0.0.1", 5432)
                : DatabaseSettings.sqlite(tempFile()));
        Connections handler = Connections.create(databases, false);
        DatabaseWrapper connection = handler.wrapper(Connections.DEFAULT_DB_ALIAS);
        List<TableSpec> specs = specs(connection);
        String cascade = vendor.equals("postgresql") ? " CASCADE" : "";
        for (TableSpec table : specs.reversed()) {
            connection.executeUpdate(Sql.of("DROP TABLE IF EXISTS " + connection.ops().quoteName(table.name())
                    + cascade));
        }
        try (SchemaEditor editor = connection.schemaEditor()) {
            specs.forEach(editor::createTable);
        }
        return handler;
    }

    private static Path tempFile() {
        try {
            Path directory = Files.createTempDirectory("reinhardt-rel-");
            directory.toFile().deleteOnExit();
            return directory.resolve("default.sqlite3");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
