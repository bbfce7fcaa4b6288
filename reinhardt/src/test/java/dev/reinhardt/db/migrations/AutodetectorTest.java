package dev.reinhardt.db.migrations;

import dev.reinhardt.db.migrations.operations.AddConstraint;
import dev.reinhardt.db.migrations.operations.AddField;
import dev.reinhardt.db.migrations.operations.AddIndex;
import dev.reinhardt.db.migrations.operations.AlterField;
import dev.reinhardt.db.migrations.operations.AlterModelOptions;
import dev.reinhardt.db.migrations.operations.AlterModelTable;
import dev.reinhardt.db.migrations.operations.CreateModel;
import dev.reinhardt.db.migrations.operations.DeleteModel;
import dev.reinhardt.db.migrations.operations.Operation;
import dev.reinhardt.db.migrations.operations.RemoveField;
import dev.reinhardt.db.migrations.operations.RemoveIndex;
import dev.reinhardt.db.migrations.operations.RenameField;
import dev.reinhardt.db.migrations.operations.RenameModel;
import dev.reinhardt.db.migrations.state.FieldState;
import dev.reinhardt.db.migrations.state.ProjectState;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import static dev.reinhardt.db.migrations.state.FieldState.field;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AutodetectorTest {

    private static final FieldState ID = field("BigAutoField");
    private static final CreateModel ORDER = CreateModel.of("Order").field("id", ID)
            .field("status", field("CharField", "maxLength", 20));

    private final StringWriter asked = new StringWriter();

    private static ProjectState state(String app, CreateModel... models) {
        ProjectState state = ProjectState.empty();
        for (CreateModel model : models) {
            state = model.stateForwards(app, state);
        }
        return state;
    }

    private MigrationQuestioner answering(String input) {
        return MigrationQuestioner.interactive(new BufferedReader(new StringReader(input)), new PrintWriter(asked));
    }

    private static MigrationQuestioner noInput() {
        return MigrationQuestioner.nonInteractive(new PrintWriter(new StringWriter()));
    }

    private static List<Operation> detect(ProjectState from, ProjectState to, MigrationQuestioner questioner) {
        return new Autodetector(from, to, questioner).operations(List.of("shop")).getOrDefault("shop", List.of());
    }

    @Test
    void newModelIsCreated() {
        assertThat(detect(ProjectState.empty(), state("shop", ORDER), noInput())).containsExactly(ORDER);
    }

    @Test
    void removedModelIsDeleted() {
        assertThat(detect(state("shop", ORDER), ProjectState.empty(), noInput())).containsExactly(DeleteModel.of("Order"));
    }

    @Test
    void unchangedStateNeedsNoOperations() {
        assertThat(detect(state("shop", ORDER), state("shop", ORDER), noInput())).isEmpty();
    }

    @Test
    void fieldWithADefaultIsAddedWithoutAQuestion() {
        FieldState stock = field("IntegerField", "dbDefault", "0");
        assertThat(detect(state("shop", ORDER), state("shop", ORDER.field("stock", stock)), noInput()))
                .containsExactly(AddField.of("Order", "stock", stock));
    }

    @Test
    void requiredFieldWithoutDefaultFailsClearlyWithoutInput() {
        ProjectState to = state("shop", ORDER.field("priority", field("IntegerField")));
        assertThatThrownBy(() -> detect(state("shop", ORDER), to, noInput()))
                .isInstanceOf(MigrationError.class)
                .hasMessage("It is impossible to add a non-nullable field 'priority' to order without specifying a "
                        + "default. This is because the database needs something to populate existing rows. Give the "
                        + "field a dbDefault, make it nullable, or run makemigrations without --noinput to enter a "
                        + "one-off default.");
    }

    @Test
    void requiredFieldGetsTheOneOffDefaultThePersonEnters() {
        ProjectState to = state("shop", ORDER.field("priority", field("IntegerField")));
        assertThat(detect(state("shop", ORDER), to, answering("3\n1\n5\n"))).containsExactly(
                AddField.of("Order", "priority", field("IntegerField")).withOneOffDefault("5"));
        assertThat(asked.toString()).contains("It is impossible to add a non-nullable field 'priority' to order",
                "Please select a fix:", "Please select a valid option.", ">>> ");
    }

    @Test
    void renamedFieldIsRemovedAndAddedWhenNobodyConfirms() {
        FieldState code = field("CharField", "maxLength", 20, "nullable", true);
        ProjectState from = state("shop", ORDER.field("code", code));
        ProjectState to = state("shop", ORDER.field("reference", code));
        assertThat(detect(from, to, noInput())).containsExactly(RemoveField.of("Order", "code"),
                AddField.of("Order", "reference", code));
    }

    @Test
    void renamedFieldIsRenamedWhenConfirmed() {
        FieldState code = field("CharField", "maxLength", 20);
        ProjectState from = state("shop", ORDER.field("code", code).index("order_code_idx", "code"));
        ProjectState to = state("shop", ORDER.field("reference", code).index("order_code_idx", "reference"));
        assertThat(detect(from, to, answering("y\n"))).containsExactly(RenameField.of("Order", "code", "reference"));
        assertThat(asked.toString()).isEqualTo("Was order.code renamed to order.reference (a CharField)? [y/N] ");
    }

    @Test
    void renamedModelIsRenamedWhenConfirmedAndRecreatedOtherwise() {
        ProjectState to = state("shop", new CreateModel("Purchase", ORDER.fields(), Map.of(), List.of(), List.of()));
        assertThat(detect(state("shop", ORDER), to, answering("yes\n")))
                .containsExactly(RenameModel.of("Order", "Purchase"));
        assertThat(asked.toString()).isEqualTo("Was the model shop.Order renamed to Purchase? [y/N] ");
        assertThat(detect(state("shop", ORDER), to, noInput())).extracting(Operation::describe)
                .containsExactly("Create model Purchase", "Delete model Order");
    }

    @Test
    void changedMaxLengthIndexAndNullabilityAreAlterations() {
        FieldState longer = field("CharField", "maxLength", 40, "dbIndex", true);
        assertThat(detect(state("shop", ORDER), state("shop", ORDER.field("status", longer)), noInput()))
                .containsExactly(AlterField.of("Order", "status", longer));
    }

    @Test
    void nullableFieldBecomingRequiredAsksForAValueForTheNulls() {
        ProjectState from = state("shop", ORDER.field("note", field("TextField", "nullable", true)));
        ProjectState to = state("shop", ORDER.field("note", field("TextField")));
        assertThat(detect(from, to, answering("1\nnone\n"))).containsExactly(
                AlterField.of("Order", "note", field("TextField")).withOneOffDefault("none"));
        assertThat(detect(from, to, noInput())).containsExactly(AlterField.of("Order", "note", field("TextField")));
    }

    @Test
    void indexConstraintTableAndOrderingChangesAreDetected() {
        CreateModel changed = ORDER.index("order_status_idx", "status").unique("order_status_uniq", "status")
                .option("ordering", List.of("-id")).option("dbTable", "orders");
        assertThat(detect(state("shop", ORDER.index("old_idx", "id")), state("shop", changed), noInput()))
                .containsExactly(RemoveIndex.of("Order", "old_idx"), AlterModelTable.of("Order", "orders"),
                        AlterModelOptions.of("Order").option("ordering", List.of("-id")),
                        AddIndex.of("Order", "order_status_idx", "status"),
                        AddConstraint.unique("Order", "order_status_uniq", "status"));
    }

    @Test
    void modelsAreCreatedBeforeTheModelsPointingAtThem() {
        CreateModel line = CreateModel.of("Line").field("id", ID)
                .field("order", field("ForeignKey", "to", "shop.Order", "onDelete", "CASCADE"));
        assertThat(detect(ProjectState.empty(), state("shop", line, ORDER), noInput()))
                .extracting(Operation::describe).containsExactly("Create model Order", "Create model Line");
    }

    @Test
    void newModelsPointingAtEachOtherGetTheSecondRelationAfterwards() {
        FieldState toB = field("ForeignKey", "to", "shop.B", "nullable", true);
        FieldState toA = field("ForeignKey", "to", "shop.A");
        CreateModel a = CreateModel.of("A").field("id", ID).field("b", toB);
        CreateModel b = CreateModel.of("B").field("id", ID).field("a", toA);
        assertThat(detect(ProjectState.empty(), state("shop", a, b), noInput())).containsExactly(
                CreateModel.of("A").field("id", ID), CreateModel.of("B").field("id", ID).field("a", toA),
                AddField.of("A", "b", toB));
    }

    @Test
    void newMigrationsDependOnTheMigrationsOfTheModelsTheyPointAt() {
        MigrationGraph graph = new MigrationGraph();
        graph.addNode(Migration.of("shop", "0001_initial", List.of(), List.of(ORDER), true, List.of()));
        CreateModel customer = CreateModel.of("Customer").field("id", ID);
        ProjectState from = state("shop", ORDER);
        ProjectState to = customer.stateForwards("users", ORDER.field("customer", field("ForeignKey", "to",
                "users.Customer", "nullable", true)).stateForwards("shop", ProjectState.empty()));
        Map<String, List<Migration>> changes = new Autodetector(from, to, noInput()).changes(graph,
                List.of("shop", "users"), null);
        Migration users = changes.get("users").getFirst();
        Migration shop = changes.get("shop").getFirst();
        assertThat(changes.get("users")).hasSize(1);
        assertThat(changes.get("shop")).hasSize(1);
        assertThat(users.name()).isEqualTo("0001_initial");
        assertThat(users.initial()).isTrue();
        assertThat(shop.name()).isEqualTo("0002_order_customer");
        assertThat(shop.dependencies()).containsExactly("shop.0001_initial", "users.0001_initial");
    }

    @Test
    void newModelsOfTwoAppsPointingAtEachOtherSplitTheFirstAppsMigrationInTwo() {
        MigrationGraph graph = new MigrationGraph();
        graph.addNode(Migration.of("shop", "0001_initial", List.of(), List.of(ORDER), true, List.of()));
        FieldState toCustomer = field("ForeignKey", "to", "users.Customer", "nullable", true);
        FieldState toLine = field("ForeignKey", "to", "shop.Line");
        CreateModel line = CreateModel.of("Line").field("id", ID).field("customer", toCustomer)
                .field("note", field("TextField"));
        CreateModel customer = CreateModel.of("Customer").field("id", ID).field("lastLine", toLine);
        ProjectState from = state("shop", ORDER);
        ProjectState to = customer.stateForwards("users", line.stateForwards("shop", from));

        Map<String, List<Migration>> changes = new Autodetector(from, to, noInput()).changes(graph,
                List.of("shop", "users"), null);

        assertThat(changes.get("shop")).extracting(Migration::name).containsExactly("0002_line", "0003_line_customer");
        Migration shopFirst = changes.get("shop").getFirst();
        Migration shopSecond = changes.get("shop").getLast();
        Migration users = changes.get("users").getFirst();
        assertThat(shopFirst.dependencies()).containsExactly("shop.0001_initial");
        assertThat(shopFirst.operationList()).containsExactly(CreateModel.of("Line").field("id", ID)
                .field("note", field("TextField")));
        assertThat(users.name()).isEqualTo("0001_initial");
        assertThat(users.dependencies()).containsExactly("shop.0002_line");
        assertThat(users.operationList()).containsExactly(customer);
        assertThat(shopSecond.dependencies()).containsExactly("shop.0002_line", "users.0001_initial");
        assertThat(shopSecond.operationList()).containsExactly(AddField.of("Line", "customer", toCustomer));
        assertThat(shopSecond.initial()).isFalse();
    }

    @Test
    void relationsToAnotherAppsNewModelStayInTheCreationWhenThereIsNoCycle() {
        FieldState toCustomer = field("ForeignKey", "to", "users.Customer");
        CreateModel line = CreateModel.of("Line").field("id", ID).field("customer", toCustomer)
                .field("note", field("TextField"));
        CreateModel customer = CreateModel.of("Customer").field("id", ID);
        ProjectState to = customer.stateForwards("users", line.stateForwards("shop", ProjectState.empty()));

        Map<String, List<Migration>> changes = new Autodetector(ProjectState.empty(), to, noInput())
                .changes(new MigrationGraph(), List.of("shop", "users"), null);

        assertThat(changes.get("shop")).singleElement().satisfies(shop -> {
            assertThat(shop.dependencies()).containsExactly("users.0001_initial");
            assertThat(shop.operationList()).containsExactly(line);
        });
        assertThat(changes.get("users")).singleElement().satisfies(users -> assertThat(users.dependencies()).isEmpty());
    }

    @Test
    void newModelsOfTwoAppsExtendingEachOthersInACircleCannotBeOrdered() {
        ProjectState to = ProjectState.empty();
        to = CreateModel.of("A").field("id", ID).bases("users.D").stateForwards("shop", to);
        to = CreateModel.of("B").field("id", ID).stateForwards("shop", to);
        to = CreateModel.of("C").field("id", ID).bases("shop.B").stateForwards("users", to);
        to = CreateModel.of("D").field("id", ID).stateForwards("users", to);
        Autodetector detector = new Autodetector(ProjectState.empty(), to, noInput());

        assertThatThrownBy(() -> detector.changes(new MigrationGraph(), List.of("shop", "users"), null))
                .isInstanceOf(MigrationError.class)
                .hasMessage("The new migrations of 'shop', 'users' wait for each other's models: their new models "
                        + "extend each other's in an order no split resolves. Add the models of one app first, run "
                        + "makemigrations, then add the others and run it again.");
    }

    @Test
    void namesAreMadeFromTheOperationsLikeDjangos() {
        assertThat(Autodetector.suggestName(List.of(AddField.of("Order", "status", ID)))).isEqualTo("order_status");
        assertThat(Autodetector.suggestName(List.of(RemoveField.of("Order", "a"), DeleteModel.of("Line"))))
                .isEqualTo("remove_order_a_delete_line");
        assertThat(Autodetector.suggestName(List.of(AddField.of("Order", "a".repeat(30), ID),
                AddField.of("Order", "b".repeat(30), ID)))).isEqualTo("order_" + "a".repeat(30) + "_and_more");
        assertThat(Autodetector.suggestName(List.of(
                dev.reinhardt.db.migrations.operations.RunSQL.of("SELECT 1")))).startsWith("auto_");
    }
}
