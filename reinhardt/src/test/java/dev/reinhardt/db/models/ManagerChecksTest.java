package dev.reinhardt.db.models;

import dev.reinhardt.apps.Apps;
import dev.reinhardt.db.managerclash.ManagerClashApp;
import dev.reinhardt.db.managerclash.models.CopiedManager;
import dev.reinhardt.db.managerclash.models.Misnamed;
import dev.reinhardt.db.managerclash.models.MisnamedBase;
import dev.reinhardt.db.managerclash.models.ObjectsField;
import dev.reinhardt.db.managerclash.models.ShadowingManager;
import dev.reinhardt.db.managerclash.models.UnsetManager;
import dev.reinhardt.exceptions.ImproperlyConfigured;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Managers declared wrongly stop the project at start-up with a message naming the fix. */
class ManagerChecksTest {

    private static void check(Class<? extends Model> model, String message) {
        Apps apps = new Apps();
        apps.populate(List.of(ManagerClashApp.class), config -> List.of(model));
        assertThatThrownBy(() -> Relations.check(apps)).isInstanceOf(ImproperlyConfigured.class).hasMessage(message);
    }

    @Test
    void aDefaultManagerNameThatNamesNoManagerSuggestsTheClosest() {
        check(Misnamed.class, "Misnamed has no manager named 'publshed' (@Meta(defaultManagerName)). Did you mean "
                + "'published'? Choices are: objects, published.");
    }

    @Test
    void aBaseManagerNameThatNamesNoManagerListsTheChoices() {
        check(MisnamedBase.class, "MisnamedBase has no manager named 'everything' (@Meta(baseManagerName)). "
                + "Choices are: objects.");
    }

    @Test
    void aManagerMadeForAnotherModelIsRefused() {
        check(CopiedManager.class, "Manager CopiedManager.objects is made for Misnamed, not CopiedManager; make it "
                + "with CopiedManager.class, such as Manager.of(CopiedManager.class).");
    }

    @Test
    void aManagerFieldLeftNullIsRefused() {
        check(UnsetManager.class, "Manager UnsetManager.objects is null; assign it where it is declared, such as "
                + "= Manager.of(UnsetManager.class).");
    }

    @Test
    void aFieldNamedObjectsNeedsAManagerUnderAnotherName() {
        check(ObjectsField.class, "Model ObjectsField has a field named 'objects', so it gets no automatic 'objects' "
                + "manager; declare one under another name: public static final Manager<ObjectsField> people = "
                + "Manager.of(ObjectsField.class);");
    }

    @Test
    void aManagerNamedLikeAFieldIsRefused() {
        check(ShadowingManager.class, "Manager 'label' of ShadowingManager clashes with the field of the same name; "
                + "rename the manager, since Java would let one hide the other.");
    }
}
