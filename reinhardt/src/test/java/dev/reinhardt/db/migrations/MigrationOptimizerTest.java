package dev.reinhardt.db.migrations;

import dev.reinhardt.db.migrations.operations.AddField;
import dev.reinhardt.db.migrations.operations.AddIndex;
import dev.reinhardt.db.migrations.operations.AlterField;
import dev.reinhardt.db.migrations.operations.AlterModelOptions;
import dev.reinhardt.db.migrations.operations.CreateModel;
import dev.reinhardt.db.migrations.operations.DeleteModel;
import dev.reinhardt.db.migrations.operations.Operation;
import dev.reinhardt.db.migrations.operations.RemoveField;
import dev.reinhardt.db.migrations.operations.RenameField;
import dev.reinhardt.db.migrations.operations.RenameModel;
import dev.reinhardt.db.migrations.operations.RunSQL;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.reinhardt.db.migrations.state.FieldState.field;
import static org.assertj.core.api.Assertions.assertThat;

class MigrationOptimizerTest {

    private static final CreateModel ORDER = CreateModel.of("Order").field("id", field("BigAutoField"));

    @Test
    void createdModelAbsorbsLaterChangesToIt() {
        List<Operation> operations = List.of(ORDER,
                AddField.of("Order", "code", field("CharField", "maxLength", 5)),
                AlterField.of("Order", "code", field("CharField", "maxLength", 9)),
                RenameField.of("Order", "code", "reference"),
                AddField.of("Order", "note", field("TextField", "nullable", true)),
                RemoveField.of("Order", "note"),
                AddIndex.of("Order", "order_ref_idx", "reference"),
                AlterModelOptions.of("Order").option("ordering", List.of("-id")),
                RenameModel.of("Order", "Purchase"));
        assertThat(MigrationOptimizer.optimize(operations, "shop")).containsExactly(
                CreateModel.of("Purchase").field("id", field("BigAutoField"))
                        .field("reference", field("CharField", "maxLength", 9))
                        .option("ordering", List.of("-id")).index("order_ref_idx", "reference"));
    }

    @Test
    void modelCreatedAndDeletedDisappears() {
        assertThat(MigrationOptimizer.optimize(List.of(ORDER, AddField.of("Order", "x", field("IntegerField")),
                DeleteModel.of("Order")), "shop")).isEmpty();
    }

    @Test
    void operationsOnOtherModelsAreStepedOverButRawSqlIsABarrier() {
        CreateModel line = CreateModel.of("Line").field("id", field("BigAutoField"));
        AddField code = AddField.of("Order", "code", field("CharField", "maxLength", 5));
        assertThat(MigrationOptimizer.optimize(List.of(ORDER, line, code), "shop"))
                .containsExactly(ORDER.field("code", code.field()), line);
        RunSQL sql = RunSQL.of("UPDATE shop_order SET id = id").reverse(RunSQL.NOOP);
        assertThat(MigrationOptimizer.optimize(List.of(ORDER, sql, code), "shop")).containsExactly(ORDER, sql, code);
    }
}
