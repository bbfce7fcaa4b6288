/**
 * Models as migrations know them: {@link dev.reinhardt.db.migrations.state.ProjectState}
 * of {@link dev.reinhardt.db.migrations.state.ModelState}s of
 * {@link dev.reinhardt.db.migrations.state.FieldState}s, built by replaying
 * operations or read from the current model classes; the table descriptions
 * the schema editor needs; and the untyped historical models data
 * migrations use.
 */
package dev.reinhardt.db.migrations.state;
