/**
 * What every database backend provides (Django's {@code django.db.backends.base}):
 * a {@link dev.reinhardt.db.backends.base.DatabaseWrapper} that owns the pool,
 * transactions and the query log, and the three channels through which vendors
 * differ: {@link dev.reinhardt.db.backends.base.Features} (flags),
 * {@link dev.reinhardt.db.backends.base.Operations} (SQL fragments and value
 * conversion) and {@link dev.reinhardt.db.backends.base.SchemaEditor} (DDL
 * templates).
 *
 * <p>This package knows nothing of models: it speaks SQL text, bound
 * parameters and {@link dev.reinhardt.db.backends.base.ValueType}s.
 */
package dev.reinhardt.db.backends.base;
