package dev.reinhardt.db.migrations.operations;

import dev.reinhardt.db.migrations.state.FieldState;

/**
 * An operation that gives a model's field its definition ({@link AddField},
 * {@link AlterField}), with an optional one-off value for the rows already
 * in the table.
 */
sealed interface FieldOperation extends ModelOperation permits AddField, AlterField {

    /** Return the field name. */
    String name();

    /** Return the field's definition. */
    FieldState field();

    /** Return the literal existing rows get, or null. */
    String oneOffDefault();

    /** A relation also references the model it points at. */
    @Override
    default boolean referencesModel(String appLabel, String modelName) {
        return onModel(modelName) || (appLabel + "." + modelName).equalsIgnoreCase(field().relatedModel());
    }

    /** Return whether field {@code otherName} of model {@code otherModel} is this operation's field. */
    default boolean onField(String otherModel, String otherName) {
        return onModel(otherModel) && otherName.equals(name());
    }

    /** Write {@code Type.of(model, name, field)}, then {@code withOneOffDefault(...)} when there is one. */
    @Override
    default String toJava(JavaSource source) {
        String call = source.call(getClass(), "of", model(), name(), field());
        return oneOffDefault() == null ? call : call + source.chained("withOneOffDefault", oneOffDefault());
    }
}
