package dev.reinhardt.db.migrations.state;

import dev.reinhardt.apps.Apps;
import dev.reinhardt.conf.DatabaseSettings;
import dev.reinhardt.db.Connections;
import dev.reinhardt.db.backends.base.DatabaseWrapper;
import dev.reinhardt.db.migrations.MigrationLoader;
import dev.reinhardt.db.migrations.MigrationQuestioner;
import dev.reinhardt.db.migrations.Autodetector;
import dev.reinhardt.db.migrations.MigrationTestSupport;
import dev.reinhardt.db.migrations.fixtures.library.LibraryConfig;
import dev.reinhardt.db.migrations.fixtures.library.models.Book;
import dev.reinhardt.db.migrations.operations.AddField;
import dev.reinhardt.db.migrations.operations.AddIndex;
import dev.reinhardt.db.migrations.operations.AlterModelOptions;
import dev.reinhardt.db.migrations.operations.CreateModel;
import dev.reinhardt.db.migrations.operations.Operation;
import dev.reinhardt.db.migrations.operations.RemoveField;
import dev.reinhardt.db.migrations.operations.RenameField;
import dev.reinhardt.db.migrations.operations.RenameModel;
import dev.reinhardt.db.models.Options;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static dev.reinhardt.db.migrations.state.FieldState.field;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ModelStateTest {

    private final Apps apps = MigrationTestSupport.apps(LibraryConfig.class);

    @Test
    void fieldStatesRecordOnlyTheOptionsAModelSets() {
        ModelState book = ProjectState.fromApps(apps).model("library", "Book");
        assertThat(book.fields().keySet()).containsExactly("id", "title", "isbn", "pages", "price", "published",
                "contact", "inPrint", "status");
        assertThat(book.field("id")).isEqualTo(field("BigAutoField"));
        assertThat(book.field("isbn")).isEqualTo(field("CharField", "maxLength", 13, "unique", true));
        assertThat(book.field("status")).isEqualTo(field("CharField", "maxLength", 20, "dbIndex", true,
                "dbDefault", "draft"));
        assertThat(book.field("id").primaryKey()).isTrue();
    }

    @Test
    void optionsLeftAtTheirDefaultAreAnsweredFromTheAnnotation() {
        FieldState contact = ProjectState.fromApps(apps).model("library", "Book").field("contact");
        assertThat(contact.options()).doesNotContainKey("maxLength");
        assertThat(contact.option("maxLength")).isEqualTo(254);
        assertThat(contact.dbDefault()).isEmpty();
    }

    @Test
    void modelOptionsIndexesAndConstraintsComeFromMeta() {
        ModelState book = ProjectState.fromApps(apps).model("library", "Book");
        assertThat(book.options()).isEqualTo(Map.of("ordering", List.of("-published")));
        assertThat(book.indexes()).containsExactly(new IndexState("book_title_pub_idx", List.of("title", "-published")));
        assertThat(book.constraints()).containsExactly(
                new ConstraintState.Unique("book_title_isbn_uniq", List.of("title", "isbn")),
                new ConstraintState.Check("book_pages_gte_0", "pages", "gte", "0"));
        assertThat(book.dbTable()).isEqualTo("library_book");
    }

    @Test
    void tableFromTheStateIsTheTableTheOrmDescribes() {
        for (DatabaseSettings settings : List.of(DatabaseSettings.sqlite(Path.of("unused.sqlite3")),
                DatabaseSettings.postgresql("unused", "postgres", "", "127.0.0.1", 5432))) {
            try (Connections handler = Connections.create(Map.of("default", settings), false)) {
                DatabaseWrapper connection = handler.wrapper("default");
                ProjectState state = ProjectState.fromApps(apps);
                var fromState = TableSpecs.table(state, state.model("library", "Book"), connection);
                var fromModel = Apps.callWith(apps, () -> Options.of(Book.class).tableSpec(connection));
                assertThat(fromState).isEqualTo(fromModel);
            }
        }
    }

    @Test
    void committedMigrationsMatchTheModels() {
        MigrationLoader loader = new MigrationLoader(apps, null);
        StringWriter log = new StringWriter();
        var changes = new Autodetector(loader.projectState(), ProjectState.fromApps(apps),
                MigrationQuestioner.nonInteractive(new PrintWriter(log))).operations(List.of("library"));
        assertThat(changes).isEmpty();
        assertThat(loader.projectState().model("library", "Book"))
                .isEqualTo(ProjectState.fromApps(apps).model("library", "Book"));
    }

    @Test
    void replayingOperationsBuildsTheState() {
        List<Operation> operations = List.of(
                CreateModel.of("Shelf").field("id", field("BigAutoField")).field("label", field("CharField",
                        "maxLength", 10)),
                CreateModel.of("Item").field("id", field("BigAutoField"))
                        .field("shelf", field("ForeignKey", "to", "store.Shelf", "onDelete", "CASCADE"))
                        .field("code", field("CharField", "maxLength", 5)),
                AddIndex.of("Item", "item_code_idx", "-code"),
                RenameField.of("Item", "code", "sku"),
                RenameModel.of("Shelf", "Rack"),
                AddField.of("Item", "note", field("TextField", "nullable", true)),
                RemoveField.of("Item", "note"),
                AlterModelOptions.of("Item").option("ordering", List.of("sku")));
        ProjectState state = ProjectState.empty();
        for (Operation operation : operations) {
            state = operation.stateForwards("store", state);
        }
        ModelState item = state.model("store", "Item");
        assertThat(item.fields().keySet()).containsExactly("id", "shelf", "sku");
        assertThat(item.field("shelf").relatedModel()).isEqualTo("store.Rack");
        assertThat(item.indexes()).containsExactly(new IndexState("item_code_idx", List.of("-sku")));
        assertThat(item.options()).isEqualTo(Map.of("ordering", List.of("sku")));
        assertThat(item.column("shelf")).isEqualTo("shelf_id");
        assertThat(state.find("store", "Shelf")).isNull();
        assertThat(state.model("store", "rack").dbTable()).isEqualTo("store_rack");
    }

    @Test
    void operationOnAMissingModelNamesTheModelsThatExist() {
        ProjectState state = CreateModel.of("Shelf").field("id", field("BigAutoField")).stateForwards("store",
                ProjectState.empty());
        assertThatThrownBy(() -> RemoveField.of("Shelve", "id").stateForwards("store", state))
                .hasMessage("The migration state has no model 'store.Shelve'. Models of 'store' at this point: Shelf. "
                        + "Check the operation's model name and the migration's dependencies.");
    }

    @Test
    void fieldStateNeedsOptionNamesAndValuesInPairs() {
        assertThatThrownBy(() -> field("CharField", "maxLength"))
                .hasMessage("field(\"CharField\", ...) needs option names and values in pairs; got 1 arguments.");
        assertThat(field("CharField", "nullable", true, "maxLength", 3).options().keySet())
                .containsExactly("maxLength", "nullable");
    }
}
