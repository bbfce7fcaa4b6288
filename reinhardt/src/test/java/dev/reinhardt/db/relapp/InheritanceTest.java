package dev.reinhardt.db.relapp;

import dev.reinhardt.apps.Apps;
import dev.reinhardt.db.RelDatabases;
import dev.reinhardt.db.backends.base.DatabaseWrapper;
import dev.reinhardt.db.backends.base.QueryCapture;
import dev.reinhardt.db.fieldclash.FieldClashApp;
import dev.reinhardt.db.fieldclash.models.Clashing;
import dev.reinhardt.db.models.Options;
import dev.reinhardt.db.models.Relations;
import dev.reinhardt.db.models.fields.Field;
import dev.reinhardt.db.relapp.models.Badge;
import dev.reinhardt.db.relapp.models.OrderedPerson;
import dev.reinhardt.db.relapp.models.Person;
import dev.reinhardt.db.relapp.models.Place;
import dev.reinhardt.db.relapp.models.Region;
import dev.reinhardt.db.relapp.models.Restaurant;
import dev.reinhardt.db.relapp.models.Sticker;
import dev.reinhardt.exceptions.ImproperlyConfigured;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Django's three kinds of model inheritance: abstract bases, multi-table, proxies. */
@ParameterizedClass
@ValueSource(strings = {"sqlite", "postgresql"})
class InheritanceTest {

    @Parameter
    String vendor;

    DatabaseWrapper connection;

    @BeforeEach
    void setUp() {
        connection = RelDatabases.use(vendor);
    }

    private static Restaurant restaurant(String name, boolean pizza) {
        Restaurant restaurant = new Restaurant();
        restaurant.name = name;
        restaurant.address = "1 Main St";
        restaurant.servesPizza = pizza;
        restaurant.save();
        return restaurant;
    }

    @Test
    void anAbstractBaseLendsItsFieldsAndRelationsToEachSubclass() {
        Region north = Region.named("North");
        Sticker sticker = new Sticker();
        sticker.label = "hot";
        sticker.region.set(north);
        sticker.save();
        Badge badge = new Badge();
        badge.label = "new";
        badge.region.set(north);
        badge.save();
        assertThat(Options.of(Sticker.class).fields()).extracting(Field::name)
                .containsExactly("id", "label", "region", "size");
        assertThat(north.related("sticker_items", Sticker.class).list()).extracting(s -> s.label).containsExactly("hot");
        assertThat(Region.objects.filter("badge_items__label", "new").list()).containsExactly(north);
    }

    @Test
    void aFieldDeclaredTwiceInAHierarchyIsAStartUpError() {
        Apps apps = new Apps();
        apps.populate(List.of(FieldClashApp.class), config -> List.of(Clashing.class));
        assertThatThrownBy(() -> Relations.check(apps)).isInstanceOf(ImproperlyConfigured.class)
                .hasMessage("Local field 'name' in class 'Clashing' clashes with field of the same name from base "
                        + "class 'Base' (models.E006). Rename one of them in Clashing's hierarchy.");
    }

    @Test
    void aMultiTableChildSavesItsParentRowAndItsOwnSharingTheKey() {
        List<String> inserts;
        Restaurant bobs;
        try (QueryCapture capture = connection.captureQueries()) {
            bobs = restaurant("Bob's", true);
            inserts = capture.queries().stream().map(q -> q.sql().substring(0, q.sql().indexOf('(')).trim()).toList();
        }
        assertThat(inserts).containsExactly("INSERT INTO \"relapp_place\"", "INSERT INTO \"relapp_restaurant\"");
        assertThat(bobs.pk()).isEqualTo(bobs.id).isNotNull();
        assertThat(Options.of(Restaurant.class).pk().name()).isEqualTo("place_ptr");
        assertThat(connection.fetchAll("SELECT place_ptr_id FROM relapp_restaurant").getFirst().getFirst().toString())
                .isEqualTo(bobs.id.toString());

        bobs.name = "Bob's Pizza";
        bobs.servesHotDogs = true;
        bobs.save();
        Restaurant loaded = Restaurant.objects.get("name", "Bob's Pizza");
        assertThat(loaded.address).isEqualTo("1 Main St");
        assertThat(loaded.servesHotDogs).isTrue();
        Restaurant stale = Restaurant.objects.get("pk", bobs.id);
        Place.objects.filter("pk", bobs.id).update("name", "Chez Bob");
        stale.refreshFromDb();
        assertThat(stale.name).isEqualTo("Chez Bob");
        assertThat(Restaurant.objects.filter("pk", bobs.id).values("name", "servesPizza").list())
                .containsExactly(Map.of("name", "Chez Bob", "servesPizza", true));
        assertThat(Restaurant.objects.all().query().toString()).contains("FROM \"relapp_restaurant\" INNER JOIN "
                + "\"relapp_place\" ON (\"relapp_restaurant\".\"place_ptr_id\" = \"relapp_place\".\"id\")");
    }

    @Test
    void theParentQuerySetYieldsParentsAndChildDescends() {
        restaurant("Bob's", true);
        Place park = new Place();
        park.name = "Park";
        park.address = "Green";
        park.save();
        List<Place> places = Place.objects.orderBy("name").list();
        assertThat(places).extracting(place -> place.getClass().getSimpleName()).containsExactly("Place", "Place");
        assertThat(places.getFirst().child(Restaurant.class)).get().extracting(r -> r.servesPizza).isEqualTo(true);
        assertThat(places.get(1).child(Restaurant.class)).isEmpty();
        assertThatThrownBy(() -> places.get(1).relatedOne("restaurant", Restaurant.class).get())
                .isInstanceOf(Restaurant.DoesNotExist.class).hasMessage("Place has no restaurant.");
        assertThat(Place.objects.filter("restaurant__servesPizza", true).list()).containsExactly(places.getFirst());
        assertThat(Restaurant.objects.filter("id", places.getFirst().id).count()).isEqualTo(1);
    }

    @Test
    void deletingAChildDeletesBothRowsAndDeletingTheParentCascades() {
        Restaurant bobs = restaurant("Bob's", true);
        Restaurant sues = restaurant("Sue's", false);
        assertThat(bobs.delete().perModel()).containsExactly(Map.entry("relapp.Restaurant", 1L),
                Map.entry("relapp.Place", 1L));
        assertThat(Place.objects.count()).isEqualTo(1);
        Place suesPlace = Place.objects.get("name", "Sue's");
        assertThat(suesPlace.delete().perModel()).containsOnly(Map.entry("relapp.Restaurant", 1L),
                Map.entry("relapp.Place", 1L));
        assertThat(Restaurant.objects.exists()).isFalse();
        assertThat(sues.name).isEqualTo("Sue's");
    }

    @Test
    void aProxySharesTheTableWithItsOwnManagerOrderingAndMethods() {
        Person.create("Ann");
        Person.create("Cid");
        OrderedPerson bob = new OrderedPerson();
        bob.name = "Bob";
        bob.save();
        assertThat(Options.of(OrderedPerson.class).dbTable()).isEqualTo(Options.of(Person.class).dbTable());
        assertThat(OrderedPerson.people.all().list()).extracting(OrderedPerson::shout)
                .containsExactly("CID", "BOB", "ANN");
        assertThat(Person.objects.orderBy("name").list()).extracting(p -> p.name).containsExactly("Ann", "Bob", "Cid");
        assertThat(OrderedPerson.people.get("name", "Bob").delete().total()).isEqualTo(1);
        assertThat(Person.objects.count()).isEqualTo(2);
    }
}
