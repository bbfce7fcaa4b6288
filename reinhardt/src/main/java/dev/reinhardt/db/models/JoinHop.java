package dev.reinhardt.db.models;

import dev.reinhardt.db.models.fields.Field;

/**
 * One join a relation path takes (Django's {@code PathInfo}): from a table of
 * {@code from} to a table of {@code to}, matching {@code fromField}'s column
 * with {@code toField}'s. A forward foreign key is one hop; a many-to-many
 * relation is two, through its join table. Immutable.
 *
 * @param from         the model joined from
 * @param to           the model joined to
 * @param fromField    the column on the {@code from} side
 * @param toField      the column on the {@code to} side
 * @param direct       whether the hop follows a foreign key forward (its target column is {@code toField})
 * @param multiValued  whether one {@code from} row can match many {@code to} rows
 * @param nullable     whether a {@code from} row can match no {@code to} row
 */
public record JoinHop(Options<?> from, Options<?> to, Field fromField, Field toField, boolean direct,
                      boolean multiValued, boolean nullable) {
}
