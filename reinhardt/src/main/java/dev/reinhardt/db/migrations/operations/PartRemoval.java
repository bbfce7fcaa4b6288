package dev.reinhardt.db.migrations.operations;

/**
 * The removal of a named part of a model: a field, an index or a
 * constraint, written as {@code RemoveIndex.of("Order", "order_status_idx")}.
 */
sealed interface PartRemoval extends ModelOperation, Removal permits RemoveField, RemoveIndex, RemoveConstraint {

    /** Return the name of the removed part. */
    String name();

    @Override
    default String migrationNameFragment() {
        return ModelOperation.nameFragment("remove", model(), name());
    }

    @Override
    default String toJava(JavaSource source) {
        return source.call(getClass(), "of", model(), name());
    }
}
