package dev.reinhardt.db.migrations.operations;

import java.util.List;
import java.util.Locale;

/**
 * An operation on one model of the app, named by {@link #model()}: the
 * field, index, constraint and option operations answer the optimizer's
 * questions about that model alike.
 */
sealed interface ModelOperation extends Operation permits FieldOperation, PartRemoval, ModelOptionOperation,
        RenameField, AddIndex, AddConstraint {

    /** Return the model's class name. */
    String model();

    @Override
    default boolean referencesModel(String appLabel, String modelName) {
        return onModel(modelName);
    }

    /** Return whether this operation works on the model {@code modelName}; class names compare ignoring case. */
    default boolean onModel(String modelName) {
        return model().equalsIgnoreCase(modelName);
    }

    /** Return {@code [later]} when it deletes this operation's model, which leaves nothing of this one; else null. */
    default List<Operation> reduceIntoDelete(Operation later) {
        return later instanceof DeleteModel delete && onModel(delete.name()) ? List.<Operation>of(delete) : null;
    }

    /** Return the migration name fragment of {@code parts}, lower-cased and joined by underscores. */
    static String nameFragment(String... parts) {
        return String.join("_", parts).toLowerCase(Locale.ROOT);
    }
}
