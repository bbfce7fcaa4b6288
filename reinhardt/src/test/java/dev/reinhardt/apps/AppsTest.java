package dev.reinhardt.apps;

import dev.reinhardt.Reinhardt;
import dev.reinhardt.apps.fixtures.other.RenamedConfig;
import dev.reinhardt.apps.fixtures.other.shelf.OtherShelfConfig;
import dev.reinhardt.apps.fixtures.shelf.ShelfConfig;
import dev.reinhardt.apps.fixtures.shelf.models.Author;
import dev.reinhardt.apps.fixtures.shelf.models.Book;
import dev.reinhardt.conf.Settings;
import dev.reinhardt.exceptions.ImproperlyConfigured;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AppsTest {

    public static class ShelfSettings extends Settings {
        public ShelfSettings() {
            debug = true;
            installedApps = List.of(ShelfConfig.class, RenamedConfig.class);
        }
    }

    private Apps apps;

    @BeforeEach
    void setUp() {
        ShelfConfig.READY_CALLS.clear();
        apps = Reinhardt.setup(new ShelfSettings());
    }

    @Test
    void setupDiscoversConcreteModelsOfEachApp() {
        assertThat(apps.getModels()).containsExactly(Author.class, Book.class);
        assertThat(apps.getAppConfig("shelf").getModels()).containsExactly(Author.class, Book.class);
        assertThat(apps.getAppConfig("other_stuff").getModels()).isEmpty();
    }

    @Test
    void readyHooksRunOnceInInstalledOrderAfterModelsAreRegistered() {
        assertThat(ShelfConfig.READY_CALLS).containsExactly("shelf sees 2 models", "other_stuff ready");
    }

    @Test
    void modelsAreFoundByLabelAndCaseInsensitiveName() {
        assertThat(apps.getModel("shelf", "Book")).isEqualTo(Book.class);
        assertThat(apps.getModel("shelf", "book")).isEqualTo(Book.class);
        assertThat(apps.getModel("shelf.Author")).isEqualTo(Author.class);
        assertThat(apps.getAppConfig("shelf").getModel("AUTHOR")).isEqualTo(Author.class);
    }

    @Test
    void unknownLabelListsTheInstalledApps() {
        assertThatThrownBy(() -> apps.getAppConfig("shelve"))
                .isInstanceOf(LookupException.class)
                .hasMessage("No installed app with label 'shelve'. Did you mean 'shelf'? Installed apps: shelf, "
                        + "other_stuff.");
    }

    @Test
    void unknownModelListsTheAppsModels() {
        assertThatThrownBy(() -> apps.getModel("shelf", "Bok"))
                .isInstanceOf(LookupException.class)
                .hasMessage("App 'shelf' doesn't have a 'Bok' model. Did you mean 'Book'? Its models are: Author, Book.");
    }

    @Test
    void malformedModelReferenceSaysTheExpectedForm() {
        assertThatThrownBy(() -> apps.getModel("Book"))
                .hasMessage("Model reference 'Book' must be of the form 'app_label.ModelName'.");
    }

    @Test
    void appConfigKnowsItsNameLabelAndPackages() {
        AppConfig shelf = apps.getAppConfig("shelf");
        assertThat(shelf.name()).isEqualTo("dev.reinhardt.apps.fixtures.shelf");
        assertThat(shelf.verboseName()).isEqualTo("Shelf");
        assertThat(shelf.modelsPackage()).isEqualTo("dev.reinhardt.apps.fixtures.shelf.models");
        assertThat(apps.isInstalled("dev.reinhardt.apps.fixtures.shelf")).isTrue();
        assertThat(apps.isInstalled("dev.reinhardt.apps.fixtures.missing")).isFalse();
    }

    @Test
    void containingAppIsTheInnermostInstalledPackage() {
        assertThat(apps.getContainingAppConfig(Book.class).label()).isEqualTo("shelf");
        assertThat(apps.getContainingAppConfig(OtherShelfConfig.class).label()).isEqualTo("other_stuff");
        assertThat(apps.getContainingAppConfig(String.class)).isNull();
    }

    @Test
    void duplicateLabelsNameBothApps() {
        Apps fresh = new Apps();
        assertThatThrownBy(() -> fresh.populate(List.of(ShelfConfig.class, OtherShelfConfig.class), c -> List.of()))
                .isInstanceOf(ImproperlyConfigured.class)
                .hasMessage("Application labels aren't unique, duplicates: shelf (" + ShelfConfig.class.getName()
                        + " and " + OtherShelfConfig.class.getName() + "). Override label() in one of them.");
    }

    @Test
    void installedEntryThatIsNotAnAppConfigIsRejected() {
        assertThatThrownBy(() -> new Apps().populate(List.of(String.class), c -> List.of()))
                .isInstanceOf(ImproperlyConfigured.class)
                .hasMessage("installedApps lists java.lang.String, which does not extend dev.reinhardt.apps.AppConfig. "
                        + "List the app's AppConfig class instead.");
    }

    @Test
    void registryIsUnusableBeforePopulate() {
        Apps empty = new Apps();
        assertThat(empty.isReady()).isFalse();
        assertThatThrownBy(empty::getAppConfigs).isInstanceOf(AppRegistryNotReady.class);
    }

    @Test
    void scopedRegistryIsVisibleInsideTheScope() {
        Apps seen = Apps.callWith(apps, Apps::registry);
        assertThat(seen).isSameAs(apps);
    }
}
