/**
 * The query plan and its compilers (Django's {@code django.db.models.sql}):
 * {@link dev.reinhardt.db.models.sql.Query} holds what a queryset asks for
 * (alias map, conditions, annotations, ordering, limits), and
 * {@link dev.reinhardt.db.models.sql.SqlCompiler} and its siblings turn it
 * into {@link dev.reinhardt.db.backends.base.Sql} for one backend, reading
 * {@code Features} flags and {@code Operations} fragments, never vendor names.
 *
 * <p>Names that arrive from callers (fields, lookups, transforms, aliases)
 * are checked here against the model or a fixed set before any SQL exists.
 * Paths through relations become joins, reused and typed INNER or LEFT OUTER
 * as Django does; a negated condition over a multi-valued relation becomes an
 * {@code EXISTS} subquery.
 */
package dev.reinhardt.db.models.sql;
