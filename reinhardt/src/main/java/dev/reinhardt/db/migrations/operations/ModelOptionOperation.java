package dev.reinhardt.db.migrations.operations;

import java.util.List;

/**
 * An operation that sets model options ({@link AlterModelOptions},
 * {@link AlterModelTable}): each sets all the options it covers, so a later
 * one of the same kind on the same model leaves nothing of it.
 */
sealed interface ModelOptionOperation extends ModelOperation permits AlterModelOptions, AlterModelTable {

    @Override
    default List<Operation> reduce(Operation later, String appLabel) {
        if (later instanceof ModelOptionOperation next && next.getClass() == getClass() && onModel(next.model())) {
            return List.of(next);
        }
        return reduceIntoDelete(later);
    }
}
