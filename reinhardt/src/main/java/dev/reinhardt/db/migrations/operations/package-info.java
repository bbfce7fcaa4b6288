/**
 * The steps of a migration: schema operations (create, delete, rename and
 * alter models, fields, indexes and constraints), raw SQL, data migrations
 * in Java, and the combination that keeps database and state apart.
 *
 * <p>Each operation changes the migration state and, through the schema
 * editor, the database; each can write itself as Java source. Operations
 * read only migration states, never the current model classes.
 */
package dev.reinhardt.db.migrations.operations;
