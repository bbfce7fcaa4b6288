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
import dev.reinhardt.db.migrations.operations.RemoveConstraint;
import dev.reinhardt.db.migrations.operations.RemoveField;
import dev.reinhardt.db.migrations.operations.RemoveIndex;
import dev.reinhardt.db.migrations.operations.RenameField;
import dev.reinhardt.db.migrations.operations.RenameModel;

import java.util.ArrayList;
import java.util.List;

/**
 * Shorten a list of operations without changing what it does (Django's
 * {@code MigrationOptimizer}), for {@code squashmigrations}: a field added
 * and later altered becomes one {@code AddField}, a model created and later
 * deleted disappears. An operation is combined with a later one only when
 * nothing between them touches the same model; raw SQL and data migrations
 * touch everything, so nothing moves across them.
 */
public final class MigrationOptimizer {

    private MigrationOptimizer() {
    }

    /** Return {@code operations} of {@code appLabel}, combined until nothing more combines. */
    public static List<Operation> optimize(List<Operation> operations, String appLabel) {
        List<Operation> current = List.copyOf(operations);
        while (true) {
            List<Operation> next = pass(current, appLabel);
            if (next.equals(current)) {
                return current;
            }
            current = next;
        }
    }

    private static List<Operation> pass(List<Operation> operations, String appLabel) {
        for (int i = 0; i < operations.size(); i++) {
            Operation first = operations.get(i);
            for (int j = i + 1; j < operations.size(); j++) {
                Operation later = operations.get(j);
                List<Operation> reduced = first.reduce(later, appLabel);
                if (reduced != null) {
                    // Everything in between touches other models, so the combination may stand in the first's place.
                    List<Operation> result = new ArrayList<>(operations.subList(0, i));
                    result.addAll(reduced);
                    result.addAll(operations.subList(i + 1, j));
                    result.addAll(operations.subList(j + 1, operations.size()));
                    return result;
                }
                if (!canMovePast(first, later, appLabel)) {
                    break;
                }
            }
        }
        return operations;
    }

    /** Return whether {@code later} could move in front of {@code first}: they touch different models. */
    private static boolean canMovePast(Operation first, Operation later, String appLabel) {
        String model = modelOf(later);
        if (model == null || modelOf(first) == null) {
            return false;
        }
        if (later instanceof RenameModel rename) {
            return !first.referencesModel(appLabel, rename.oldName()) && !first.referencesModel(appLabel, rename.newName());
        }
        return !first.referencesModel(appLabel, model) && !later.referencesModel(appLabel, modelOf(first));
    }

    private static String modelOf(Operation operation) {
        return switch (operation) {
            case CreateModel create -> create.name();
            case DeleteModel delete -> delete.name();
            case RenameModel rename -> rename.newName();
            case AddField add -> add.model();
            case RemoveField remove -> remove.model();
            case AlterField alter -> alter.model();
            case RenameField rename -> rename.model();
            case AlterModelTable alter -> alter.model();
            case AlterModelOptions alter -> alter.model();
            case AddIndex add -> add.model();
            case RemoveIndex remove -> remove.model();
            case AddConstraint add -> add.model();
            case RemoveConstraint remove -> remove.model();
            default -> null;
        };
    }
}
