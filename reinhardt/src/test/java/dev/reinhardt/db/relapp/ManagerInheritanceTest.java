package dev.reinhardt.db.relapp;

import dev.reinhardt.db.RelDatabases;
import dev.reinhardt.db.models.BaseManager;
import dev.reinhardt.db.models.Model;
import dev.reinhardt.db.models.Options;
import dev.reinhardt.db.relapp.models.Animal;
import dev.reinhardt.db.relapp.models.Cafe;
import dev.reinhardt.db.relapp.models.Cat;
import dev.reinhardt.db.relapp.models.Dog;
import dev.reinhardt.db.relapp.models.OrderedPerson;
import dev.reinhardt.db.relapp.models.Person;
import dev.reinhardt.db.relapp.models.Place;
import dev.reinhardt.db.relapp.models.QuietPerson;
import dev.reinhardt.db.relapp.models.Restaurant;
import dev.reinhardt.db.relapp.models.Toy;
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

/** Django's rules for managers and model inheritance: abstract bases, multi-table children, proxies. */
@ParameterizedClass
@ValueSource(strings = {"sqlite", "postgresql"})
class ManagerInheritanceTest {

    @Parameter
    String vendor;

    @BeforeEach
    void setUp() {
        RelDatabases.use(vendor);
    }

    private static <A extends Animal> A animal(A animal, String name, boolean adopted) {
        animal.name = name;
        animal.adopted = adopted;
        animal.save();
        return animal;
    }

    private static List<String> names(Class<?> model) {
        return Options.of(model.asSubclass(Model.class)).managers().stream()
                .map(BaseManager::name).toList();
    }

    @Test
    void managersOfAnAbstractBaseAreInheritedBoundToEachSubclass() {
        animal(new Dog(), "Rex", false);
        animal(new Dog(), "Fido", true);
        animal(new Cat(), "Tom", false);
        assertThat(names(Dog.class)).containsExactly("objects", "available");
        assertThat(Animal.objects.forModel(Dog.class).orderBy("name").list()).extracting(dog -> dog.name)
                .containsExactly("Fido", "Rex");
        assertThat(Animal.available.forModel(Dog.class).all().list()).singleElement()
                .satisfies(dog -> assertThat(dog).isInstanceOf(Dog.class)).extracting(dog -> dog.name).isEqualTo("Rex");
        assertThat(Animal.available.forModel(Cat.class).all().list()).extracting(cat -> cat.name).containsExactly("Tom");
        assertThat(Options.of(Dog.class).defaultManager()).isSameAs(Animal.objects.forModel(Dog.class));
        assertThat(Animal.objects.forModel(Dog.class)).isSameAs(Options.of(Dog.class).manager("objects"));
    }

    @Test
    void aModelsOwnManagersComeFirstAndMetaCanMakeAnInheritedOneTheDefault() {
        animal(new Cat(), "Tom", false);
        animal(new Cat(), "Kit", true);
        assertThat(names(Cat.class)).containsExactly("cats", "objects", "available");
        assertThat(Options.of(Cat.class).defaultManager()).isSameAs(Animal.available.forModel(Cat.class));
        assertThat(Options.of(Cat.class).defaultManager().all().list()).extracting(cat -> cat.name)
                .containsExactly("Tom");
        assertThat(Cat.cats.count()).isEqualTo(2);
    }

    @Test
    void aManagerOfAnAbstractModelCannotQueryAndSaysHowToReachASubclass() {
        assertThatThrownBy(() -> Animal.objects.all()).isInstanceOf(ImproperlyConfigured.class)
                .hasMessage("Manager isn't available; Animal is abstract. Animal.objects is shared by every subclass, "
                        + "so it cannot tell which one you mean: call Animal.objects.forModel(YourModel.class), or "
                        + "declare a manager on the subclass.");
    }

    @Test
    void aMultiTableChildInheritsTheManagersOfItsParentItDoesNotRedeclare() {
        Cafe cafe = new Cafe();
        cafe.name = "Corner";
        cafe.address = "2 Main St";
        cafe.save();
        Place park = new Place();
        park.name = "Park";
        park.address = "Green";
        park.save();
        assertThat(names(Cafe.class)).containsExactly("objects");
        assertThat(Place.objects.forModel(Cafe.class).all().list()).singleElement()
                .satisfies(found -> assertThat(found.servesCake).isTrue()).extracting(found -> found.name)
                .isEqualTo("Corner");
        assertThat(Options.of(Cafe.class).defaultManager()).isSameAs(Place.objects.forModel(Cafe.class));
        assertThat(Options.of(Restaurant.class).defaultManager()).isSameAs(Restaurant.objects);
        assertThatThrownBy(() -> Place.objects.forModel(Restaurant.class)).isInstanceOf(ImproperlyConfigured.class)
                .hasMessage("Restaurant declares its own manager 'objects', which replaces Place.objects; use "
                        + "Restaurant.objects instead.");
    }

    @Test
    void aProxyInheritsItsParentsManagersAfterItsOwn() {
        Person.create("Ann");
        assertThat(names(OrderedPerson.class)).containsExactly("people", "objects");
        assertThat(Options.of(OrderedPerson.class).defaultManager()).isSameAs(OrderedPerson.people);
        assertThat(names(QuietPerson.class)).containsExactly("objects");
        assertThat(Person.objects.forModel(QuietPerson.class).get("name", "Ann").whisper()).isEqualTo("ann");
        assertThat(Options.of(QuietPerson.class).defaultManager()).isSameAs(Person.objects.forModel(QuietPerson.class));
    }

    @Test
    void aPlainBaseManagerReloadsRowsTheDefaultManagerHides() {
        Cat kit = animal(new Cat(), "Kit", true);
        assertThat(Options.of(Cat.class).defaultManager().filter("pk", kit.pk()).exists()).isFalse();
        assertThat(Options.of(Cat.class).baseManager().name()).isEqualTo("_base_manager");
        Cat.cats.filter("pk", kit.pk()).update(Map.of("name", "Kitty"));
        kit.refreshFromDb();
        assertThat(kit.name).isEqualTo("Kitty");
    }

    @Test
    void aForwardRelationLoadsThroughTheBaseManagerNotTheDefault() {
        Cat kit = animal(new Cat(), "Kit", true);
        Dog fido = animal(new Dog(), "Fido", true);
        Toy ball = new Toy();
        ball.name = "Ball";
        ball.cat.set(kit);
        ball.dog.set(fido);
        ball.save();
        Toy loaded = Toy.objects.get("name", "Ball");
        assertThat(loaded.cat.get().name).isEqualTo("Kit");
        assertThatThrownBy(loaded.dog::get).isInstanceOf(Dog.DoesNotExist.class);
    }

    @Test
    void aForwardPrefetchReadsThroughTheBaseManagerAndLeavesWhatItHidesEmpty() {
        Cat kit = animal(new Cat(), "Kit", true);
        Dog fido = animal(new Dog(), "Fido", true);
        Toy ball = new Toy();
        ball.name = "Ball";
        ball.cat.set(kit);
        ball.dog.set(fido);
        ball.save();
        Toy loaded = Toy.objects.prefetchRelated("cat", "dog").get("name", "Ball");
        assertThat(loaded.cat.get().name).isEqualTo("Kit");
        assertThat(loaded.dog.get()).isNull();
    }

    @Test
    void refreshFromDbLoadsThroughTheBaseManagerMetaNames() {
        Dog fido = animal(new Dog(), "Fido", false);
        assertThat(Options.of(Dog.class).baseManager()).isSameAs(Animal.available.forModel(Dog.class));
        Animal.objects.forModel(Dog.class).filter("pk", fido.pk()).update(Map.of("adopted", true));
        assertThatThrownBy(fido::refreshFromDb).isInstanceOf(Dog.DoesNotExist.class);
    }
}
